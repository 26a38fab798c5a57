import { F_OVER_RT } from './constants.ts';
import type { Electrolyte } from './electrolyte.ts';

/** Lowest surface concentration the potential is taken at, as a share of the bulk (Sand's time empties it). */
const SURFACE_FLOOR = 1e-3;

/**
 * Concentration overpotential of a binary salt at the electrode, V: (2RT/F)(1 − t+) ln(c0/cs),
 * the dilute-solution form (Newman and Thomas-Alyea, Electrochemical Systems, 3rd ed. 2004, the
 * diffusion potential plus the Nernst term of a depleted surface). Capped where the surface
 * empties, after Sand's time.
 */
export function concentrationOverpotentialV(el: Electrolyte, surfaceMolM3: number): number {
  const ratio = Math.max(surfaceMolM3 / el.concentrationMolM3, SURFACE_FLOOR);
  return (2 / F_OVER_RT) * (1 - el.transferenceLi) * -Math.log(ratio);
}

/**
 * Electrode potential vs Li/Li+, V, once Li plates: the interface's own potential (charge
 * transfer and any coating's ohmic drop, from the nucleation stage) minus the SEI's ohmic drop and
 * the concentration overpotential. The sloping pre-nucleation segment is the stage's alone.
 */
export function platingPotentialV(stageV: number, preSlope: boolean, el: Electrolyte, jAm2: number, surfaceMolM3: number): number {
  if (preSlope) return stageV;
  return stageV - jAm2 * el.seiResistanceOhmM2 - concentrationOverpotentialV(el, surfaceMolM3);
}
