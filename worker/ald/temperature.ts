import type { ProcessDefinition } from './types.ts';

/** Model choice: how many °C outside the window it takes for an effect to grow to 1 − 1/e. */
export const TEMPERATURE_EDGE_WIDTH_C = 40;
/**
 * Model choice: extra deposit per B pulse, as a multiple of the saturated GPC, once the
 * organic precursor fully condenses far below the MLD window.
 */
export const CONDENSATION_YIELD = 1;

export interface TemperatureEffects {
  /** Multiplies both rate constants: below an ALD window the half-reactions slow down. */
  rateFactor: number;
  /** Chance that a bound A fragment leaves again during purge A (above the window). */
  desorptionProbability: number;
  /** Uncontrolled deposit per B pulse (nm) from condensing MLD precursor (below the window). */
  condensationNm: number;
}

/** 1 inside the window, falling smoothly (zero slope at the edge) as exp(−(d/w)²) outside it. */
export function plateau(distanceOutsideC: number): number {
  const d = Math.max(0, distanceOutsideC) / TEMPERATURE_EDGE_WIDTH_C;
  return Math.exp(-d * d);
}

export function temperatureEffects(process: ProcessDefinition, temperatureC: number): TemperatureEffects {
  const window = process.temperatureWindowC.value;
  const below = plateau(window.min - temperatureC);
  const above = plateau(temperatureC - window.max);
  // ALD below the window: slow kinetics. MLD below it: the organic precursor condenses.
  const isMld = process.kind === 'MLD';
  return {
    rateFactor: isMld ? 1 : below,
    desorptionProbability: 1 - above,
    condensationNm: isMld ? CONDENSATION_YIELD * process.gpcNm * (1 - below) : 0,
  };
}
