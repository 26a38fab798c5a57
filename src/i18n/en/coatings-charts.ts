import { published as num } from '../format.ts';


/**
 * Words of the Coatings screen's figures (results plots, limits, pathways). Keys start with
 * "coatingsCharts.". Coating names come from coatingsData, method and pathway names from coatings.
 */
export const coatingsCharts = {
  // Units as shown beside a number.
  'coatingsCharts.unit.h': 'h',
  'coatingsCharts.unit.cycles': 'cycles',
  'coatingsCharts.unit.percent': '%',
  'coatingsCharts.unit.sPerCm': 'S/cm',
  'coatingsCharts.unit.gpa': 'GPa',
  'coatingsCharts.unit.mv': 'mV',
  'coatingsCharts.unit.nm': 'nm',
  'coatingsCharts.unit.mAhPerCm2': 'mAh/cm²',
  'coatingsCharts.unit.mAPerCm2': 'mA/cm²',
  'coatingsCharts.unit.ohmCm2': 'Ω·cm²',
  'coatingsCharts.unit.min': 'min',
  'coatingsCharts.unit.celsius': '°C',

  // A number with its unit: as drawn (symbols) and as read aloud (words).
  'coatingsCharts.value.exact': (p: { value: number; unit: string }) => `${num(p.value)} ${p.unit}`,
  'coatingsCharts.value.above': (p: { value: number; unit: string }) => `> ${num(p.value)} ${p.unit}`,
  'coatingsCharts.value.below': (p: { value: number; unit: string }) => `< ${num(p.value)} ${p.unit}`,
  'coatingsCharts.value.about': (p: { value: number; unit: string }) => `~${num(p.value)} ${p.unit}`,
  'coatingsCharts.spoken.above': (p: { value: number; unit: string }) => `more than ${num(p.value)} ${p.unit}`,
  'coatingsCharts.spoken.below': (p: { value: number; unit: string }) => `less than ${num(p.value)} ${p.unit}`,
  'coatingsCharts.spoken.about': (p: { value: number; unit: string }) => `about ${num(p.value)} ${p.unit}`,
  'coatingsCharts.thickness.one': (p: { value: number }) => `${num(p.value)} nm thick`,
  'coatingsCharts.thickness.range': (p: { from: number; to: number }) => `${num(p.from)}–${num(p.to)} nm thick`,

  // The conditions of a measurement.
  'coatingsCharts.conditions.cell': (p: { cell: string }) => `${p.cell} cell`,
  'coatingsCharts.conditions.film': 'measured on a film',
  'coatingsCharts.conditions.bulk': 'bulk crystal',
  'coatingsCharts.conditions.air': 'foil kept in air',
  'coatingsCharts.conditions.noCell': 'cell not given',
  'coatingsCharts.conditions.current': (p: { value: number }) => `${num(p.value)} mA/cm²`,
  'coatingsCharts.conditions.noCurrent': 'current not given',
  'coatingsCharts.conditions.capacity': (p: { value: number }) => `${num(p.value)} mAh/cm²`,
  'coatingsCharts.conditions.noCapacity': 'capacity not given',
  'coatingsCharts.conditions.electrolyte': (p: { electrolyte: string }) => `electrolyte ${p.electrolyte}`,
  'coatingsCharts.conditions.noElectrolyte': 'electrolyte not given',
  'coatingsCharts.listSeparator': ', ',
  'coatingsCharts.sentenceSeparator': '; ',

  // A point: its accessible name and its tooltip.
  'coatingsCharts.point.value': (p: { coating: string; value: string }) => `${p.coating}: ${p.value}`,
  'coatingsCharts.point.reference': (p: { label: string; value: string }) => `${p.label} in the same study: ${p.value}`,
  'coatingsCharts.point.referenceOf': (p: { label: string; coating: string; value: string }) =>
    `${p.label}, the uncoated reference in the study of ${p.coating}: ${p.value}`,
  'coatingsCharts.point.source': (p: { citation: string }) => `source: ${p.citation}`,
  'coatingsCharts.point.opens': 'opens the source in a new tab',

  // What every results figure says about itself.
  'coatingsCharts.caveat':
    'The studies differ in current density, capacity and electrolyte: each point shows its own conditions ' +
    '(hover or focus it). Compare them as published results, not as one experiment.',
  'coatingsCharts.empty': 'No coating in the current selection reports this.',
  'coatingsCharts.unplaced': (p: { names: string }) => `Not drawn, because the study gives no thickness: ${p.names}.`,
  'coatingsCharts.column.coating': 'Coating',
  'coatingsCharts.column.method': 'Method',
  'coatingsCharts.column.value': 'Value',
  'coatingsCharts.column.reference': 'Uncoated reference',
  'coatingsCharts.column.thickness': 'Thickness',
  'coatingsCharts.column.conditions': 'Conditions',
  'coatingsCharts.column.source': 'Source',
  'coatingsCharts.column.item': 'Item',
  'coatingsCharts.legend.bound': 'lower bound: still working when the test ended',
  'coatingsCharts.legend.reference': 'uncoated reference of the same study',
  'coatingsCharts.legend.range': 'thickness range',
  'coatingsCharts.summary.count': (p: { n: number }) => (p.n === 1 ? '1 result.' : `${p.n} results.`),

  // Lifetime against thickness.
  'coatingsCharts.lifetime.title': 'Li‖Li cell lifetime against coating thickness',
  'coatingsCharts.lifetime.x': 'Coating thickness (nm, log scale)',
  'coatingsCharts.lifetime.y': 'Li‖Li cell lifetime (h, log scale)',
  'coatingsCharts.lifetime.caption':
    'Each marker is one published symmetric-cell test, placed at its coating’s thickness; a bar spans a ' +
    'thickness range. An open marker with an arrow is a lower bound: the cell was still cycling when the test ' +
    'ended. The diamonds at the left edge are bare Li in the same study, joined to the coating they were tested ' +
    'against. Both axes are logarithmic, because thicknesses and lifetimes each span more than a factor of ten. ' +
    'Select a point to open its source.',

  // Coulombic efficiency.
  'coatingsCharts.efficiency.title': 'Coulombic efficiency, coated against uncoated',
  'coatingsCharts.efficiency.x': 'Coulombic efficiency (%)',
  'coatingsCharts.efficiency.caption':
    'One row per study that reports a Coulombic efficiency: the coated electrode (by method) and, where the ' +
    'study gives one, its uncoated reference (diamond), joined by a line. The axis starts well above 0 %, because ' +
    'the differences that decide a cell’s life are a few per cent. Select a point to open its source.',

  // Air stability.
  'coatingsCharts.air.title': 'How long Li lasts in air',
  'coatingsCharts.air.x': 'Time in air before the Li surface degrades (min, log scale)',
  'coatingsCharts.air.band': (p: { from: number; to: number }) => `bare Li blackens in ${num(p.from)}–${num(p.to)} min`,
  'coatingsCharts.air.bandName': (p: { from: number; to: number; citation: string }) =>
    `Bare Li turns black in air within ${num(p.from)} to ${num(p.to)} minutes; source: ${p.citation}`,
  'coatingsCharts.air.coatedBand': 'ALD-coated Li: up to tens of hours (the review’s summary)',
  'coatingsCharts.air.coatedBandName': (p: { citation: string }) =>
    `ALD-coated Li lasts up to several tens of hours in air, longer with a thicker coating; drawn from where bare Li fails, fading out between 20 and 100 hours, ` +
    `a summary of several studies rather than one measurement; source: ${p.citation}`,
  'coatingsCharts.air.noStudies': 'No study in the current selection gives its own time in air: the bands are the review’s summary.',
  'coatingsCharts.air.hour': '1 h',
  'coatingsCharts.air.day': '1 day',
  'coatingsCharts.air.caption':
    'The first band is bare Li, which blackens in air within minutes. The second is the review’s summary for ' +
    'ALD-coated Li, "up to several tens of hours" depending on thickness: only an upper reach is given, and no single ' +
    'number, so the band starts where bare Li fails and fades out between 20 and 100 h. Any marker is one study’s coated foil. The axis is minutes on a log scale. Select a band or point to open its source.',

  // The two physical limits.
  'coatingsCharts.limits.title': 'Two physical limits',
  'coatingsCharts.limits.modulus.title': '(a) Stiff enough? Shear modulus against the Monroe–Newman criterion',
  'coatingsCharts.limits.modulus.x': 'Shear modulus (GPa, log scale)',
  'coatingsCharts.limits.modulus.li': 'Li metal',
  'coatingsCharts.limits.modulus.line': (p: { li: number; line: number }) => `Monroe–Newman: 2 × ${num(p.li)} = ${num(p.line)} GPa`,
  'coatingsCharts.limits.modulus.liName': (p: { value: number; citation: string }) =>
    `Li metal, shear modulus ${num(p.value)} GPa; source: ${p.citation}`,
  'coatingsCharts.limits.modulus.lineName': (p: { li: number; line: number; citation: string }) =>
    `Monroe–Newman criterion: a shear modulus above twice Li’s ${num(p.li)} GPa, that is above ${num(p.line)} GPa, ` +
    `stops dendrite nucleation; source: ${p.citation}`,
  'coatingsCharts.limits.modulus.caveat':
    'Caveat: the criterion was derived for a bulk separator pressed on Li. A film a few nanometres thick is not one, ' +
    'so clearing the line does not by itself mean the film stops dendrites.',
  'coatingsCharts.limits.modulus.ratio': (p: { ratio: number }) => `${num(p.ratio)} × the criterion`,
  'coatingsCharts.limits.temperature.title': '(b) Cool enough? Process temperature against Li’s melting point',
  'coatingsCharts.limits.temperature.x': 'Process temperature (°C)',
  'coatingsCharts.limits.temperature.melting': (p: { value: number }) => `Li melts at ~${num(p.value)} °C`,
  'coatingsCharts.limits.temperature.practice': (p: { value: number }) => `≤ ${num(p.value)} °C: the practice for coating Li`,
  'coatingsCharts.limits.temperature.meltingName': (p: { value: number; citation: string }) =>
    `Li melts at about ${num(p.value)} °C: a coating process on Li must stay below it; source: ${p.citation}`,
  'coatingsCharts.limits.temperature.practiceName': (p: { value: number; citation: string }) =>
    `ALD and MLD on Li are run at ${num(p.value)} °C or below; source: ${p.citation}`,
  'coatingsCharts.limits.temperature.onLi': 'made on Li',
  'coatingsCharts.limits.temperature.offLi': 'made on Cu or a host (the Li limit does not apply)',
  'coatingsCharts.limits.temperature.none': 'No coating in the current selection has a known process temperature.',
  'coatingsCharts.limits.caption':
    'Two limits drawn as lines. (a) Monroe and Newman found that an interphase at least twice as stiff in shear as ' +
    'Li (2 × 4.25 = 8.5 GPa) stops dendrites from nucleating; ALD LiF is far above it, but the criterion is for a bulk ' +
    'layer. (b) Li melts at about 180 °C, so a coating on Li must be made below that, and in practice at 150 °C or less; ' +
    'a coating made on Cu or a host is not bound by it. Select a point to open its source.',
  'coatingsCharts.limits.summaryModulus': (p: { n: number }) =>
    p.n === 1 ? 'Panel (a): 1 modulus result against Li and the criterion.' : `Panel (a): ${p.n} modulus results against Li and the criterion.`,
  'coatingsCharts.limits.summaryTemperature': (p: { n: number }) =>
    p.n === 1 ? 'Panel (b): 1 process temperature.' : `Panel (b): ${p.n} process temperatures.`,

  // The three pathways.
  'coatingsCharts.pathways.title': 'Three ways to use an ALD or MLD coating',
  'coatingsCharts.pathways.mechanism': 'How it helps',
  'coatingsCharts.pathways.examples': 'Examples',
  'coatingsCharts.pathways.noExamples': 'None in the current selection.',
  'coatingsCharts.pathways.coating-on-li.mechanism':
    'The film seals the Li surface: the electrolyte no longer reacts with Li to grow SEI, and the film holds dendrites down.',
  'coatingsCharts.pathways.current-collector.mechanism':
    'A lithiophilic film lowers the barrier for Li to nucleate, so Li nucleates evenly and grows as fewer, larger, denser deposits.',
  'coatingsCharts.pathways.3d-host.mechanism':
    'A large internal surface lowers the local current density and keeps the Li inside the skeleton; the coating makes the host lithiophilic.',
  'coatingsCharts.pathways.coating-on-li.schematic': 'Drawing: a thin coating on top of a Li metal foil, facing the electrolyte.',
  'coatingsCharts.pathways.current-collector.schematic': 'Drawing: a thin coating on a Cu foil, with Li plated on top of the coating.',
  'coatingsCharts.pathways.3d-host.schematic': 'Drawing: a porous host skeleton whose fibres are coated, with Li filling the spaces between them.',
  'coatingsCharts.pathways.label.li': 'Li metal',
  'coatingsCharts.pathways.label.coating': 'coating',
  'coatingsCharts.pathways.label.cu': 'Cu foil',
  'coatingsCharts.pathways.label.plated': 'plated Li',
  'coatingsCharts.pathways.label.electrolyte': 'electrolyte',
  'coatingsCharts.pathways.label.host': 'coated fibres',
  'coatingsCharts.pathways.label.confined': 'Li inside',
};
