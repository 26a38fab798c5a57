import type { AldSnapshot } from '../../../worker/ald/types.ts';

/**
 * The published growth of the film, cycle by cycle: each completed cycle adds its own process's
 * published GPC at the recipe's temperature (as the worker states it), so a bilayer or a
 * supercycle is compared with the papers' sum.
 */
export function publishedThicknessNm(s: Pick<AldSnapshot, 'cycleProcess' | 'publishedGpcNm'>): [number, number][] {
  const points: [number, number][] = [[0, 0]];
  let total = 0;
  s.cycleProcess.forEach((index, i) => points.push([i + 1, (total += s.publishedGpcNm[index] ?? 0)]));
  return points;
}
