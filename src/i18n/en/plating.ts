import { percent, sig, whole } from '../format.ts';

/** Words of the Plating lab. Keys start with "plating.". */
export const plating = {
  // Run controls, status and announcements.
  'plating.status.idle': 'Ready',
  'plating.status.running': 'Plating…',
  'plating.status.paused': 'Paused',
  'plating.status.done': 'Done',
  'plating.run.step': (p: { share: number }) => `Step ▸ ${percent(p.share)}`,
  'plating.run.restart': 'Restart run',
  'plating.run.toEnd': 'Run to end',
  'plating.run.cancel': 'Cancel',
  'plating.run.progress': (p: { share: number }) => `${percent(p.share)} of the set capacity`,
  'plating.announce.finished': 'Plating finished on every substrate. Results are in the table.',
  'plating.announce.stopped': 'The run was stopped before the end.',

  // One column per substrate, and the single 3D view.
  'plating.view.topViewOf': (p: { label: string }) => `${p.label}: top view`,
  'plating.view.sectionOf': (p: { label: string }) => `${p.label}: cross-section`,
  'plating.view.deposit3dOf': (p: { label: string }) => `${p.label}: 3D deposit`,
  'plating.panel.tabs': 'Plating lab panels',
  'plating.panel.setup': 'Setup',
  'plating.panel.3d': '3D',
  'plating.panel.charts': 'Charts',
  'plating.panel.results': 'Results',
  'plating.panel.snapshots': 'Snapshots',
  'plating.panel.model': 'Model',
  'plating.panel.hide': 'Hide panel',
  'plating.three.heading': 'Deposit in 3D',
  'plating.three.pick': 'Substrate',
  'plating.three.hint': 'Drag or use the arrow keys to turn it; + and − zoom.',

  // Setup panel.
  'plating.setup.heading': 'Compare substrates',
  'plating.setup.presets': 'Presets',
  'plating.setup.presetsLead': 'Presets:',
  'plating.preset.oyakhire2020': 'Oyakhire 2020',
  'plating.preset.oyakhire2020.hint': 'Bare Cu against 1, 5 and 10 nm TiO₂ at 1 mA/cm²',
  'plating.preset.cao2016': 'Cao 2016',
  'plating.preset.cao2016.hint': 'Bare Cu against 50 nm LAS 1:1 and 1:4',
  'plating.preset.dendrites': 'Dendrites',
  'plating.preset.dendrites.hint': 'A high current that passes Sand’s time',
  'plating.setup.substrates': 'Substrates',
  'plating.setup.add': '+ Add substrate',
  'plating.setup.current': 'Current density (mA/cm²)',
  'plating.setup.capacity': 'Capacity (mAh/cm²)',
  'plating.setup.seed': 'Random seed',
  'plating.setup.cycles': 'Plate–strip cycles',
  'plating.setup.cyclesHint': (p: { max: number }) => `0 plates once; up to ${p.max}`,
  'plating.slot.title': (p: { n: number }) => `Substrate ${p.n}`,
  'plating.slot.kind': (p: { n: number }) => `Substrate ${p.n} kind`,
  'plating.slot.thickness': 'Thickness (nm)',
  'plating.slot.tio2Presets': (p: { n: number }) => `Substrate ${p.n} TiO₂ presets`,
  'plating.slot.parameters': 'Parameters',
  'plating.slot.parametersFor': (p: { n: number }) => `Parameters and sources for substrate ${p.n}`,
  'plating.slot.remove': 'Remove',
  'plating.slot.removeFor': (p: { n: number }) => `Remove substrate ${p.n}`,
  'plating.kind.tio2': 'TiO₂ on Cu',
  'plating.kind.las11': 'LAS 1:1 on Cu',
  'plating.kind.las14': 'LAS 1:4 on Cu',

  // Parameters dialog.
  'plating.params.heading': 'Model parameters',
  'plating.params.headingFor': (p: { label: string }) => `Model parameters: ${p.label}`,
  'plating.params.close': 'Close',
  'plating.params.intro':
    'A “published” value comes from the paper named beside it; a “model choice” is a value this simulation had to pick, with the reason.',
  'plating.params.caption': (p: { label: string }) => `Model parameters for ${p.label}`,
  'plating.params.colParameter': 'Parameter',
  'plating.params.colValue': 'Value',
  'plating.params.colKind': 'Kind',
  'plating.params.colSource': 'Source or reason',
  'plating.params.modelChoice': 'model choice',
  'plating.params.published': 'published',
  'plating.source.via': (p: { via: string }) => `via ${p.via}`,

  // Results table.
  'plating.results.heading': 'Results',
  'plating.results.export': 'Export CSV',
  'plating.results.empty': 'No results yet.',
  'plating.results.colResult': 'Result',
  'plating.results.none': 'none',
  'plating.results.published': (p: { value: string; source: string }) => `published ${p.value} (${p.source})`,
  'plating.results.publishedIn': (p: { value: string; electrolyte: string; source: string }) =>
    `published ${p.value} in ${p.electrolyte} (${p.source})`,
  'plating.results.sources': 'Sources',
  'plating.result.nucleationOverpotentialMV': 'Nucleation overpotential',
  'plating.result.plateauPotentialMV': 'Growth plateau vs Li/Li⁺',
  'plating.result.nucleiDensityPerCm2': 'Nuclei density',
  'plating.result.meanNucleusDiameterUm': 'Mean island diameter',
  'plating.result.exposedAreaRatio': 'Exposed area ratio',
  'plating.result.roughnessRel': 'Roughness (std / mean)',
  'plating.result.maxToMeanHeight': 'Max / mean height',
  'plating.result.nucleiCounted': 'Nuclei on the simulated patch',
  'plating.result.depositHeightUm': 'Deposit height',
  'plating.result.porosity': 'Porosity',
  'plating.result.depositThicknessUm': 'Thickness as dense Li',
  'plating.result.sandTimeS': 'Sand’s time',
  'plating.result.dendriteOnsetS': 'Dendrite onset',
  'plating.result.coulombicEfficiency': 'Coulombic efficiency (mean of the cycles)',
  'plating.result.deadLiMAhcm2': 'Dead Li',
  'plating.result.seiLossMAhcm2': 'Li bound in the SEI',

  // The note behind each result's name.
  'plating.note.title': (p: { name: string }) => `${p.name}.`,
  'plating.note.source': (p: { citation: string; about: string }) => `${p.citation} (${p.about})`,
  'plating.topic.tio2OnCu': 'ALD TiO₂ on Cu',
  'plating.topic.lasOnCu': 'ALD LixAlyS, “LAS”, on Cu',
  'plating.topic.nucleationOnCu': 'Li nucleation on Cu',
  'plating.topic.sand': 'Sand’s time and dendrite onset',
  'plating.topic.concentration': 'the concentration overpotential of a depleted binary salt',
  'plating.topic.faraday': 'Faraday’s law with the density and molar mass of Li',
  'plating.topic.deadLi': 'dead Li and SEI after stripping, measured by titration gas chromatography',
  'plating.note.plateauPotentialMV.meaning':
    'Once the nuclei grow, the potential settles on a plateau a little below 0 V: the push needed to move Li⁺ ' +
    'through the SEI, across the interface and through the salt-depleted electrolyte near the electrode. The ' +
    'nucleation overpotential is measured from this plateau, not from 0 V.',
  'plating.note.plateauPotentialMV.coating':
    'Most of the plateau is the SEI’s resistance and the depleted salt, the same on every substrate; a resistive ' +
    'coating such as LAS 1:1 adds its own ohmic drop. In the model the SEI resistance (20 Ω·cm²) is a chosen value, ' +
    'set so the plateau lies in the tens of mV that measured cells show at 1 mA/cm².',
  'plating.note.nucleationOverpotentialMV.meaning':
    'When plating starts, the potential first drops below the level it settles at: the cell has to push harder to ' +
    'create the first Li nuclei than to grow them afterwards. The depth of that dip, in mV, is the nucleation overpotential.',
  'plating.note.nucleationOverpotentialMV.coating':
    'Bare Cu is lithiophobic, so the dip is deep (129.5 mV in Oyakhire’s measurement). A thin ALD TiO₂ layer first ' +
    'takes up Li (the sloping part of the curve before the dip) and the lithiated oxide wets Li well, so the dip shrinks ' +
    '(20.2 mV at 5 nm). The two TiO₂ studies disagree on the best thickness: Oyakhire et al. found 5 nm best and the dip ' +
    'growing again at 10 nm, while Tan et al. tested 10, 20 and 30 nm and found 20 nm best. They used different ' +
    'electrolytes and cells, so treat “the best thickness” as an open question, not a constant.',
  'plating.note.nucleiDensityPerCm2.meaning': 'How many separate Li nuclei start per square centimetre of electrode.',
  'plating.note.nucleiDensityPerCm2.coating':
    'A larger overpotential makes many more nuclei: Pei et al. found the areal density rising roughly as the cube of the ' +
    'overpotential on Cu. A lithiophilic coating lowers the overpotential, so fewer nuclei form and each grows larger.',
  'plating.note.nucleiCounted.meaning':
    'How many nuclei formed on the simulated 51.2 × 51.2 µm patch: the sample the density above is counted from. ' +
    'A few dozen nuclei give a rough density; thousands give a precise one.',
  'plating.note.nucleiCounted.coating':
    'A lithiophilic coating makes far fewer nuclei, so its count is the smallest and its density the least certain.',
  'plating.note.meanNucleusDiameterUm.meaning': 'The average diameter of the Li islands seen from above, in µm.',
  'plating.note.meanNucleusDiameterUm.coating':
    'Pei et al. found nucleus size going roughly as one over the overpotential. On 5 nm TiO₂, Oyakhire et al. saw fewer, ' +
    'larger nuclei that merge and spread sideways, where bare Cu showed many small, isolated ones.',
  'plating.note.exposedAreaRatio.meaning':
    'The Li surface that touches the electrolyte, divided by the flat electrode area. Every bit of exposed Li grows ' +
    'SEI (the passivating film), which uses up Li and electrolyte.',
  'plating.note.exposedAreaRatio.coating':
    'Many small separate islands (bare Cu) expose much more surface than a few large, merged ones (TiO₂ or LAS coated Cu), ' +
    'which is one reason coated Cu cycles with a higher Coulombic efficiency.',
  'plating.note.roughnessRel.meaning':
    'How uneven the deposit is: the spread of its height divided by its mean height. 0 would be perfectly flat.',
  'plating.note.roughnessRel.coating':
    'Coatings that even out where Li lands (a resistive LAS 1:1 layer spreads the current; lithiophilic TiO₂ helps nuclei ' +
    'merge) give smoother, denser Li than bare Cu.',
  'plating.note.maxToMeanHeight.meaning':
    'The tallest point of the deposit divided by its mean height. Near 1 means a flat film; a large value means a few ' +
    'spikes stick out: the start of dendrites.',
  'plating.note.maxToMeanHeight.coating':
    'Cao et al. saw clear dendrites on bare Cu and none on 50 nm LAS-coated Cu after plating, in top-view and ' +
    'cross-section electron microscopy.',
  'plating.note.depositHeightUm.meaning':
    'The mean height of the deposit’s top surface, in µm, measured on the simulated deposit. Pores and branches make it ' +
    'taller than the same Li would be as a dense film.',
  'plating.note.depositHeightUm.coating':
    'Tan et al. found Li on 20 nm TiO₂-coated Cu denser than on bare Cu: the same charge stands less tall.',
  'plating.note.porosity.meaning':
    'The share of the deposit’s volume, below its top surface, that holds no Li (electrolyte fills it). 0 is dense Li. ' +
    'It is measured on the simulated deposit, never set: it follows from where each ion is reduced.',
  'plating.note.porosity.coating':
    'On bare Cu, Li does not wet the surface and grows on what sticks out, leaving pores under overhangs; on lithiated ' +
    'TiO₂ it spreads and fills in; under LAS it plates beneath the solid film as a dense layer. The model’s walk ' +
    'parameters are model choices, not fitted to measured porosities.',
  'plating.note.depositThicknessUm.meaning':
    'How thick the plated Li would be as a dense film, in µm: the deposit height times (1 − porosity). By Faraday’s law ' +
    '1 mAh/cm² of charge is about 4.85 µm of dense Li.',
  'plating.note.depositThicknessUm.coating':
    'The charge, and so the amount of Li, is the same on every substrate; coatings change how it is arranged.',
  'plating.note.sandTimeS.meaning':
    'At a high current, Li ions are used up at the electrode faster than diffusion brings them. Sand’s time is when their ' +
    'concentration at the surface reaches zero; it falls as one over the current squared. Below a limiting current it never comes (“none”).',
  'plating.note.sandTimeS.coating':
    'A coating does not change the electrolyte’s transport, so Sand’s time is the same on every substrate.',
  'plating.note.dendriteOnsetS.meaning':
    'When the model switches from mossy growth to fast tip growth (dendrites). “none” means it never did in this run.',
  'plating.note.dendriteOnsetS.coating':
    'After Sand’s time the growth runs to the tips. A resistive coating (LAS 1:1) weakens the pull towards tips and a ' +
    'conformal solid electrolyte (LAS 1:4) spreads Li out, so their deposits stay flatter.',

  'plating.note.coulombicEfficiency.meaning':
    'In each plate–strip cycle, the charge the cell gets back when it strips the Li, divided by the charge it put in. ' +
    '100% would mean every plated atom came back; set “Cycles” above 0 to measure it.',
  'plating.note.coulombicEfficiency.coating':
    'Coated Cu gives back more: Oyakhire et al. report 96% on average over 150 cycles at 1 mA/cm² for 5 nm TiO₂ (in an ' +
    'ether electrolyte), and Cao et al. longer, more efficient Li‖Cu cycling with LAS 1:1. Ether electrolytes with LiNO₃ ' +
    'give higher efficiencies than carbonates on every substrate, the review’s outlook points to the electrolyte as the ' +
    'partner of any coating, and this model has only the carbonate so far.',
  'plating.note.deadLiMAhcm2.meaning':
    'Li metal that lost its last contact with the electrode while stripping. It stays behind, wrapped in SEI, and can ' +
    'never be stripped again. Drawn in its own colour in the cross-section after stripping.',
  'plating.note.deadLiMAhcm2.coating':
    'Fang et al. measured, by titration gas chromatography, that this dead metal, not the Li bound in the SEI, is most of ' +
    'the Li lost on Cu, the more so the lower the efficiency. A dense deposit (TiO₂, LAS) dissolves evenly from its top ' +
    'and leaves little behind; a porous, branched one on bare Cu is cut off at its necks.',
  'plating.note.seiLossMAhcm2.meaning':
    'Li consumed by the solid-electrolyte interphase: a film of about 20 nm formed on every new Li surface that meets the ' +
    'electrolyte, each cycle, plus the charge of the first cycle’s sloping segment.',
  'plating.note.seiLossMAhcm2.coating':
    'It grows with the exposed area: many small nuclei and a porous deposit (bare Cu) expose far more Li than the dense ' +
    'film on TiO₂ or the Li under a LAS film.',

  // Snapshots panel.
  'plating.snapshots.heading': 'Top views while plating',
  'plating.snapshots.empty': 'No runs yet.',
  'plating.snapshots.notReached': 'not reached',
  'plating.snapshots.at': (p: { label: string; capacity: number }) => `${p.label}, ${sig(p.capacity)} mAh/cm²`,
  'plating.snapshots.strippedHeading': 'Cross-sections after stripping (dead Li in its own colour)',
  'plating.snapshots.afterStrip': (p: { cycle: number }) => `after strip ${p.cycle}`,
  'plating.snapshots.afterStripOf': (p: { label: string; cycle: number }) => `${p.label}, after strip ${p.cycle}`,

  // Model panel.
  'plating.model.heading': 'Model: what it simplifies',
  'plating.model.empty': 'No simplifications listed.',

  // Top view, cross-section and 3D view.
  'plating.view.noDeposit': 'No deposit yet',
  'plating.view.noDepositOf': (p: { name: string }) => `${p.name}: no deposit yet.`,
  'plating.view.png': 'PNG',
  'plating.topView.name': 'Top view',
  'plating.topView.describe': (p: { name: string; sizeUm: number; capacity: number; islands: number; covered: number }) =>
    `${p.name}, top view of a ${whole(p.sizeUm)} µm square at ${sig(p.capacity, 2)} mAh/cm²: ` +
    `${whole(p.islands)} Li island${p.islands === 1 ? '' : 's'} covering about ${percent(p.covered)} of the surface.`,
  'plating.topView.download': (p: { label: string }) => `Download top view of ${p.label} as PNG`,
  'plating.section.name': 'Cross-section',
  'plating.section.describe': (p: { name: string; widthUm: number; yUm: number; capacity: number; meanUm: number; maxUm: number; coating: string }) =>
    `${p.name}, cross-section ${whole(p.widthUm)} µm wide cut at y = ${sig(p.yUm, 3)} µm, at ${sig(p.capacity, 2)} mAh/cm²: ` +
    `Li deposit ${sig(p.meanUm, 2)} µm tall on average, highest point ${sig(p.maxUm, 2)} µm above the copper; dark gaps in the Li are pores.` +
    (p.coating ? ` ${p.coating}` : ''),
  'plating.section.describeStripped': (p: { name: string; widthUm: number; yUm: number; cycle: number; maxUm: number; deadUm: number }) =>
    `${p.name}, cross-section ${whole(p.widthUm)} µm wide cut at y = ${sig(p.yUm, 3)} µm, after stripping in cycle ${p.cycle}: ` +
    `dead Li, cut off from the copper, is left, as much as a dense layer ${sig(p.deadUm, 2)} µm thick, reaching up to ${sig(p.maxUm, 2)} µm.`,
  'plating.section.slice': 'Slice position y',
  'plating.section.sliceAt': (p: { yUm: number }) => `cut at y = ${sig(p.yUm, 3)} µm`,
  'plating.section.coatingShown': (p: { coating: string }) => `The ${p.coating} layer shows as a line of coloured cells.`,
  'plating.section.magnifyNext': (p: { times: number; next: number }) => `×${p.times} magnification of the cross-section; press for ×${p.next}`,
  'plating.section.download': (p: { label: string }) => `Download cross-section of ${p.label} as PNG`,
  'plating.section.electrolyte': 'electrolyte',
  'plating.section.deadLi': 'dead Li',
  'plating.section.coating': 'coating',
  'plating.view3d.name': 'Deposit',
  'plating.view3d.empty': (p: { name: string }) => `${p.name}: 3D height map, no deposit yet.`,
  'plating.view3d.describe': (p: { name: string; sizeUm: number; maxUm: number; meanUm: number; scale: string }) =>
    `${p.name}, 3D height map of a ${whole(p.sizeUm)} µm square: highest point ${sig(p.maxUm, 2)} µm, ` +
    `mean ${sig(p.meanUm, 2)} µm, ${p.scale}. Drag, or use the arrow keys, to turn it; plus and minus zoom.`,
  'plating.view3d.exaggerated': (p: { times: number }) => `heights drawn ${whole(p.times)} times taller`,
  'plating.view3d.toScale': 'drawn to scale',
  'plating.view3d.heightsNote': (p: { times: number }) => `heights ×${whole(p.times)}`,
  'plating.view3d.reset': 'Reset view',
  'plating.view3d.download': (p: { label: string }) => `Download 3D view of ${p.label} as PNG`,

  // Charts.
  'plating.charts.capacityScale': 'Capacity axis:',
  'plating.charts.log': 'Log',
  'plating.charts.linear': 'Linear',
  'plating.charts.potentialRange': 'Potential range:',
  'plating.charts.full': 'Full',
  'plating.charts.nearZero': 'Near 0 V',
  'plating.charts.potentialTitle': 'Potential vs plated capacity',
  'plating.charts.capacityAxis': 'capacity (mAh/cm²)',
  'plating.charts.potentialAxis': 'potential vs Li (mV)',
  'plating.charts.exposedTitle': 'Exposed area vs capacity',
  'plating.charts.exposedAxis': 'exposed area ratio',
  'plating.charts.ceTitle': 'Coulombic efficiency, cycle by cycle',
  'plating.charts.ceAxis': 'Coulombic efficiency (%)',
  'plating.charts.cycleAxis': 'cycle',
  'plating.charts.inactiveTitle': 'Inactive Li after each cycle: dead Li (solid) and SEI (dashed)',
  'plating.charts.inactiveAxis': 'inactive Li (mAh/cm²)',
  'plating.charts.deadLiOf': (p: { label: string }) => `${p.label}: dead Li`,
  'plating.charts.seiOf': (p: { label: string }) => `${p.label}: SEI`,
  'plating.charts.diametersAtEnd': 'Island diameters at the end',
  'plating.charts.diametersAt': (p: { capacity: number }) => `Island diameters at ${sig(p.capacity)} mAh/cm²`,
  'plating.charts.showDiameters': 'Show island diameters',
  'plating.charts.atEnd': 'at the end',
  'plating.charts.at': (p: { capacity: number }) => `at ${sig(p.capacity)} mAh/cm²`,
  'plating.charts.diameterAxis': 'diameter (µm)',
  'plating.charts.countAxis': 'count',
};
