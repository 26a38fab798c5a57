import type { AldSnapshot, ProcessDefinition } from '../../../worker/ald/types.ts';

/**
 * The published growth of a film of several processes, cycle by cycle: each completed cycle adds
 * its own process's published GPC, so a bilayer or a supercycle is compared with the papers' sum.
 */
export function publishedThicknessNm(
  s: Pick<AldSnapshot, 'processIds' | 'cycleProcess'>,
  processes: readonly Pick<ProcessDefinition, 'id' | 'gpcNm'>[],
): [number, number][] {
  const gpcNm = s.processIds.map((id) => processes.find((p) => p.id === id)?.gpcNm ?? 0);
  const points: [number, number][] = [[0, 0]];
  let total = 0;
  s.cycleProcess.forEach((index, i) => points.push([i + 1, (total += gpcNm[index]!)]));
  return points;
}
