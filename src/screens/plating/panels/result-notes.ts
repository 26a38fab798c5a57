import type { PlatingResults } from '../../../../worker/plating/types.ts';

/** A short, plain-language note behind each result's name in the results table. */
export interface ResultNote {
  /** What the number is. */
  meaning: string;
  /** Why a coating moves it. */
  coating: string;
  /** Where the idea and the published numbers come from. */
  sources: string[];
}

const OYAKHIRE = 'Oyakhire et al., Adv. Energy Mater. 2020 (ALD TiO₂ on Cu)';
const TAN = 'Tan et al., J. Power Sources 2020 (ALD TiO₂ on Cu)';
const CAO = 'Cao, Meng, Elam, ChemElectroChem 2016 (ALD LixAlyS, "LAS", on Cu)';
const PEI = 'Pei, Zheng, Shi, Li, Cui, Nano Lett. 2017 (Li nucleation on Cu)';
const SAND = 'Sand 1901; Chazalviel, Phys. Rev. A 1990 (Sand\'s time and dendrite onset)';

export const RESULT_NOTES: Record<keyof PlatingResults, ResultNote> = {
  nucleationOverpotentialMV: {
    meaning:
      'When plating starts, the potential first drops below the level it settles at: the cell has to push harder to ' +
      'create the first Li nuclei than to grow them afterwards. The depth of that dip, in mV, is the nucleation overpotential.',
    coating:
      'Bare Cu is lithiophobic, so the dip is deep (129.5 mV in Oyakhire\'s measurement). A thin ALD TiO₂ layer first ' +
      'takes up Li (the sloping part of the curve before the dip) and the lithiated oxide wets Li well, so the dip shrinks ' +
      '(20.2 mV at 5 nm). The two TiO₂ studies disagree on the best thickness: Oyakhire et al. found 5 nm best and the dip ' +
      'growing again at 10 nm, while Tan et al. tested 10, 20 and 30 nm and found 20 nm best. They used different ' +
      'electrolytes and cells, so treat "the best thickness" as an open question, not a constant.',
    sources: [OYAKHIRE, TAN],
  },
  nucleiDensityPerCm2: {
    meaning: 'How many separate Li nuclei start per square centimetre of electrode.',
    coating:
      'A larger overpotential makes many more nuclei: Pei et al. found the areal density rising roughly as the cube of the ' +
      'overpotential on Cu. A lithiophilic coating lowers the overpotential, so fewer nuclei form and each grows larger.',
    sources: [PEI, OYAKHIRE],
  },
  meanNucleusDiameterUm: {
    meaning: 'The average diameter of the Li islands seen from above, in µm.',
    coating:
      'Pei et al. found nucleus size going roughly as one over the overpotential. On 5 nm TiO₂, Oyakhire et al. saw fewer, ' +
      'larger nuclei that merge and spread sideways, where bare Cu showed many small, isolated ones.',
    sources: [PEI, OYAKHIRE],
  },
  exposedAreaRatio: {
    meaning:
      'The Li surface that touches the electrolyte, divided by the flat electrode area. Every bit of exposed Li grows ' +
      'SEI (the passivating film), which uses up Li and electrolyte.',
    coating:
      'Many small separate islands (bare Cu) expose much more surface than a few large, merged ones (TiO₂ or LAS coated Cu), ' +
      'which is one reason coated Cu cycles with a higher Coulombic efficiency.',
    sources: [OYAKHIRE],
  },
  roughnessRel: {
    meaning: 'How uneven the deposit is: the spread of its height divided by its mean height. 0 would be perfectly flat.',
    coating:
      'Coatings that even out where Li lands (a resistive LAS 1:1 layer spreads the current; lithiophilic TiO₂ helps nuclei ' +
      'merge) give smoother, denser Li than bare Cu.',
    sources: [CAO, OYAKHIRE],
  },
  maxToMeanHeight: {
    meaning:
      'The tallest point of the deposit divided by its mean height. Near 1 means a flat film; a large value means a few ' +
      'spikes stick out: the start of dendrites.',
    coating:
      'Cao et al. saw clear dendrites on bare Cu and none on 50 nm LAS-coated Cu after plating, in top-view and ' +
      'cross-section electron microscopy.',
    sources: [CAO],
  },
  depositThicknessUm: {
    meaning:
      'How thick the plated Li would be as a dense film, in µm. By Faraday\'s law 1 mAh/cm² of charge is about 4.85 µm of ' +
      'dense Li; a porous or spiky deposit stands taller than this.',
    coating: 'The charge, and so the amount of Li, is the same on every substrate; coatings change how it is arranged.',
    sources: ['Faraday\'s law with the density and molar mass of Li'],
  },
  sandTimeS: {
    meaning:
      'At a high current, Li ions are used up at the electrode faster than diffusion brings them. Sand\'s time is when their ' +
      'concentration at the surface reaches zero; it falls as one over the current squared. Below a limiting current it never comes ("none").',
    coating: 'A coating does not change the electrolyte\'s transport, so Sand\'s time is the same on every substrate.',
    sources: [SAND],
  },
  dendriteOnsetS: {
    meaning: 'When the model switches from mossy growth to fast tip growth (dendrites). "none" means it never did in this run.',
    coating:
      'After Sand\'s time the growth runs to the tips. A resistive coating (LAS 1:1) weakens the pull towards tips and a ' +
      'conformal solid electrolyte (LAS 1:4) spreads Li out, so their deposits stay flatter.',
    sources: [SAND, CAO],
  },
};
