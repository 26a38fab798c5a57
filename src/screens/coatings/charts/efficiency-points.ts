import type { CoatingData } from '../catalogue/coating-types.ts';
import type { Domain } from '../../../charts/scale-domain.ts';
import { resultPoints, type ResultPoint } from './result-points.ts';

/** One study's Coulombic efficiency, %, with the uncoated reference it was measured against. */
export interface EfficiencyRow extends ResultPoint {
  /** The reference of the same study (bare Li, bare Cu...), %, or null where the study gives none. */
  referencePercent: number | null;
}

/** One row per Coulombic-efficiency result, in catalogue order. */
export function efficiencyRows(coatings: readonly CoatingData[]): EfficiencyRow[] {
  return resultPoints(coatings, 'coulombicEfficiency', ['%']).map((p) => ({
    ...p,
    referencePercent: p.comparedWith && p.comparedWith.unit === '%' ? p.comparedWith.value : null,
  }));
}

/**
 * A linear domain in %, ending at 100 (no efficiency exceeds it) and starting on a multiple of
 * 5 below the lowest value: the differences that matter are a few per cent, so the axis must
 * not start at 0.
 */
export function efficiencyDomain(rows: readonly EfficiencyRow[]): Domain {
  const values = rows.flatMap((r) => (r.referencePercent === null ? [r.value] : [r.value, r.referencePercent]));
  if (values.length === 0) return [80, 100];
  const lowest = Math.min(...values);
  const from = Math.max(0, Math.floor((lowest - 1) / 5) * 5);
  return [Math.min(from, 95), 100];
}
