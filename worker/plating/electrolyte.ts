import { ref, type MessageRef } from '../common/message-ref.ts';
import { FARADAY } from './constants.ts';

export interface Electrolyte {
  name: MessageRef;
  /** Ambipolar salt diffusivity, m2/s. */
  diffusivityM2s: number;
  /** Bulk salt concentration, mol/m3. */
  concentrationMolM3: number;
  /** Li+ transference number. */
  transferenceLi: number;
  /** Depth of the electrolyte column above the electrode, m. */
  columnDepthM: number;
  /** Thickness of the SEI a fresh Li surface forms, nm. */
  seiThicknessNm: number;
  /** Li content of that SEI, mol/m3. */
  seiLiMolM3: number;
  /** Area-specific resistance of the SEI the Li+ current crosses, ohm m2. */
  seiResistanceOhmM2: number;
}

/**
 * The one electrolyte every substrate is plated in (a model choice).
 * 1 M LiPF6 in EC/EMC 3:7 is what Cao et al. used for LAS; D and t+ are typical of LiPF6 in
 * carbonates (Valøen and Reimers, J. Electrochem. Soc. 2005), so Sand's time at 10 mA/cm2 is 9.5 min.
 */
export const DEFAULT_ELECTROLYTE: Readonly<Electrolyte> = {
  name: ref('platingModel.electrolyte.carbonate'),
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
  /**
   * The SEI a fresh Li surface forms: thickness and Li content. Model choices: cryo-electron
   * microscopy shows carbonate SEI on Li some tens of nanometres thick (Li et al., Science 2017),
   * and half of LiF's Li density stands for a mix of inorganic and organic Li salts.
   */
  seiThicknessNm: 20,
  seiLiMolM3: 50_000,
  /**
   * 20 ohm cm2: a model choice, no measured value read. It puts the growth plateau on bare Cu
   * at 1 mA/cm2 in the tens of mV that galvanostatic Li‖Cu curves show (about −35 mV; charge
   * transfer alone gives about −16). A series term: it moves the whole curve, not the dip's depth.
   */
  seiResistanceOhmM2: 2e-3,
};

/** Sand's time (s) at a current density (A/m2) in a semi-infinite electrolyte: πD(c0F)² / (4(J(1 − t+))²). */
export function sandTimeS(el: Electrolyte, jAm2: number): number {
  // The share of the current that migration does not carry must be supplied by diffusion.
  const diffusiveAm2 = jAm2 * (1 - el.transferenceLi);
  return (Math.PI * el.diffusivityM2s * (el.concentrationMolM3 * FARADAY) ** 2) / (4 * diffusiveAm2 ** 2);
}

/** Li charge bound in the SEI over one unit of exposed Li area, C/m2 (per m2 of that area). */
export function seiChargePerAreaCm2(el: Electrolyte): number {
  return el.seiThicknessNm * 1e-9 * el.seiLiMolM3 * FARADAY;
}
