import { describe, expect, it } from 'vitest';
import { COATINGS, SOURCES } from '../catalogue/catalogue.ts';
import { airRows } from './air-points.ts';
import { efficiencyRows } from './efficiency-points.ts';
import { lifetimeCsv } from './figure-csv.ts';
import { lifetimeFigure } from './lifetime-points.ts';
import { modulusPoints, temperaturePoints } from './limits-points.ts';
import { pathwayExamples } from './pathways-points.ts';
import { coatingName, conditionsText, sourceLink } from './point-words.ts';

/** The figures' point builders on the shipped catalogue: what a student will see. */
describe('figures on the shipped catalogue', () => {
  const lifetime = lifetimeFigure(COATINGS);

  it('lifetime: MLD alucone 6 nm survives > 200 h where bare Li fails at ~158 h (Chen et al., ACS Appl. Mater. Interfaces 2018)', () => {
    const alucone = lifetime.points.find((p) => p.coatingId === 'mld-alucone-chen2018');
    expect(alucone).toMatchObject({ method: 'mld', thicknessNm: 6, value: 200, bound: '>', referenceH: 158 });
  });

  it('lifetime: the long-lived lithicones and polyurea are on it as lower bounds', () => {
    const bounds = Object.fromEntries(lifetime.points.filter((p) => p.bound === '>').map((p) => [p.coatingId, p.value]));
    expect(bounds).toMatchObject({ 'mld-polyurea': 1000, 'mld-ligl': 10000, 'mld-litea': 4000 });
  });

  it('every plotted or unplaced point belongs to a shipped coating, and none is both', () => {
    const ids = new Set(COATINGS.map((c) => c.id));
    for (const p of lifetime.points) expect(ids.has(p.coatingId)).toBe(true);
    for (const id of lifetime.unplaced) expect(lifetime.points.some((p) => p.coatingId === id)).toBe(false);
  });

  it('every point of every figure cites a source that exists, and has an English name and conditions', () => {
    const points = [...lifetime.points, ...efficiencyRows(COATINGS), ...airRows(COATINGS), ...modulusPoints(COATINGS)];
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      expect(SOURCES[p.sourceId], p.key).toBeDefined();
      expect(sourceLink(SOURCES, p.sourceId).href).toMatch(/^https:\/\/doi\.org\/10\./);
      expect(coatingName(p.coatingId), p.key).not.toMatch(/^coatingsData\./);
      expect(conditionsText(p.conditions).length).toBeGreaterThan(0);
    }
  });

  it('the modulus panel shows LiF’s nanoindentation 58 GPa and bulk 55 GPa, both far above 8.5 GPa', () => {
    const lif = modulusPoints(COATINGS).filter((p) => p.coatingId === 'ald-lif').map((p) => p.value).sort();
    expect(lif).toEqual([55, 58]);
  });

  it('efficiency: Li3PO4-coated Li 99.8 % against bare Li’s 92 % in Li‖NCA (Niu et al., Ionics 2021)', () => {
    const row = efficiencyRows(COATINGS).find((r) => r.coatingId === 'ald-li3po4');
    expect(row).toMatchObject({ value: 99.8, referencePercent: 92 });
  });

  it('the temperature panel takes every coating with a known process temperature', () => {
    const known = COATINGS.filter((c) => c.processTemperatureC !== null).map((c) => c.id).sort();
    expect(temperaturePoints(COATINGS).map((p) => p.coatingId).sort()).toEqual(known);
  });

  it('each pathway has at least one example, and every coating is listed once', () => {
    const examples = pathwayExamples(COATINGS);
    for (const ids of Object.values(examples)) expect(ids.length).toBeGreaterThan(0);
    expect(Object.values(examples).flat().sort()).toEqual(COATINGS.map((c) => c.id).sort());
  });

  it('the lifetime CSV has one row per point shown', () => {
    const table = lifetimeCsv(lifetime.points, (id) => sourceLink(SOURCES, id));
    expect(table.rows).toHaveLength(lifetime.points.length);
  });
});
