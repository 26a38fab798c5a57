import { F_OVER_RT } from './constants.ts';

/** Butler–Volmer current density (A/m2, positive = plating) at cathodic overpotential etaV. */
export function butlerVolmer(i0Am2: number, etaV: number, alpha = 0.5): number {
  return i0Am2 * (Math.exp(alpha * F_OVER_RT * etaV) - Math.exp(-(1 - alpha) * F_OVER_RT * etaV));
}
