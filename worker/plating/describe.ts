import type { SourceRef } from '../ald/types.ts';
import { ref } from '../common/message-ref.ts';
import { A_PER_M2_PER_MA_CM2 } from './constants.ts';
import { DEFAULT_ELECTROLYTE, sandTimeS } from './electrolyte.ts';
import { requireSubstrate, substrateLabel } from './substrate-id.ts';
import { I0_AM2, LAS_CONDUCTIVITY_SM, RATE_EXPONENT, substrateModel, TIO2_DENSITY, TIO2_LI_PER_TI } from './substrates.ts';
import type { SubstrateId, SubstrateInfo, SubstrateParameter } from './types.ts';

const REVIEW = 'Meng, Inorg. Chem. Front. 2024, doi:10.1039/d3qi02241b';
const OYAKHIRE: SourceRef = { citation: 'Oyakhire et al., Adv. Energy Mater. 2020 [158]', via: REVIEW };
const TAN: SourceRef = { citation: 'Tan et al., J. Power Sources 2020 [157]', via: REVIEW };
const CAO: SourceRef = { citation: 'Cao, Meng, Elam, ChemElectroChem 2016 [124]', via: REVIEW };
const PYBAMM: SourceRef = { citation: 'Xu et al., J. Electrochem. Soc. 166, A3456 (2019), as coded in PyBaMM' };
const PEI: SourceRef = { citation: 'Pei, Zheng, Shi, Li, Cui, Nano Lett. 2017', doi: '10.1021/acs.nanolett.6b04755' };
const VALOEN: SourceRef = { citation: 'Valøen, Reimers, J. Electrochem. Soc. 152, A882 (2005)' };
const ETHER = ref('platingModel.electrolyte.ether');
/** Bulk Li surface energy, J/m², against which the effective interface energy is chosen. */
const BULK_GAMMA_JM2 = 0.5;
/** The current at which the electrolyte's Sand's time is quoted, mA/cm². */
const SAND_QUOTE_MACM2 = 10;

/** Shown beside the TiO2 results: the two TiO2 papers disagree on the best thickness. */
const TIO2_DISAGREEMENT = ref('platingModel.note.tio2Disagreement');

interface ParamExtra {
  source?: SourceRef;
  /** The reason for a model choice: a key under platingModel.why, with its numbers. */
  why?: string;
  whyParams?: Record<string, number>;
}

/** A parameter row; its name is the catalogue key platingModel.param.<id>. */
function param(id: string, value: SubstrateParameter['value'], unit: string, modelChoice: boolean, extra: ParamExtra = {}): SubstrateParameter {
  const row: SubstrateParameter = { name: ref(`platingModel.param.${id}`), value, unit, modelChoice };
  if (extra.source) row.source = extra.source;
  if (extra.why) row.why = ref(`platingModel.why.${extra.why}`, extra.whyParams);
  return row;
}

