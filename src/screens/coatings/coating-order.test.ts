import { describe, expect, it } from 'vitest';
import { PROPERTIES, type CoatingData, type CoatingResultData } from './catalogue/coating-types.ts';
import { sortCoatings, sortValue } from './coating-order.ts';
import { ALL, filteredCoatings } from './coatings-settings.ts';

const notReported = Object.fromEntries(PROPERTIES.map((p) => [p, { rating: 'not reported', source: null }])) as CoatingData['properties'];
const result = (quantity: CoatingResultData['quantity'], value: number): CoatingResultData => ({
  id: `${quantity}-${value}`,
  quantity,
  value,
  unit: 'h',
  comparedWith: null,
  conditions: { cell: null, currentMAcm2: null, capacityMAhcm2: null, electrolyte: null },
  source: 's',
});
const coating = (id: string, extra: Partial<CoatingData>): CoatingData => ({
  id,
  method: 'ald',
  pathway: 'coating-on-li',
  material: 'X',
  thicknessNm: null,
  processTemperatureC: null,
  hasFate: false,
  results: [],
  properties: notReported,
  simulation: { grow: null, growReason: 'not-modelled', plate: null, plateReason: 'coats-li' },
  ...extra,
});

const a = coating('a', { thicknessNm: [25, 50], results: [result('symmetricLifetime', 200), result('symmetricLifetime', 900)] });
const b = coating('b', { thicknessNm: 6, method: 'mld', results: [result('nucleationOverpotential', 20), result('nucleationOverpotential', 60)] });
const c = coating('c', { thicknessNm: 70, pathway: 'current-collector', results: [result('symmetricLifetime', 4000)] });
const names: Record<string, string> = { a: 'Zinc', b: 'Alpha', c: 'Mid' };
const order = (key: Parameters<typeof sortCoatings>[1]) => sortCoatings([a, b, c], key, (x) => names[x.id]!, 'en').map((x) => x.id);

describe('the coatings list order', () => {
  it('sorts by the name shown, in the locale collation', () => expect(order('name')).toEqual(['b', 'c', 'a']));
  it('puts the longest lifetime first, by the best result of each coating, and coatings without one last', () => {
    expect(sortValue(a, 'symmetricLifetime')).toBe(900);
    expect(order('symmetricLifetime')).toEqual(['c', 'a', 'b']);
  });
  it('puts the lowest overpotential first (lower is better there)', () => {
    expect(sortValue(b, 'nucleationOverpotential')).toBe(20);
    // c and a report none: after b, by name (Mid, Zinc).
    expect(order('nucleationOverpotential')).toEqual(['b', 'c', 'a']);
  });
  it('sorts a thickness range by its upper end, thinnest first', () => expect(order('thicknessNm')).toEqual(['b', 'a', 'c']));
  it('filters by method and pathway together', () => {
    expect(filteredCoatings([a, b, c], ALL, 'mld').map((x) => x.id)).toEqual(['b']);
    expect(filteredCoatings([a, b, c], 'coating-on-li', 'ald').map((x) => x.id)).toEqual(['a']);
    expect(filteredCoatings([a, b, c], ALL, ALL)).toHaveLength(3);
  });
});
