import { PROPERTIES, type CoatingData, type CoatingResultData, type PropertyEvidenceData, type SourceEntry } from '../catalogue/coating-types.ts';

/**
 * A small hand-made catalogue for the figures' unit tests, written against the data types so
 * the point builders can be tested without the shipped data. The numbers echo published ones
 * only so the tests read naturally; the tests on the shipped catalogue are in catalogue-points.test.ts.
 */
const notReported: PropertyEvidenceData = { rating: 'not reported', source: null };
const properties = Object.fromEntries(PROPERTIES.map((p) => [p, notReported])) as CoatingData['properties'];
const noSimulation: CoatingData['simulation'] = { grow: null, growReason: 'not-modelled', plate: null, plateReason: 'coats-li' };
const conditions = { cell: 'Li‖Li', currentMAcm2: 1, capacityMAhcm2: 1, electrolyte: '1 M LiPF6 in EC/DEC' };

function coating(id: string, over: Partial<CoatingData>, results: CoatingResultData[]): CoatingData {
  return {
    id, method: 'ald', pathway: 'coating-on-li', material: 'X', thicknessNm: null, processTemperatureC: null,
    hasFate: false, results, properties, simulation: noSimulation, ...over,
  };
}

export const FIXTURE_SOURCES: Record<string, SourceEntry> = {
  a2018: { authors: 'A et al.', journal: 'J. A', year: 2018, reviewRef: 1 },
  b2019: { authors: 'B et al.', journal: 'J. B', year: 2019, doi: '10.1/b' },
};

export const FIXTURE_COATINGS: CoatingData[] = [
  coating('mld-thin', { method: 'mld', thicknessNm: 6, processTemperatureC: 150 }, [
    { id: 'life', quantity: 'symmetricLifetime', value: 200, bound: '>', unit: 'h', comparedWith: { label: 'bare-li', value: 158, unit: 'h' }, conditions, source: 'a2018' },
    { id: 'air', quantity: 'airStability', value: 2, unit: 'h', comparedWith: { label: 'bare-li', value: 3, unit: 'min' }, conditions: { cell: 'air', currentMAcm2: null, capacityMAhcm2: null, electrolyte: null }, source: 'a2018' },
  ]),
  coating('ald-range', { thicknessNm: [25, 50], pathway: 'current-collector', processTemperatureC: 200 }, [
    { id: 'life', quantity: 'symmetricLifetime', value: 500, unit: 'h', comparedWith: null, conditions, source: 'b2019' },
    { id: 'ce', quantity: 'coulombicEfficiency', value: 99.8, unit: '%', comparedWith: { label: 'bare-cu', value: 92, unit: '%' }, conditions, source: 'b2019' },
    { id: 'cycles', quantity: 'symmetricLifetime', value: 300, unit: 'cycles', comparedWith: null, conditions, source: 'b2019' },
  ]),
  coating('hybrid-none', { method: 'hybrid', thicknessNm: null, processTemperatureC: null }, [
    { id: 'life', quantity: 'symmetricLifetime', value: 1000, bound: '>', unit: 'h', comparedWith: null, conditions, source: 'a2018' },
  ]),
  coating('ald-lif', { thicknessNm: 8, processTemperatureC: 150, pathway: '3d-host' }, [
    { id: 'g-nano', quantity: 'shearModulus', value: 58, unit: 'GPa', comparedWith: null, conditions: { cell: 'film', currentMAcm2: null, capacityMAhcm2: null, electrolyte: null }, source: 'b2019' },
    { id: 'finding', quantity: 'finding', value: null, unit: null, comparedWith: null, conditions, source: 'b2019' },
    { id: 'ce', quantity: 'coulombicEfficiency', value: 96, unit: '%', comparedWith: null, conditions, source: 'b2019' },
  ]),
];
