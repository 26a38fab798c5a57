import { NucleationStage } from './nucleation.ts';
import type { SubstrateModel } from './substrates.ts';

/** Nuclei the patch must hold at the end of a run, so the density is counted from a fair sample. */
export const MIN_NUCLEI_COUNTED = 50;
/** The patch is sized for twice that many on average: a Poisson count then falls short with odds below one in a million. */
const EXPECTED_NUCLEI = 2 * MIN_NUCLEI_COUNTED;
/** The nucleus patch may be at most this many times wider than the lattice. */
const MAX_PATCH_FACTOR = 8;

/**
 * Nuclei born per m² over a whole run: the 0D nucleation stage alone, which does not depend on
 * the patch or the lattice, stepped as the run steps it (without the run's stops at whole
 * percents, which move its steps but hardly its total).
 */
export function nucleiPerM2(model: SubstrateModel, jAm2: number, endChargeCm2: number): number {
  const st = new NucleationStage(model.nucleation, jAm2);
  let total = 0, dt = 1e-4, lastDeta = 0;
  while (st.chargeCm2 < endChargeCm2 * (1 - 1e-12)) {
    const wasPre = st.preSlopeActive;
    const step = Math.min(st.nextDt(dt, lastDeta), (endChargeCm2 - st.chargeCm2) / jAm2);
    const eta0 = st.etaV;
    total += st.step(step);
    if (!wasPre) { dt = step; lastDeta = st.etaV - eta0; }
  }
  return total;
}

/**
 * Side of the nucleus patch, µm: the lattice's side times the smallest power of two (up to 8)
 * over which the expected count reaches EXPECTED_NUCLEI. The lattice grows the deposit
 * in one corner of it; a sparse substrate (20 nm TiO2) is counted over a larger area.
 */
export function patchSideUm(latticeUm: number, perM2: number): number {
  let k = 1;
  while (k < MAX_PATCH_FACTOR && perM2 * (latticeUm * k * 1e-6) ** 2 < EXPECTED_NUCLEI) k *= 2;
  return latticeUm * k;
}
