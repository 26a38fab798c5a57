import { FARADAY, LI_MOLAR_VOLUME_M3 } from './constants.ts';

/**
 * Critical nucleus radius of classical nucleation theory, r* = 2 gamma V_m / (F |eta|)
 * (the form the review attributes to Pei et al.). gamma in J/m2, eta in V, result in m.
 */
export function criticalRadiusM(etaV: number, gammaJm2: number): number {
  return (2 * gammaJm2 * LI_MOLAR_VOLUME_M3) / (FARADAY * Math.abs(etaV));
}
