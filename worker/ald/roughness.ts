import type { SiteLattice } from './lattice.ts';

/**
 * How far the freshly completed layer spreads toward its neighbours once per cycle: each site
 * moves this fraction of the way to its four neighbours' mean height (a surface-diffusion
 * step; the sum, so the thickness, is unchanged). The roughness itself comes from the steric
 * jamming: only the sites in each cycle's packing (about a third) receive a whole per-site
 * increment, so every layer lands as a random pattern of bumps, and this spreading evens it
 * out. Model choice, calibrated once on ALD Al2O3 (see MODEL.md, "Roughness"); the MLD
 * roughness is a prediction of the same number.
 */
export const LAYER_SPREAD_FRACTION = 0.3;

/** One spreading step after a B pulse. */
export function spreadNewLayer(lattice: SiteLattice): void {
  lattice.relax(LAYER_SPREAD_FRACTION);
}

/** RMS roughness: the standard deviation of the per-site heights (same unit as the heights). */
export function rmsRoughness(heights: ArrayLike<number>): number {
  const n = heights.length;
  if (n === 0) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += heights[i];
  mean /= n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (heights[i] - mean) ** 2;
  return Math.sqrt(sum / n);
}
