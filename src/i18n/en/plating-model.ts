import { fixed, scientific, sig } from '../format.ts';

/** Words of the platingModel area. Keys start with "platingModel.". */
export const platingModel = {
  'platingModel.error.unknownSubstrate': (p: { id: string }) =>
    `Unknown substrate "${p.id}": use cu, tio2-<nm>, las11-<nm> or las14-<nm>.`,
  'platingModel.error.thickness': (p: { id: string; coating: string; min: number; max: number }) =>
    `Substrate "${p.id}": ${p.coating} thickness must be ${sig(p.min)}–${sig(p.max)} nm.`,
  'platingModel.error.current': (p: { value: number; min: number; max: number }) =>
    `Current ${sig(p.value)} mA/cm² is outside ${sig(p.min)}–${sig(p.max)} mA/cm².`,
  'platingModel.error.capacity': (p: { value: number; min: number; max: number }) =>
    `Capacity ${sig(p.value)} mAh/cm² is outside ${sig(p.min)}–${sig(p.max)} mAh/cm².`,
  'platingModel.error.platingCycles': (p: { value: number; min: number; max: number }) =>
    `Cycles ${sig(p.value)} must be a whole number from ${p.min} to ${p.max}.`,
  'platingModel.error.noSubstrate': 'Choose at least one substrate.',
  'platingModel.error.notStarted': 'The plating model was asked to advance before it was set up.',

  'platingModel.substrate.cu': 'Bare Cu',
  'platingModel.substrate.tio2': (p: { nm: number }) => `${sig(p.nm)} nm TiO₂ on Cu`,
  'platingModel.substrate.las11': (p: { nm: number }) => `${sig(p.nm)} nm LAS 1:1 on Cu`,
  'platingModel.substrate.las14': (p: { nm: number }) => `${sig(p.nm)} nm LAS 1:4 on Cu`,

  'platingModel.coarsened': (p: { cellUm: number; n: number }) =>
    `Lattice coarsened to ${fixed(p.cellUm, 1)} µm cells (${p.n}×${p.n}) to keep this long run short.`,

  'platingModel.electrolyte.carbonate': '1 M LiPF₆ in EC/EMC 3:7',
  'platingModel.electrolyte.ether': '1 M LiTFSI in DOL/DME + 1 wt% LiNO₃',
  'platingModel.electrolyte.notGiven': 'not given in the review',

  'platingModel.published.higherThan5nm': 'higher than at 5 nm',
  'platingModel.published.lowestOfTan': 'lowest of 10, 20 and 30 nm',
  'platingModel.published.noDendrites': 'no dendrites (SEM, 50 nm LAS 1:1)',

  'platingModel.note.tio2Disagreement':
    'The two TiO₂ studies disagree: Oyakhire et al. find 5 nm best (lowest nucleation overpotential, rising again at 10 nm), ' +
    'while Tan et al. find 20 nm best among 10, 20 and 30 nm. This model follows Oyakhire’s overpotentials, so thick TiO₂ nucleates worse here.',

  'platingModel.value.pair': (p: { a: number; b: number }) => `${fixed(p.a, 2)} / ${fixed(p.b, 2)}`,

  'platingModel.param.electrolyte': 'Electrolyte',
  'platingModel.param.diffusivity': 'Salt diffusion coefficient D',
  'platingModel.param.concentration': 'Salt concentration c₀',
  'platingModel.param.transference': 'Li⁺ transference number t₊',
  'platingModel.param.depth': 'Electrolyte depth',
  'platingModel.param.exchangeCurrent': 'Exchange current density i₀',
  'platingModel.param.chargeSink': 'Pre-nucleation charge sink',
  'platingModel.param.slopeCharge': 'Pre-nucleation slope charge',
  'platingModel.param.rateAt100mV': 'Nucleation rate at 100 mV',
  'platingModel.param.rateExponent': 'Nucleation rate exponent (rate ∝ ηⁿ)',
  'platingModel.param.interfaceEnergy': 'Interface energy for r* and Gibbs–Thomson',
  'platingModel.param.capShape': 'Island footprint / height',
  'platingModel.param.captureLength': 'Adatom capture length',
  'platingModel.param.coatingAsr': 'Coating area-specific resistance',
  'platingModel.param.coalescenceRadius': 'Island coalescence radius',
  'platingModel.param.relaxationLength': 'Surface relaxation length',
  'platingModel.param.underCoatSpread': 'Spread beneath the coating',
  'platingModel.param.walkDrift': 'Ion drift toward the electrode before / after Sand’s time (per hop)',
  'platingModel.param.stickChance': 'Chance of reduction at a contact with Li, before Sand’s time',

  'platingModel.why.electrolyte': (p: { sandS: number; currentMAcm2: number }) =>
    `One electrolyte for every substrate; the one Cao et al. used. Its D, c₀ and t₊ give a Sand’s time of ${sig(p.sandS, 2)} s at ${sig(p.currentMAcm2)} mA/cm².`,
  'platingModel.why.diffusivity': 'Typical of LiPF₆ in carbonates: Valøen and Reimers measured about this value at 1 M and 25 °C.',
  'platingModel.why.transference': 'Typical of LiPF₆ in carbonates (Valøen and Reimers).',
  'platingModel.why.depth': 'A flooded cell, deep enough to act as semi-infinite, so Sand’s time exists.',
  'platingModel.why.chargeSink': 'SEI formation and adsorption before nuclei carry the current; without it the dip lasts milliseconds.',
  'platingModel.why.slopeChargeTio2': (p: { liPerTi: number; densityGcm3: number }) =>
    `${sig(p.liPerTi)} Li per TiO₂ over the film (density ${sig(p.densityGcm3)} g/cm³): the lithiation slope.`,
  'platingModel.why.slopeChargeSei': 'SEI formation charge, a guess.',
  'platingModel.why.rateAt100mV': 'Calibrated so the simulated potential dip matches the published nucleation overpotential.',
  'platingModel.why.rateExponent': 'Calibrated once so nuclei density follows Pei’s η³ across currents (the count itself comes from the simulation).',
  'platingModel.why.interfaceEnergy': (p: { bulkJm2: number }) =>
    `Effective value; the bulk ${sig(p.bulkJm2)} J/m² gives an impossibly high nucleation barrier.`,
  'platingModel.why.capShapeCu': 'Hemispherical caps on lithiophobic Cu.',
  'platingModel.why.capShapeWetting': 'Flatter caps on a lithiophilic surface.',
  'platingModel.why.captureLength': 'Li reduced on the lithiated surface joins nearby islands: lateral growth.',
  'platingModel.why.lasAsr': (p: { las11SCm: number; las14SCm: number }) =>
    `Thickness over conductivity (${scientific(p.las11SCm)} S/cm for 1:1, ${scientific(p.las14SCm)} S/cm for 1:4).`,
  'platingModel.why.noCoating': 'No coating.',
  'platingModel.why.tio2Asr': (p: { perNmOhmCm2: number }) => `A small series resistance, ${sig(p.perNmOhmCm2)} Ω·cm² per nm of TiO₂.`,
  'platingModel.why.coalescenceRadius': 'Touching islands fuse while one is narrower than this; wider ones meet as separate grains.',
  'platingModel.why.relaxationLength': 'Smoothing before Sand’s time; none after it.',
  'platingModel.why.underCoatSpread': 'Li plating under a solid ion conductor fills the lowest spot nearby.',
  'platingModel.why.walkDrift': 'Each ion walks from the electrolyte to the deposit; the field biases its steps downward. Sand’s time empties the layer next to the electrode and the field there grows. Given for 0.4 µm cells and scaled with the cell.',
  'platingModel.why.stickChanceCu': 'Li is reduced near where it first touches the deposit and does not wet Cu, so it builds on what sticks out: a porous, mossy deposit.',
  'platingModel.why.stickChanceWetting': 'Li wets LiₓTiO₂ and searches longer for a well-bonded site before it is reduced, so the grains fill in and the film is denser.',

  'platingModel.simplification.oneOverpotential':
    'The overpotential is the same everywhere on the electrode; nuclei born together are tracked as one group.',
  'platingModel.simplification.calibratedBarriers':
    'Nucleation barriers are calibrated per substrate to published dips, not computed from surface energies.',
  'platingModel.simplification.denseLi':
    'The deposit is Li on a 3D lattice of 0.4 µm cells, grown one cell per charge quantum by a random walk of each ion; pores and overhangs form, but no SEI shells, and features smaller than a cell are not resolved.',
  'platingModel.simplification.focusingRule':
    'The electric field is not solved: the walk has a uniform drift, and after Sand’s time a rule sends most ions to the tallest column nearby, where a solved field would be strongest.',
  'platingModel.simplification.oneElectrolyte':
    'One electrolyte for all substrates: 1 M LiPF₆ in EC/EMC; the published TiO₂ numbers were measured in an ether electrolyte.',
  'platingModel.simplification.sandDiffusion':
    'Sand’s time comes from 1D salt diffusion in a deep, flooded cell; a thin coin-cell separator would never reach it.',
  'platingModel.simplification.thinCoatings': 'Coatings are thinner than one lattice cell; they are drawn one cell thick.',
  'platingModel.simplification.stripping':
    'Stripping takes Li off the top of the deposit first, column by column (under LAS, off the tallest columns nearby); Li cut off from the electrode is dead and stays. The stripping potential is not computed: a half-cycle ends when no connected Li is left, where a real cell’s potential would jump to its limit.',
  'platingModel.simplification.sei':
    'SEI is not drawn: each cycle, a film of fixed thickness and Li content forms on the largest Li area the cycle exposes, and its charge is taken from the plating. Ions cross dead Li as if through its pores.',
  'platingModel.simplification.curvesFirstPlating': 'The potential and area curves, the islands and the SEM-series snapshots are of the first plating; the results table’s deposit numbers too.',
};
