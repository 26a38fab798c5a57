import { aldenvSteadyGpc } from './kinetics.ts';
import { cvdDepositNm, halfStepConditions } from './conditions.ts';
import type { ProcessDefinition, Recipe, SaturationPoint } from './types.ts';

/**
 * Expected steady-state growth per cycle (nm) of a recipe. Self-limiting part: aldenv with the
 * A-step loss 1 − (1 − x1)(1 − d) (desorption d acts like a shorter A pulse); plus CVD from
 * both leftovers and MLD condensation.
 */
export function expectedGpcNm(process: ProcessDefinition, recipe: Recipe): number {
  const c = halfStepConditions(process, recipe);
  const x1Effective = 1 - (1 - c.x1) * (1 - c.desorptionProbability);
  const selfLimited = aldenvSteadyGpc(process.gpcNm, x1Effective, c.x2);
  return selfLimited + cvdDepositNm(process, c.residualA) + cvdDepositNm(process, c.residualB) + c.condensationNm;
}

/** Expected steady-state GPC against the A pulse time, the other recipe values held. */
export function saturationCurve(process: ProcessDefinition, recipe: Recipe, pulseTimesS: number[]): SaturationPoint[] {
  return pulseTimesS.map((pulseAS) => ({ pulseAS, gpcNm: expectedGpcNm(process, { ...recipe, pulseAS }) }));
}
