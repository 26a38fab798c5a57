import { fixed, sig, whole } from '../format.ts';

/** Words of the Reactor screen. Keys start with "reactor.". */
export const reactor = {
  /** A term before its explanation: a half-step's name before its equation, a model choice before its value. */
  'reactor.term': (p: { term: string }) => `${p.term}:`,

  // Half-steps of one cycle: timing strip, equation banner, recipe labels, view summary, announcements.
  'reactor.halfStep.pulseA': 'Pulse A',
  'reactor.halfStep.purgeA': 'Purge A',
  'reactor.halfStep.pulseB': 'Pulse B',
  'reactor.halfStep.purgeB': 'Purge B',
  'reactor.halfStep.purgeSweep': (p: { precursor: string; byproduct: string }) =>
    `Inert gas sweeps out unreacted ${p.precursor} and the ${p.byproduct} byproduct.`,
  'reactor.timing.label': 'One cycle',

  // The 3D view.
  'reactor.view.label': '3D view of the growing film. Arrow keys turn the camera, plus and minus zoom.',
  'reactor.view.summary': (p: { step: string; cycle: number; reacted: number; free: number; blocked: number }) =>
    `${p.step}. Cycle ${whole(p.cycle)}. ${whole(p.reacted)} reacted, ${whole(p.free)} free and ${whole(p.blocked)} blocked sites.`,
  'reactor.view.scalePercent': (p: { percent: number }) =>
    `Film height drawn at ${whole(p.percent)}\u00a0% of true scale; molecules at true size.`,
  'reactor.view.scaleFraction': (p: { denominator: number }) =>
    `Film height drawn at 1/${whole(p.denominator)} of true scale; molecules at true size.`,

  // Colour key under the view.
  'reactor.legend.label': 'Colour key',
  'reactor.panel.tabs': 'Reactor panels',
  'reactor.panel.process': 'Process',
  'reactor.panel.sequence': 'Sequence',
  'reactor.panel.charts': 'Charts',
  'reactor.panel.hide': 'Hide panel',
  'reactor.legend.free': 'Reactive site',
  'reactor.legend.freeHint': 'Free surface group, ready for precursor A.',
  'reactor.legend.reactedA': 'Reacted with A',
  'reactor.legend.reactedAHint': 'Holds fragment A; waits for precursor B.',
  'reactor.legend.reactedB': 'Reacted with B',
  'reactor.legend.reactedBHint': 'Capped by B; reactive to A in the next cycle.',
  'reactor.legend.blocked': 'Blocked site',
  'reactor.legend.blockedHint': "Hidden under a neighbour's ligands (steric hindrance).",
  'reactor.legend.cvd': 'CVD deposit',
  'reactor.legend.cvdHint': 'Uncontrolled growth from precursor left in the gas.',
  'reactor.element.H': 'hydrogen',
  'reactor.element.Li': 'lithium',
  'reactor.element.B': 'boron',
  'reactor.element.C': 'carbon',
  'reactor.element.N': 'nitrogen',
  'reactor.element.O': 'oxygen',
  'reactor.element.F': 'fluorine',
  'reactor.element.Mg': 'magnesium',
  'reactor.element.Al': 'aluminium',
  'reactor.element.Si': 'silicon',
  'reactor.element.P': 'phosphorus',
  'reactor.element.S': 'sulfur',
  'reactor.element.Cl': 'chlorine',
  'reactor.element.Ti': 'titanium',
  'reactor.element.Zn': 'zinc',
  'reactor.element.Zr': 'zirconium',
  'reactor.element.Sn': 'tin',
  'reactor.element.Hf': 'hafnium',
  'reactor.element.Cu': 'copper',

  // Time controls.
  'reactor.controls.step': 'Step ▸ half-step',
  'reactor.controls.run': 'Cycles',
  'reactor.controls.restart': 'Restart film',
  'reactor.run.invalid': (p: { value: string; min: number; max: number }) =>
    `Run: ${p.value} cycles is not a whole number from ${whole(p.min)} to ${whole(p.max)}.`,
  'reactor.run.done': (p: { n: number; thicknessNm: number }) =>
    `Ran ${whole(p.n)} cycles. Film ${fixed(p.thicknessNm, 2)}\u00a0nm thick.`,

  // Readouts.
  'reactor.film.heading': 'Film',
  'reactor.film.starting': 'Starting the model…',
  'reactor.film.thickness': 'Thickness',
  'reactor.film.cycles': 'Cycles',
  'reactor.film.growthLastCycle': 'Growth last cycle',
  'reactor.film.roughness': 'RMS roughness',
  'reactor.film.publishedGpc': 'Published GPC',
  'reactor.film.coverage': 'Coverage',
  'reactor.film.processTime': 'Process time',
  'reactor.film.freeSites': 'Free sites',
  'reactor.film.reacted': 'Reacted',
  'reactor.film.blocked': 'Blocked (steric)',

  // Process panel.
  'reactor.process.heading': 'Process',
  'reactor.process.precursors': 'Precursors',
  'reactor.process.byproduct': 'Byproduct',
  'reactor.process.surface': 'Surface groups',
  /** A name after a formula, in brackets. */
  'reactor.process.aside': (p: { text: string }) => ` (${p.text})`,
  'reactor.process.pair': (p: { a: string; b: string }) => `A: ${p.a}; B: ${p.b}`,
  'reactor.process.afterPair': (p: { a: string; b: string }) => `after A: ${p.a}; after B: ${p.b}`,
  'reactor.process.publishedGpc': 'Published GPC',
  'reactor.process.gpcAt': (p: { gpc: string; temperatureC: number }) => `${p.gpc} per cycle at ${sig(p.temperatureC, 4)}\u00a0°C`,
  'reactor.process.source': 'Source',
  'reactor.process.via': (p: { source: string }) => `(via ${p.source})`,
  'reactor.process.doubtful': 'Doubtful number:',
  'reactor.process.doubtfulGpc': 'The published growth per cycle is in doubt.',
  'reactor.process.choices': 'Model choices',
  'reactor.process.notPublished': 'not published',
  'reactor.choice.value': (p: { value: string }) => `${p.value}.`,
  'reactor.choice.temperatureWindow': 'Temperature window',
  'reactor.choice.dose': 'Dose (machball law)',
  'reactor.choice.doseValue': (p: {
    pressurePa: number;
    siteAreaNm2: number;
    stickingA: number;
    stickingB: number;
    rateA: number;
    rateB: number;
    temperatureC: number;
  }) =>
    `${sig(p.pressurePa)}\u00a0Pa, ${fixed(p.siteAreaNm2, 2)}\u00a0nm² per molecule, sticking A ${sig(p.stickingA)}, ` +
    `B ${sig(p.stickingB)}: rates ${whole(p.rateA)} and ${whole(p.rateB)}\u00a0s⁻¹ at ${sig(p.temperatureC, 4)}\u00a0°C`,
  'reactor.choice.residenceTime': 'Residence time',
  'reactor.choice.stericRadius': 'Steric radius',
  'reactor.choice.sites': (p: { sites: number }) => `${sig(p.sites)} sites`,

  // Recipe panel.
  'reactor.recipe.heading': 'Recipe',
  'reactor.recipe.temperature': 'Temperature',
  'reactor.recipe.range': (p: { min: number; max: number; unit: string }) =>
    `from ${sig(p.min, 4)} to ${sig(p.max, 4)} ${p.unit}`,
  'reactor.recipe.window': (p: { min: number; max: number }) => `Window ${sig(p.min, 4)}–${sig(p.max, 4)}\u00a0°C`,
  'reactor.recipe.modelChoice': 'model choice',
  // Follows the window and its tag, so it opens with the full stop that ends them.
  'reactor.recipe.tryThis': '. Try a 0.002 s pulse (under-dose), a 2 s pulse (no gain: self-limiting), a 1 s purge (CVD).',

  // Charts.
  'reactor.chart.thicknessTitle': 'Film thickness vs cycle',
  'reactor.chart.cycle': 'Cycle',
  'reactor.chart.thicknessNm': 'Thickness (nm)',
  'reactor.chart.simulated': 'Simulated film',
  'reactor.chart.sumPublished': "Sum of each cycle's published GPC",
  'reactor.chart.nTimesPublished': (p: { gpcA: number }) => `N × published GPC (${fixed(p.gpcA, 1)}\u00a0Å)`,
  'reactor.chart.saturationTitle': 'GPC vs pulse A time',
  'reactor.chart.pulseATime': 'Pulse A time (s)',
  'reactor.chart.gpcA': 'GPC (Å/cycle)',
  'reactor.chart.expected': 'Expected GPC (steady state)',
  'reactor.chart.published': 'Published GPC',
  'reactor.chart.yourRecipe': 'Your recipe',

  // Sequence panel: blocks, presets, layers, composition, plating a grown film.
  'reactor.sequence.heading': 'Sequence',
  'reactor.sequence.preset': 'Film of the review',
  'reactor.sequence.presetCustom': 'Your own recipe',
  'reactor.sequence.preset.tio2-5nm': '5 nm TiO2 (Oyakhire 2020)',
  'reactor.sequence.preset.las11-50nm': '50 nm LAS 1:1 (Cao 2016)',
  'reactor.sequence.preset.las14-50nm': '50 nm LAS 1:4 (Meng 2019)',
  'reactor.sequence.preset.mld-on-ald': '50 MLD alucone over 50 ALD Al2O3',
  'reactor.sequence.preset.ald-on-mld': '50 ALD Al2O3 over 50 MLD alucone',
  'reactor.sequence.text': 'Blocks, in growth order',
  'reactor.sequence.apply': 'Grow this sequence',
  'reactor.sequence.help':
    'Write each block as process*cycles, separated by commas; a supercycle is its blocks in brackets times its repeats, ' +
    'e.g. (li2s*1,al2s3*4)*25. Leave it empty to grow the selected process alone. One recipe serves every block.',
  'reactor.sequence.position': (p: { block: number; blocks: number; process: string; cycle: number; cycles: number }) =>
    `Block ${whole(p.block)} of ${whole(p.blocks)}: ${p.process}, cycle ${whole(p.cycle)}` +
    (Number.isFinite(p.cycles) ? ` of ${whole(p.cycles)}` : ''),
  'reactor.sequence.nowGrowing': (p: { block: number; blocks: number; process: string }) =>
    `Now growing block ${whole(p.block)} of ${whole(p.blocks)}: ${p.process}.`,
  'reactor.sequence.complete': (p: { blocks: number }) => `Sequence complete: all ${whole(p.blocks)} blocks grown.`,
  'reactor.sequence.growRest': 'Grow the rest of the sequence',
  'reactor.sequence.layersCaption': 'Layers of the film as grown, measured on the film',
  'reactor.sequence.layer': 'Layer',
  'reactor.sequence.cycles': 'Cycles',
  'reactor.sequence.thickness': 'Measured',
  'reactor.sequence.composition': 'Composition (atoms, from what was deposited):',
  'reactor.sequence.noComposition': 'not available: a process of this film has no published density and stoichiometry in the data',
  'reactor.sequence.film': (p: { coating: string }) => `${p.coating} film`,
  'reactor.plate.button': 'Plate Li on this film',
  'reactor.plate.will.tio2': (p: { nm: number }) => `Opens the Plating lab: bare Cu beside ${whole(p.nm)} nm TiO2 on Cu.`,
  'reactor.plate.will.las11': (p: { nm: number }) => `Opens the Plating lab: bare Cu beside ${whole(p.nm)} nm LAS 1:1 on Cu.`,
  'reactor.plate.will.las14': (p: { nm: number }) => `Opens the Plating lab: bare Cu beside ${whole(p.nm)} nm LAS 1:4 on Cu.`,
  'reactor.plate.clampedHint': (p: { measured: string; used: number }) =>
    `The film measures ${p.measured} nm; the Plating lab models ${whole(p.used)} nm, the nearest thickness in its range.`,
  'reactor.plate.clamped': (p: { measured: string; used: number }) =>
    `Plate Li on this film: the film measures ${p.measured} nm, outside the Plating lab's range; it uses ${whole(p.used)} nm.`,
  'reactor.plate.notModelled':
    'The Plating lab models TiO2 and LAS (1:1 or 1:4) on Cu; films of other materials cannot be plated there yet.',
};
