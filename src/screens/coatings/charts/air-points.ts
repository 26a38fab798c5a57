import type { CoatingData } from '../catalogue/coating-types.ts';
import type { Domain } from '../../../charts/scale-domain.ts';
import { ALD_COATED_LI_AIR_H, BARE_LI_AIR_MIN } from './reference-limits.ts';
import { resultPoints, toMinutes, type ResultPoint } from './result-points.ts';

/** How long a coated Li foil lasted in air, in minutes whatever unit the study used. */
export interface AirRow extends ResultPoint {
  minutes: number;
  /** The same study's uncoated foil, minutes, where it gives one. */
  referenceMinutes: number | null;
}

/** One row per air-stability result in min or h. */
export function airRows(coatings: readonly CoatingData[]): AirRow[] {
  const rows: AirRow[] = [];
  for (const p of resultPoints(coatings, 'airStability', ['min', 'h'])) {
    const minutes = toMinutes(p.value, p.unit);
    if (minutes === null || !(minutes > 0)) continue;
    const ref = p.comparedWith ? toMinutes(p.comparedWith.value, p.comparedWith.unit) : null;
    rows.push({ ...p, minutes, referenceMinutes: ref !== null && ref > 0 ? ref : null });
  }
  return rows;
}

/** A log domain in whole decades of minutes that holds both reference bands and every row. */
export function airDomain(rows: readonly AirRow[]): Domain {
  const values = [...BARE_LI_AIR_MIN.range, ...ALD_COATED_LI_AIR_H.reachH.map((h) => h * 60), ...rows.flatMap((r) => (r.referenceMinutes === null ? [r.minutes] : [r.minutes, r.referenceMinutes]))];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return [10 ** Math.floor(Math.log10(lo / 1.5)), 10 ** Math.ceil(Math.log10(hi * 2))];
}
