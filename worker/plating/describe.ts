import type { SourceRef } from '../ald/types.ts';
import { DEFAULT_ELECTROLYTE } from './electrolyte.ts';
import { requireSubstrate, substrateLabel } from './substrate-id.ts';
import { I0_AM2, RATE_EXPONENT, substrateModel } from './substrates.ts';
import type { SubstrateId, SubstrateInfo } from './types.ts';

const REVIEW = 'the review, Meng, Inorg. Chem. Front. 2024 (DOI 10.1039/d3qi02241b)';
const OYAKHIRE: SourceRef = { citation: 'Oyakhire et al., Adv. Energy Mater. 2020 [158]', via: REVIEW };
const TAN: SourceRef = { citation: 'Tan et al., J. Power Sources 2020 [157]', via: REVIEW };
const CAO: SourceRef = { citation: 'Cao, Meng, Elam, ChemElectroChem 2016 [124]', via: REVIEW };
const PYBAMM: SourceRef = { citation: 'Xu et al., J. Electrochem. Soc. 166, A3456 (2019), as coded in PyBaMM' };
const PEI: SourceRef = { citation: 'Pei, Zheng, Shi, Li, Cui, Nano Lett. 2017', doi: '10.1021/acs.nanolett.6b04755' };
const ETHER = '1 M LiTFSI in DOL/DME + 1 wt% LiNO3';
const CARBONATE = '1 M LiPF6 in EC/EMC 3:7';

/** Shown beside the TiO2 results: the two TiO2 papers disagree on the best thickness. */
export const TIO2_DISAGREEMENT =
  'The two TiO2 studies disagree: Oyakhire et al. find 5 nm best (lowest nucleation overpotential, rising again at 10 nm), ' +
  'while Tan et al. find 20 nm best among 10, 20 and 30 nm. This model follows Oyakhire’s overpotentials, so thick TiO2 nucleates worse here.';

