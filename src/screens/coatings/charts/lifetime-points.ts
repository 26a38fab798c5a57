import type { CoatingData } from '../catalogue/coating-types.ts';
import type { Domain } from '../../../charts/scale-domain.ts';
import { resultPoints, thicknessPlacement, type ResultPoint } from './result-points.ts';

/** A symmetric Li‖Li lifetime placed at its coating's thickness. */
export interface LifetimePoint extends ResultPoint {
  /** Where the marker sits on the thickness axis, nm. */
  thicknessNm: number;
  /** A coating given as a thickness range is drawn as a bar across it. */
  thicknessRangeNm: [number, number] | null;
  /** The uncoated reference of the same study (bare Li), in hours, where the study gives one. */
  referenceH: number | null;
}

export interface LifetimeFigure {
  points: LifetimePoint[];
  /** Coatings with a lifetime but no thickness: they cannot be placed, and the caption names them. */
  unplaced: string[];
}

/** Every symmetric-cell lifetime in hours whose coating has a thickness. */
export function lifetimeFigure(coatings: readonly CoatingData[]): LifetimeFigure {
  const byId = new Map(coatings.map((c) => [c.id, c]));
  const points: LifetimePoint[] = [];
  const unplaced = new Set<string>();
  for (const p of resultPoints(coatings, 'symmetricLifetime', ['h'])) {
    const placement = thicknessPlacement(byId.get(p.coatingId)?.thicknessNm ?? null);
    if (!placement) {
      unplaced.add(p.coatingId);
      continue;
    }
    const ref = p.comparedWith;
    points.push({
      ...p,
      thicknessNm: placement.atNm,
      thicknessRangeNm: placement.rangeNm,
      referenceH: ref && ref.unit === 'h' && ref.value > 0 ? ref.value : null,
    });
  }
  return { points, unplaced: [...unplaced] };
}

/**
 * Log domains for both axes. The thickness axis starts well left of the thinnest coating,
 * so the bare-Li references drawn at its left edge never sit on a coating's marker; the
 * lifetime axis leaves room above a lower bound for its arrow.
 */
export function lifetimeDomains(points: readonly LifetimePoint[]): { x: Domain; y: Domain } {
  if (points.length === 0) return { x: [1, 1000], y: [10, 10000] };
  const xs = points.flatMap((p) => (p.thicknessRangeNm ? [...p.thicknessRangeNm] : [p.thicknessNm]));
  const ys = points.flatMap((p) => (p.referenceH === null ? [p.value] : [p.value, p.referenceH]));
  const decadeFloor = (v: number) => 10 ** Math.floor(Math.log10(v));
  const decadeCeil = (v: number) => 10 ** Math.ceil(Math.log10(v));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const yMin = Math.min(...ys);
  const yMax = Math.max(...ys);
  return {
    x: [decadeFloor(xMin / 3), decadeCeil(xMax * 1.5)],
    y: [decadeFloor(yMin / 1.5), decadeCeil(yMax * 2.5)],
  };
}
