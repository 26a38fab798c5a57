/** Ranges the Plating lab accepts; the UI and the id parser share them. */
export const PLATING_LIMITS = {
  currentMAcm2: { min: 0.1, max: 10 },
  capacityMAhcm2: { min: 0.05, max: 5 },
  /** Plate–strip cycles: whole numbers, 0 plating only. */
  platingCycles: { min: 0, max: 50 },
  tio2ThicknessNm: { min: 1, max: 20 },
  lasThicknessNm: { min: 25, max: 50 },
} as const;
