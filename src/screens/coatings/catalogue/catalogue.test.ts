import { describe, expect, it } from 'vitest';
import { COATINGS, SOURCES } from './catalogue.ts';
import { loadCoatings } from './validate-coating.ts';
import sourcesFile from './data/sources.json';
import { PROCESSES } from '../../../../worker/ald/processes.ts';
import type { CoatingData, CoatingResultData } from './coating-types.ts';

const files = import.meta.glob<{ default: unknown }>('./data/coatings/*.json', { eager: true });

function result(coatingId: string, resultId: string): CoatingResultData {
  const c = COATINGS.find((x) => x.id === coatingId);
  const r = c?.results.find((x) => x.id === resultId);
  if (!r) throw new Error(`no result ${coatingId}/${resultId}`);
  return r;
}

describe('shipped coating files', () => {
  it('every file validates, and the app gets exactly the validated form (no field the validator would drop)', () => {
    expect(Object.keys(files).length).toBeGreaterThan(0);
    expect(COATINGS).toStrictEqual(loadCoatings(files, sourcesFile, PROCESSES.map((p) => p.id)));
    expect(SOURCES).toStrictEqual(sourcesFile);
  });

  it('holds every coating the review catalogues (issue 9, section 1)', () => {
    const ids = COATINGS.map((c) => c.id);
    for (const id of [
      'ald-al2o3', 'ald-zro2', 'ald-tio2-li', 'ald-tio2-cu', 'ald-lif', 'ald-li3po4', 'ald-las11', 'ald-las14', 'ald-las11-cu',
      'ald-zno-host', 'mld-alucone-chen2018', 'mld-alucone-zhao2018', 'mld-zircone', 'mld-polyurea', 'mld-ligl', 'mld-litea',
      'hybrid-bilayer', 'lif-hbn-cu',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('every source in sources.json is cited somewhere (no stray references)', () => {
    const cited = new Set(
      COATINGS.flatMap((c: CoatingData) => [
        ...c.results.map((r) => r.source),
        ...Object.values(c.properties).flatMap((p) => (p.source ? [p.source] : [])),
      ]),
    );
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('every coating on Li metal says why the Plating lab (Cu collectors) cannot plate on it, and every 3D host likewise', () => {
    for (const c of COATINGS) {
      if (c.pathway === '3d-host') expect(c.simulation.plateReason, c.id).toBe('3d-host');
      if (c.simulation.plate === null && c.pathway === 'coating-on-li') expect(c.simulation.plateReason, c.id).toBe('coats-li');
    }
  });
});

// Spot checks against the published numbers (Meng, Inorg. Chem. Front. 2024, and the primary
// sources named): a slip in a data file fails here, not only in a lecture.
describe('published numbers in the data', () => {
  it('Chen et al. 2018 (via the review): 6 nm alucone, coated Li‖Li > 200 h against bare Li ~158 h', () => {
    const r = result('mld-alucone-chen2018', 'lifetime');
    expect([r.value, r.bound, r.unit, r.comparedWith]).toEqual([200, '>', 'h', { label: 'bare-li', value: 158, unit: 'h' }]);
    expect(COATINGS.find((c) => c.id === 'mld-alucone-chen2018')!.thicknessNm).toBe(6);
  });

  it('Oyakhire et al. 2020: nucleation overpotential 129.5 mV on bare Cu, 20.2 mV on 5 nm TiO2 at 1 mA/cm²', () => {
    const r = result('ald-tio2-cu', 'overpotential');
    expect([r.value, r.unit, r.comparedWith?.value, r.conditions.currentMAcm2]).toEqual([20.2, 'mV', 129.5, 1]);
  });

  it('Chen et al. 2018 (LiF): 58 GPa by nanoindentation, 55 GPa bulk (Combes 1951), 1e-14 S/cm', () => {
    expect(result('ald-lif', 'modulus-film').value).toBe(58);
    expect(result('ald-lif', 'modulus-bulk')).toMatchObject({ value: 55, source: 'combes1951' });
    expect(result('ald-lif', 'conductivity').value).toBe(1e-14);
  });

  it('Cao et al. 2016 and Meng & Elam 2019: LAS 1:1 at 2.5e-7 S/cm, LAS 1:4 at 1e-3 S/cm with its caveat', () => {
    expect(result('ald-las11', 'conductivity').value).toBe(2.5e-7);
    expect(result('ald-las14', 'conductivity')).toMatchObject({ value: 1e-3, hasText: true, source: 'meng2019' });
  });

  it('Sun et al. 2019: polyurea Li‖Li > 1000 h at 1 mA/cm² and 1 mAh/cm², grown at 65 °C', () => {
    const r = result('mld-polyurea', 'lifetime');
    expect([r.value, r.bound, r.conditions.currentMAcm2, r.conditions.capacityMAhcm2]).toEqual([1000, '>', 1, 1]);
    expect(COATINGS.find((c) => c.id === 'mld-polyurea')!.processTemperatureC).toBe(65);
  });

  it('Wang et al. 2023: LiTEA > 10000 cycles (> 4000 h) at 5 mA/cm², 1 mAh/cm²', () => {
    expect(result('mld-litea', 'cycles')).toMatchObject({ value: 10000, bound: '>', conditions: { currentMAcm2: 5, capacityMAhcm2: 1 } });
    expect(result('mld-litea', 'lifetime')).toMatchObject({ value: 4000, bound: '>', unit: 'h' });
  });

  it('Niu et al. 2021: Li3PO4 Li‖NCA Coulombic efficiency 99.8 % against 92 % bare', () => {
    expect(result('ald-li3po4', 'ce-nca')).toMatchObject({ value: 99.8, comparedWith: { label: 'bare-li', value: 92, unit: '%' } });
  });
});
