import type { LineSeries } from '../../../charts/chart-types.ts';
import type { Domain } from '../../../charts/scale-domain.ts';
import type { PlatingFrame, SubstrateRun } from '../../../../worker/plating/types.ts';
import { t, tr } from '../../../i18n/i18n.ts';

/**
 * Runs to chart series, with the substrates' names in the reader's language (build them at render
 * time). colorIndex follows the run's slot, so a substrate keeps its colour everywhere.
 */

function pairs(xs: ArrayLike<number>, ys: ArrayLike<number>, scaleY = 1): [number, number][] {
  const n = Math.min(xs.length, ys.length);
  const out: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [xs[i]!, ys[i]! * scaleY];
  return out;
}

export function potentialSeriesMV(runs: readonly SubstrateRun[]): LineSeries[] {
  return runs.map((r, i) => ({
    id: r.substrateId,
    label: tr(r.label),
    points: pairs(r.curves.capacityMAhcm2, r.curves.potentialV, 1000),
    colorIndex: i,
  }));
}

export function exposedAreaSeries(runs: readonly SubstrateRun[]): LineSeries[] {
  return runs.map((r, i) => ({
    id: r.substrateId,
    label: tr(r.label),
    points: pairs(r.curves.capacityMAhcm2, r.curves.exposedAreaRatio),
    colorIndex: i,
  }));
}

/**
 * A potential window around 0 V that keeps the deepest dip and the end of any sloping
 * segment in view: from a little below the lowest point to half its depth above zero.
 */
export function nearZeroDomainMV(series: readonly LineSeries[]): Domain | undefined {
  let low = 0;
  for (const s of series) for (const p of s.points) if (p[1] < low) low = p[1];
  if (!(low < 0)) return undefined;
  const depth = -low;
  return [low - depth * 0.15, Math.max(20, depth * 0.5)];
}

/** Which island diameters the histograms show: a snapshot's capacity, or the run's end. */
export type DiameterMoment = number | 'end';

/**
 * Island diameters (µm) at a snapshot (2 × the frame's radii) or the model's end-of-run list.
 * Early snapshots matter: by 1 mAh/cm² islands may have merged into a handful.
 */
export function diametersAt(run: SubstrateRun, moment: DiameterMoment): number[] {
  if (moment === 'end') return Array.from(run.diametersUm);
  const frame = snapshotAt(run, moment);
  return frame ? Array.from(frame.islandRadiusUm, (r) => 2 * r) : [];
}

/** The run's snapshot taken while plating at this capacity (mAh/cm²), if it got that far; frames after a strip are not. */
export function snapshotAt(run: SubstrateRun, capacityMAhcm2: number): PlatingFrame | undefined {
  return run.snapshots.find((f) => f.stripCycle === undefined && Math.abs(f.capacityMAhcm2 - capacityMAhcm2) <= capacityMAhcm2 * 0.05);
}

/** The snapshot capacities any run reached, in order. */
export function snapshotMoments(runs: readonly SubstrateRun[]): number[] {
  const seen = new Set<number>();
  for (const r of runs) for (const f of r.snapshots) if (f.stripCycle === undefined) seen.add(Number(f.capacityMAhcm2.toPrecision(3)));
  return [...seen].sort((a, b) => a - b);
}

/** Coulombic efficiency (%) against cycle number, one series per substrate. */
export function efficiencySeries(runs: readonly SubstrateRun[]): LineSeries[] {
  return runs.map((r, i) => ({
    id: r.substrateId,
    label: tr(r.label),
    points: r.results.coulombicEfficiency.map((ce, c): [number, number] => [c + 1, 100 * ce]),
    colorIndex: i,
    showPoints: true,
  }));
}

/** Inactive Li after each cycle: dead Li (solid) and Li in the SEI (dashed) per substrate, in its colour. */
export function inactiveLiSeries(runs: readonly SubstrateRun[]): LineSeries[] {
  return runs.flatMap((r, i) => {
    const label = tr(r.label);
    const at = (v: number[]) => v.map((y, c): [number, number] => [c + 1, y]);
    return [
      { id: `${r.substrateId}-dead`, label: t('plating.charts.deadLiOf', { label }), points: at(r.cycleLog.deadLiMAhcm2), colorIndex: i, showPoints: true },
      { id: `${r.substrateId}-sei`, label: t('plating.charts.seiOf', { label }), points: at(r.cycleLog.seiLossMAhcm2), colorIndex: i, dashed: true, showPoints: true },
    ];
  });
}
