/**
 * Expected-value formulas of ALD kinetics (pure functions, SI units).
 * machball: Yanguas-Gil & Elam, Theor. Chem. Acc. 133, 1465 (2014).
 * aldenv steady state and the two-state cycle map: see worker/ald/MODEL.md.
 */

export const BOLTZMANN_J_PER_K = 1.380649e-23;
export const AVOGADRO_PER_MOL = 6.02214076e23;

/** Mean thermal speed v_th = sqrt(8kT/(πm)) in m/s. */
export function thermalSpeedMS(temperatureK: number, molarMassGmol: number): number {
  const massKg = molarMassGmol / 1000 / AVOGADRO_PER_MOL;
  return Math.sqrt((8 * BOLTZMANN_J_PER_K * temperatureK) / (Math.PI * massKg));
}

/** Ideal-gas number density n0 = p/(kT) in 1/m³. */
export function numberDensityPerM3(pressurePa: number, temperatureK: number): number {
  return pressurePa / (BOLTZMANN_J_PER_K * temperatureK);
}

export interface MachballConditions {
  pressurePa: number;
  /** Area one chemisorbed molecule takes (m²). */
  siteAreaM2: number;
  molarMassGmol: number;
  temperatureK: number;
  /** Bare sticking probability β0. */
  stickingProbability: number;
}

/** t0 = 1/(¼ v_th n0 s0): time for one impinging molecule per site area. */
export function machballTimeScaleS(c: MachballConditions): number {
  const flux = 0.25 * thermalSpeedMS(c.temperatureK, c.molarMassGmol) * numberDensityPerM3(c.pressurePa, c.temperatureK);
  return 1 / (flux * c.siteAreaM2);
}

/** First-order chemisorption rate β0/t0 (1/s). */
export function machballRatePerS(c: MachballConditions): number {
  return c.stickingProbability / machballTimeScaleS(c);
}

/** Surface coverage after a dose of tS seconds: Θ = 1 − exp(−β0 t/t0). */
export function machballCoverage(tS: number, c: MachballConditions): number {
  return 1 - Math.exp(-machballRatePerS(c) * tS);
}

/** Fraction of the reactive sites a half-reaction leaves untouched: x = exp(−k t). */
export function unreactedFraction(ratePerS: number, pulseS: number): number {
  return Math.exp(-ratePerS * pulseS);
}

/** aldenv steady-state growth per cycle: GPC_sat (1 − x1)(1 − x2)/(1 − x1 x2). */
export function aldenvSteadyGpc(gpcSat: number, x1: number, x2: number): number {
  const denominator = 1 - x1 * x2;
  // Both half-reactions fully starved: no growth (the limit of the formula as x1, x2 → 1).
  if (denominator <= 0) return 0;
  return (gpcSat * (1 - x1) * (1 - x2)) / denominator;
}

export interface TwoStateResult {
  /** Fraction of sites reactive to A after the cycle. */
  a: number;
  growth: number;
}

/**
 * One cycle of the two-state map (ours; its steady state is aldenv's GPC): the A pulse converts a fraction
 * (1 − x1) of A-reactive sites and grows GPC_sat per converted fraction; the B pulse turns a
 * fraction (1 − x2) of the others back to A-reactive.
 */
export function twoStateCycle(a: number, x1: number, x2: number, gpcSat: number): TwoStateResult {
  const growth = gpcSat * a * (1 - x1);
  const afterA = a * x1;
  return { a: afterA + (1 - afterA) * (1 - x2), growth };
}

/** Fraction of a precursor still in the chamber after a purge: exp(−t_purge/τ_res). */
export function residualFraction(purgeS: number, residenceTimeS: number): number {
  return Math.exp(-purgeS / residenceTimeS);
}
