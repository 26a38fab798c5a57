import type { PlatingResults } from '../../../../worker/plating/types.ts';
import type { MessageRef } from '../../../../worker/common/message-ref.ts';
import { msg } from '../../../i18n/i18n.ts';

/** Where an idea or a published number comes from: a citation (data, never translated) and what it is about. */
export interface NoteSource {
  citation?: string;
  about: MessageRef;
}

/** A short, plain-language note behind each result's name in the results table. */
export interface ResultNote {
  /** What the number is. */
  meaning: MessageRef;
  /** Why a coating moves it. */
  coating: MessageRef;
  sources: NoteSource[];
}

const OYAKHIRE: NoteSource = { citation: 'Oyakhire et al., Adv. Energy Mater. 2020', about: msg('plating.topic.tio2OnCu') };
const TAN: NoteSource = { citation: 'Tan et al., J. Power Sources 2020', about: msg('plating.topic.tio2OnCu') };
const CAO: NoteSource = { citation: 'Cao, Meng, Elam, ChemElectroChem 2016', about: msg('plating.topic.lasOnCu') };
const PEI: NoteSource = { citation: 'Pei, Zheng, Shi, Li, Cui, Nano Lett. 2017', about: msg('plating.topic.nucleationOnCu') };
const SAND: NoteSource = { citation: 'Sand 1901; Chazalviel, Phys. Rev. A 1990', about: msg('plating.topic.sand') };
const FARADAY: NoteSource = { about: msg('plating.topic.faraday') };
const NEWMAN: NoteSource = { citation: 'Newman & Thomas-Alyea, Electrochemical Systems 2004', about: msg('plating.topic.concentration') };
const FANG: NoteSource = { citation: 'Fang et al., Nature 2019', about: msg('plating.topic.deadLi') };

/** The note's words are catalogue keys plating.note.<result>.meaning and .coating. */
function note(key: keyof PlatingResults, sources: NoteSource[]): ResultNote {
  return { meaning: { key: `plating.note.${key}.meaning` }, coating: { key: `plating.note.${key}.coating` }, sources };
}

export const RESULT_NOTES: Record<keyof PlatingResults, ResultNote> = {
  nucleationOverpotentialMV: note('nucleationOverpotentialMV', [OYAKHIRE, TAN]),
  plateauPotentialMV: note('plateauPotentialMV', [NEWMAN]),
  nucleiDensityPerCm2: note('nucleiDensityPerCm2', [PEI, OYAKHIRE]),
  nucleiCounted: note('nucleiCounted', [PEI, OYAKHIRE]),
  meanNucleusDiameterUm: note('meanNucleusDiameterUm', [PEI, OYAKHIRE]),
  exposedAreaRatio: note('exposedAreaRatio', [OYAKHIRE]),
  roughnessRel: note('roughnessRel', [CAO, OYAKHIRE]),
  maxToMeanHeight: note('maxToMeanHeight', [CAO]),
  depositHeightUm: note('depositHeightUm', [TAN]),
  porosity: note('porosity', [TAN]),
  depositThicknessUm: note('depositThicknessUm', [FARADAY]),
  sandTimeS: note('sandTimeS', [SAND]),
  dendriteOnsetS: note('dendriteOnsetS', [SAND, CAO]),
  coulombicEfficiency: note('coulombicEfficiency', [OYAKHIRE, CAO]),
  deadLiMAhcm2: note('deadLiMAhcm2', [FANG]),
  seiLossMAhcm2: note('seiLossMAhcm2', [FANG, OYAKHIRE]),
};
