import { machballRatePerS, residualFraction, unreactedFraction } from './kinetics.ts';
import { molarMassGmol } from './molar-mass.ts';
import { temperatureEffects } from './temperature.ts';
import type { ProcessDefinition, Recipe } from './types.ts';

/**
 * Model choice: deposit during a pulse, as a multiple of the saturated GPC, from the other
 * precursor left over by a purge of zero length. The pulsed precursor is in large excess,
 * so the leftover is used up whatever the pulse length: CVD scales with the leftover only.
 */
export const CVD_YIELD = 0.5;

/** Everything one recipe means for the surface chemistry, shared by the lattice and the expected values. */
export interface HalfStepConditions {
  /** Chemisorption rates (1/s) the A and B pulses run at: machball's β0/t0, times the temperature factor. */
  rateAPerS: number;
  rateBPerS: number;
  /**
   * Fraction of the A places left untouched by the A pulse: 1 − (1 − exp(−k_A t_A))·g, where g
   * is the fraction that still holds a reactive group (below 1 only with a published reactive-group
   * loss). A place without its group stays free, like one the pulse was too short to reach.
   */
  x1: number;
  /** Fraction of B-reactive sites left untouched by the B pulse. */
  x2: number;
  desorptionProbability: number;
  condensationNm: number;
  /** Leftover fraction of A after purge A, and of B after purge B. */
  residualA: number;
  residualB: number;
}

/** Chemisorption rates β0/t0 (1/s) of both half-reactions at a temperature, from the machball law. */
export function rateConstantsPerS(process: ProcessDefinition, temperatureC: number): { a: number; b: number } {
  const { pressurePa, siteAreaM2, stickingA, stickingB } = process.dose.value;
  const temperatureK = temperatureC + 273.15;
  const rate = (molarMass: number, sticking: number) =>
    machballRatePerS({ pressurePa, siteAreaM2, molarMassGmol: molarMass, temperatureK, stickingProbability: sticking });
  return { a: rate(molarMassGmol(process.precursorA), stickingA), b: rate(molarMassGmol(process.precursorB), stickingB) };
}

export function halfStepConditions(process: ProcessDefinition, recipe: Recipe): HalfStepConditions {
  const t = temperatureEffects(process, recipe.temperatureC);
  const k = rateConstantsPerS(process, recipe.temperatureC);
  const tau = process.residenceTimeS.value;
  const rateAPerS = k.a * t.rateFactor;
  const rateBPerS = k.b * t.rateFactor;
  return {
    rateAPerS,
    rateBPerS,
    x1: 1 - (1 - unreactedFraction(rateAPerS, recipe.pulseAS)) * t.reactiveGroupFraction,
    x2: unreactedFraction(rateBPerS, recipe.pulseBS),
    desorptionProbability: t.desorptionProbability,
    condensationNm: t.condensationNm,
    residualA: residualFraction(recipe.purgeAS, tau),
    residualB: residualFraction(recipe.purgeBS, tau),
  };
}

/** CVD deposit (nm) during one pulse from a leftover fraction of the other precursor. */
export function cvdDepositNm(process: ProcessDefinition, residual: number): number {
  return CVD_YIELD * process.gpcNm * residual;
}
