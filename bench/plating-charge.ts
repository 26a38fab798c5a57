import { C_PER_M2_PER_MAH_CM2, denseThicknessM } from '../worker/plating/constants.ts';
import { DEFAULT_COMPARISON } from '../worker/plating/presets.ts';
import { GRID_N, PATCH_UM } from '../worker/plating/sim.ts';

/** The comparison both plating benches time: the lab's default setup. */
export const BENCH_CONFIG = DEFAULT_COMPARISON;

/**
 * Attachments the model makes on one substrate: one per cell of dense Li (voxel-deposit.ts), so the
 * charge fixes the count. The naive walker is given the same number.
 */
export function attachmentsPerSubstrate(capacityMAhcm2: number): number {
  const cellUm = PATCH_UM / GRID_N;
  const thicknessUm = denseThicknessM(capacityMAhcm2 * C_PER_M2_PER_MAH_CM2) * 1e6;
  return Math.round((thicknessUm / cellUm) * GRID_N * GRID_N);
}
