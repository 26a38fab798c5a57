import { createRng, deriveSeed } from '../common/rng.ts';
import { SiteLattice } from './lattice.ts';
import type { ProcessDefinition } from './types.ts';

/** Reference lattice for the saturated fraction: big enough that edge effects are small. */
const REFERENCE_SIZE = 64;
const REFERENCE_SEEDS = 8;
const cache = new Map<number, number>();

/**
 * Fraction of sites that react in a saturating A pulse on a fresh surface, measured by the
 * lattice model itself (steric jamming), averaged over fixed seeds so it is deterministic.
 */
export function saturatedReactedFraction(stericRadiusSites: number): number {
  const cached = cache.get(stericRadiusSites);
  if (cached !== undefined) return cached;
  const lattice = new SiteLattice(REFERENCE_SIZE, REFERENCE_SIZE, stericRadiusSites);
  let sum = 0;
  for (let s = 0; s < REFERENCE_SEEDS; s++) {
    lattice.reset();
    sum += lattice.pulseA(1, createRng(deriveSeed(s, 'ald-jamming'))) / lattice.size;
  }
  const fraction = sum / REFERENCE_SEEDS;
  cache.set(stericRadiusSites, fraction);
  return fraction;
}

/** Height one completed site adds, so that a saturated cycle grows the published GPC on average. */
export function siteIncrementNm(process: ProcessDefinition): number {
  return process.gpcNm / saturatedReactedFraction(process.stericRadiusSites.value);
}
