/** Physical constants and Li properties used by the plating model (SI units). */
export const FARADAY = 96485.332; // C/mol
export const GAS_CONSTANT = 8.314462618; // J/(mol K)
export const TEMPERATURE_K = 298.15;
/** F/RT in 1/V. */
export const F_OVER_RT = FARADAY / (GAS_CONSTANT * TEMPERATURE_K);
/** Molar volume of Li: M = 6.941 g/mol over rho = 0.534 g/cm3 (CRC Handbook of Chemistry and Physics). */
export const LI_MOLAR_VOLUME_M3 = 6.941 / 0.534 * 1e-6;

/** 1 mA/cm2 = 10 A/m2; 1 mAh/cm2 = 36 C/cm2... in SI 3.6 C/cm2 = 36000 C/m2. */
export const A_PER_M2_PER_MA_CM2 = 10;
export const C_PER_M2_PER_MAH_CM2 = 36000;

/** Dense Li thickness (m) for a charge per area (C/m2): Faraday's law. */
export function denseThicknessM(chargeCm2: number): number {
  return chargeCm2 * LI_MOLAR_VOLUME_M3 / FARADAY;
}