/** Every parameter of a substrate's model, flagged published or model choice, with its source. */
export function describeSubstrate(id: SubstrateId): SubstrateInfo {
  const parsed = requireSubstrate(id);
  const m = substrateModel(parsed);
  const nuc = m.nucleation;
  const mor = m.morphology;
  const el = DEFAULT_ELECTROLYTE;
  const kind = parsed.kind;
  const sandS = sandTimeS(el, SAND_QUOTE_MACM2 * A_PER_M2_PER_MA_CM2);
  const asrWhy: ParamExtra =
    kind === 'las11' || kind === 'las14'
      ? { source: CAO, why: 'lasAsr', whyParams: { las11SCm: LAS_CONDUCTIVITY_SM.las11 / 100, las14SCm: LAS_CONDUCTIVITY_SM.las14 / 100 } }
      : kind === 'cu'
        ? { why: 'noCoating' }
        : { why: 'tio2Asr', whyParams: { perNmOhmCm2: (nuc.asrOhmM2 * 1e4) / parsed.thicknessNm } };
  const parameters: SubstrateParameter[] = [
    param('electrolyte', el.name, '', true, { source: CAO, why: 'electrolyte', whyParams: { sandS, currentMAcm2: SAND_QUOTE_MACM2 } }),
    param('diffusivity', el.diffusivityM2s * 1e4, 'cm²/s', true, { source: VALOEN, why: 'diffusivity' }),
    param('concentration', el.concentrationMolM3 / 1000, 'M', false, { source: CAO }),
    param('transference', el.transferenceLi, '', true, { source: VALOEN, why: 'transference' }),
    param('depth', el.columnDepthM * 100, 'cm', true, { why: 'depth' }),
    param('exchangeCurrent', I0_AM2 / 10, 'mA/cm²', false, { source: PYBAMM }),
    param('chargeSink', nuc.sinkCapacitanceFm2 / 10, 'mF/cm²', true, { why: 'chargeSink' }),
    param('slopeCharge', nuc.preChargeCm2 / 36, 'µAh/cm²', true,
      kind === 'tio2' ? { why: 'slopeChargeTio2', whyParams: { liPerTi: TIO2_LI_PER_TI, densityGcm3: TIO2_DENSITY } } : { why: 'slopeChargeSei' }),
    param('rateAt100mV', m.rateAt100mV * 1e-4, '1/(cm² s)', true, { source: OYAKHIRE, why: 'rateAt100mV' }),
    param('rateExponent', RATE_EXPONENT, '', true, { source: PEI, why: 'rateExponent' }),
    param('interfaceEnergy', nuc.gammaJm2, 'J/m²', true, { why: 'interfaceEnergy', whyParams: { bulkJm2: BULK_GAMMA_JM2 } }),
    param('capShape', nuc.spread, '', true, { why: kind === 'cu' ? 'capShapeCu' : 'capShapeWetting' }),
    param('captureLength', nuc.captureLengthM * 1e6, 'µm', true, { why: 'captureLength' }),
    param('coatingAsr', nuc.asrOhmM2 * 1e4, 'Ω·cm²', kind === 'tio2' || kind === 'cu', asrWhy),
    param('coalescenceRadius', mor.coalesceRadiusUm, 'µm', true, { why: 'coalescenceRadius' }),
    param('relaxationLength', mor.relaxLengthUm, 'µm', true, { why: 'relaxationLength' }),
    param('underCoatSpread', mor.underCoatSpreadUm, 'µm', true, { why: 'underCoatSpread' }),
  ];
  if (mor.underCoatSpreadUm === 0) {
    parameters.push(
      param('walkDrift', ref('platingModel.value.pair', { a: mor.driftMossy, b: mor.driftTip }), '', true, { why: 'walkDrift' }),
      param('stickChance', mor.stickMossy, '', true, { why: kind === 'cu' ? 'stickChanceCu' : 'stickChanceWetting' }),
    );
  }
  const published: SubstrateInfo['published'] = {};
  if (kind === 'cu') {
    published.nucleationOverpotentialMV = { value: 129.5, unit: 'mV', electrolyte: ETHER, source: OYAKHIRE };
  } else if (kind === 'tio2') {
    if (parsed.thicknessNm === 5) published.nucleationOverpotentialMV = { value: 20.2, unit: 'mV', electrolyte: ETHER, source: OYAKHIRE };
    else if (parsed.thicknessNm === 10) published.nucleationOverpotentialMV = { value: ref('platingModel.published.higherThan5nm'), unit: 'mV', electrolyte: ETHER, source: OYAKHIRE };
    else if (parsed.thicknessNm === 20) published.nucleationOverpotentialMV = { value: ref('platingModel.published.lowestOfTan'), unit: 'mV', electrolyte: ref('platingModel.electrolyte.notGiven'), source: TAN };
  } else {
    published.maxToMeanHeight = { value: ref('platingModel.published.noDendrites'), unit: '', electrolyte: el.name, source: CAO };
  }
  const info: SubstrateInfo = { id, label: substrateLabel(parsed), parameters, published };
  if (kind === 'tio2') info.note = TIO2_DISAGREEMENT;
  return info;
}
