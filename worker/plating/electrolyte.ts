/**
 * The one electrolyte every substrate is plated in (a model choice).
 * 1 M LiPF6 in EC/EMC 3:7 is what Cao et al. used for LAS; D, c0 and t+ are the typical
 * carbonate values of models.md's Sand table, so Sand's time at 10 mA/cm2 is 9.5 min.
 */
export const DEFAULT_ELECTROLYTE = {
  name: '1 M LiPF6 in EC/EMC 3:7',
  /** Ambipolar salt diffusivity, m2/s (3e-6 cm2/s). */
  diffusivityM2s: 3e-10,
  /** Bulk salt concentration, mol/m3 (1 M). */
  concentrationMolM3: 1000,
  /** Li+ transference number. */
  transferenceLi: 0.38,
  /**
   * Depth of the electrolyte column above the electrode, m. Deep enough to behave as
   * semi-infinite for every allowed run (a flooded cell, not a coin cell: with a 25 µm
   * separator the limiting current would be far above 10 mA/cm2 and no Sand's time occurs).
   */
  columnDepthM: 0.05,
} as const;

export type Electrolyte = typeof DEFAULT_ELECTROLYTE;