/** Every parameter of a substrate's model, flagged published or model choice, with its source. */
export function describeSubstrate(id: SubstrateId): SubstrateInfo {
  const parsed = requireSubstrate(id);
  const m = substrateModel(parsed);
  const nuc = m.nucleation;
  const mor = m.morphology;
  const el = DEFAULT_ELECTROLYTE;
  const parameters: SubstrateInfo['parameters'] = [
    { name: 'Electrolyte', value: el.name, unit: '', modelChoice: true, source: CAO, why: 'One electrolyte for every substrate; the one Cao et al. used. Its D, c0, t+ give Sand’s time 570 s at 10 mA/cm².' },
    { name: 'Salt diffusivity D', value: el.diffusivityM2s * 1e4, unit: 'cm²/s', modelChoice: true, why: 'Typical LiPF6/carbonate value (models.md Sand table).' },
    { name: 'Salt concentration c0', value: el.concentrationMolM3 / 1000, unit: 'M', modelChoice: false, source: CAO },
    { name: 'Li+ transference number t+', value: el.transferenceLi, unit: '', modelChoice: true, why: 'Typical carbonate value.' },
    { name: 'Electrolyte depth', value: el.columnDepthM * 100, unit: 'cm', modelChoice: true, why: 'A flooded cell, deep enough to act as semi-infinite, so Sand’s time exists.' },
    { name: 'Exchange current density i0', value: I0_AM2 / 10, unit: 'mA/cm²', modelChoice: false, source: PYBAMM },
    { name: 'Pre-nucleation charge sink', value: nuc.sinkCapacitanceFm2 / 10, unit: 'mF/cm²', modelChoice: true, why: 'SEI formation and adsorption before nuclei carry the current; without it the dip lasts milliseconds.' },
    { name: 'Pre-nucleation slope charge', value: nuc.preChargeCm2 / 36, unit: 'µAh/cm²', modelChoice: true, why: parsed.kind === 'tio2' ? '0.9 Li per TiO2 over the film (density 3.78 g/cm³): the lithiation slope.' : 'SEI formation charge, a guess.' },
    { name: 'Nucleation rate at 100 mV', value: m.rateAt100mV * 1e-4, unit: '1/(cm² s)', modelChoice: true, source: OYAKHIRE, why: 'Calibrated so the simulated potential dip matches the published nucleation overpotential.' },
    { name: 'Nucleation rate exponent (rate ∝ η^n)', value: RATE_EXPONENT, unit: '', modelChoice: true, source: PEI, why: 'Calibrated once so nuclei density follows Pei’s η³ across currents (the count itself comes from the simulation).' },
    { name: 'Interface energy for r* and Gibbs–Thomson', value: nuc.gammaJm2, unit: 'J/m²', modelChoice: true, why: 'Effective value; bulk 0.5 J/m² gives an impossibly high barrier (models.md).' },
    { name: 'Island footprint / height', value: nuc.spread, unit: '', modelChoice: true, why: parsed.kind === 'cu' ? 'Hemispherical caps on lithiophobic Cu.' : 'Flatter caps on a lithiophilic surface.' },
    { name: 'Adatom capture length', value: nuc.captureLengthM * 1e6, unit: 'µm', modelChoice: true, why: 'Li reduced on lithiated surface joins nearby islands: lateral growth.' },
    { name: 'Coating area-specific resistance', value: nuc.asrOhmM2 * 1e4, unit: 'Ω·cm²', modelChoice: parsed.kind === 'tio2' || parsed.kind === 'cu', source: parsed.kind.startsWith('las') ? CAO : undefined, why: parsed.kind.startsWith('las') ? 'Thickness over conductivity (2.5e-7 S/cm for 1:1, 1e-3 S/cm for 1:4).' : parsed.kind === 'cu' ? 'No coating.' : 'Small series resistance, 0.02 Ω·cm² per nm (models.md recipe: 0.1 at 5 nm).' },
    { name: 'Island coalescence radius', value: mor.coalesceRadiusUm, unit: 'µm', modelChoice: true, why: 'Touching islands fuse while one is narrower than this; wider ones meet as separate grains.' },
    { name: 'Surface relaxation length', value: mor.relaxLengthUm, unit: 'µm', modelChoice: true, why: 'Smoothing before Sand’s time; none after it.' },
    { name: 'Spread beneath the coating', value: mor.underCoatSpreadUm, unit: 'µm', modelChoice: true, why: 'Li plating under a solid ion conductor fills the lowest spot nearby.' },
    { name: 'Tip focusing before / after Sand’s time', value: `${mor.tipBiasMossy.toFixed(2)} / ${mor.tipBiasTip.toFixed(2)}`, unit: 'share of Li', modelChoice: true, why: 'Scaled by R_ct/(R_ct + ASR): a resistive coating evens out the current.' },
  ];
  const published: SubstrateInfo['published'] = {};
  if (parsed.kind === 'cu') {
    published.nucleationOverpotentialMV = { value: 129.5, unit: 'mV', electrolyte: ETHER, source: OYAKHIRE };
  } else if (parsed.kind === 'tio2') {
    if (parsed.thicknessNm === 5) published.nucleationOverpotentialMV = { value: 20.2, unit: 'mV', electrolyte: ETHER, source: OYAKHIRE };
    else if (parsed.thicknessNm === 10) published.nucleationOverpotentialMV = { value: 'higher than at 5 nm', unit: 'mV', electrolyte: ETHER, source: OYAKHIRE };
    else if (parsed.thicknessNm === 20) published.nucleationOverpotentialMV = { value: 'lowest of 10, 20, 30 nm', unit: 'mV', electrolyte: 'not given in the review', source: TAN };
  } else {
    published.maxToMeanHeight = { value: 'no dendrites (SEM, 50 nm LAS 1:1)', unit: '', electrolyte: CARBONATE, source: CAO };
  }
  const info: SubstrateInfo = { id, label: substrateLabel(parsed), parameters, published };
  if (parsed.kind === 'tio2') info.note = TIO2_DISAGREEMENT;
  return info;
}
