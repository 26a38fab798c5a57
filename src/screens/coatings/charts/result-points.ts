import type {
  CoatingData,
  CoatingMethod,
  ComparedWith,
  Pathway,
  Quantity,
  ResultConditions,
  ResultUnit,
} from '../catalogue/coating-types.ts';

export type Bound = '>' | '<' | '~';

/**
 * One published number as a figure places it, in data units. Every figure of the Coatings
 * screen builds its points from the catalogue through this shape, so a point always knows its
 * coating, its conditions and its source (each point is a link to that source).
 */
export interface ResultPoint {
  /** Unique in a figure: "<coating id>/<result id>". */
  key: string;
  coatingId: string;
  resultId: string;
  method: CoatingMethod;
  pathway: Pathway;
  value: number;
  unit: ResultUnit;
  bound: Bound | null;
  comparedWith: ComparedWith | null;
  conditions: ResultConditions;
  sourceId: string;
}

/** The numeric results of one quantity in one of the given units, in catalogue order. */
export function resultPoints(coatings: readonly CoatingData[], quantity: Quantity, units: readonly ResultUnit[]): ResultPoint[] {
  const out: ResultPoint[] = [];
  for (const coating of coatings) {
    for (const result of coating.results) {
      if (result.quantity !== quantity || result.value === null || result.unit === null) continue;
      if (!units.includes(result.unit) || !Number.isFinite(result.value)) continue;
      out.push({
        key: `${coating.id}/${result.id}`,
        coatingId: coating.id,
        resultId: result.id,
        method: coating.method,
        pathway: coating.pathway,
        value: result.value,
        unit: result.unit,
        bound: result.bound ?? null,
        comparedWith: result.comparedWith,
        conditions: result.conditions,
        sourceId: result.source,
      });
    }
  }
  return out;
}

/** A coating's thickness as one number to place it (the geometric middle of a range, for a log axis) and the range to draw. */
export function thicknessPlacement(thicknessNm: CoatingData['thicknessNm']): { atNm: number; rangeNm: [number, number] | null } | null {
  if (thicknessNm === null) return null;
  if (typeof thicknessNm === 'number') return thicknessNm > 0 ? { atNm: thicknessNm, rangeNm: null } : null;
  const [a, b] = thicknessNm;
  if (!(a > 0 && b > 0)) return null;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return { atNm: Math.sqrt(lo * hi), rangeNm: [lo, hi] };
}

/** Minutes from a time result in min or h (the air-stability figure plots both on one axis). */
export function toMinutes(value: number, unit: ResultUnit): number | null {
  if (unit === 'min') return value;
  if (unit === 'h') return value * 60;
  return null;
}
