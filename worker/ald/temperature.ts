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
  /**
   * Fraction of the reactive groups (e.g. -OH) the surface still holds, relative to the
   * published growth temperature: a place without one cannot bind A. 1 unless the process
   * has a published reactive-group loss.
   */
  reactiveGroupFraction: number;
  /** Uncontrolled deposit per B pulse (nm) from condensing MLD precursor (below the window). */
  condensationNm: number;
}

/** 1 inside the window, falling smoothly (zero slope at the edge) as exp(−(d/w)²) outside it. */
export function plateau(distanceOutsideC: number): number {
  const d = Math.max(0, distanceOutsideC) / TEMPERATURE_EDGE_WIDTH_C;
  return Math.exp(-d * d);
}

/**
 * Published hot side (process.reactiveGroupLoss): the surface loses reactive groups steadily as it
 * gets hotter, so the saturated GPC falls along a straight line from the published growth
 * point through the published hot point, and keeps that slope beyond it (never below 0).
 */
export function reactiveGroupFraction(
  process: Pick<ProcessDefinition, 'gpcNm' | 'gpcTemperatureC' | 'reactiveGroupLoss'>,
  temperatureC: number,
): number {
  const loss = process.reactiveGroupLoss;
  if (!loss || temperatureC <= process.gpcTemperatureC) return 1;
  const perC = (1 - loss.gpcNm / process.gpcNm) / (loss.temperatureC - process.gpcTemperatureC);
  return Math.max(0, 1 - perC * (temperatureC - process.gpcTemperatureC));
}

export function temperatureEffects(process: ProcessDefinition, temperatureC: number): TemperatureEffects {
  const window = process.temperatureWindowC.value;
  const below = plateau(window.min - temperatureC);
  const above = plateau(temperatureC - window.max);
  // ALD below the window: slow kinetics. MLD below it: the organic precursor condenses.
  const isMld = process.kind === 'MLD';
  // Above the window: the published loss of reactive groups where there is one; otherwise
  // bound fragments desorb (a model choice).
  const published = process.reactiveGroupLoss !== undefined;
  return {
    rateFactor: isMld ? 1 : below,
    desorptionProbability: published ? 0 : 1 - above,
    reactiveGroupFraction: reactiveGroupFraction(process, temperatureC),
    condensationNm: isMld ? CONDENSATION_YIELD * process.gpcNm * (1 - below) : 0,
  };
}
