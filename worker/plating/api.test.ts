import { SECTION_SLICES } from './section-slice.ts';
import { describe, expect, it } from 'vitest';
import { PlatingApi } from './api.ts';
import { modelErrorRef } from '../common/model-error.ts';
import { DEFAULT_COMPARISON } from './presets.ts';
import { SNAPSHOT_CAPACITIES_MAHCM2 } from './types.ts';

describe('PlatingApi', () => {
  it('runs the default comparison in 1% steps and in chunks, with a frame at every snapshot capacity', () => {
    const api = new PlatingApi();
    const p0 = api.init(DEFAULT_COMPARISON);
    expect(p0.progress).toBe(0);
    expect(p0.runs.map((r) => r.substrateId)).toEqual(DEFAULT_COMPARISON.substrates);
    const p1 = api.advance(0.01);
    expect(p1.progress).toBeCloseTo(0.01, 12);
    let p = p1;
    while (!p.done) p = api.advance(0.25);
    expect(p.progress).toBe(1);
    for (const run of p.runs) {
      expect(run.snapshots.map((f) => f.capacityMAhcm2)).toEqual([...SNAPSHOT_CAPACITIES_MAHCM2]);
      const f = run.frame;
      expect(f.sectionCells.length).toBe(SECTION_SLICES * f.sectionCols * f.sectionRows);
      expect(f.sectionHeightUm.length).toBe(SECTION_SLICES * f.sectionCols);
      expect(f.sectionYUm.length).toBe(SECTION_SLICES);
      expect(f.heightMapUm.length).toBe(f.heightMapN ** 2);
      expect(f.islandXUm.length).toBe(f.islandRadiusUm.length);
      expect(run.curves.potentialV.length).toBe(run.curves.capacityMAhcm2.length);
      expect(run.diametersUm.length).toBe(f.islandRadiusUm.length);
      // The patch must hold at least 50 nuclei on every substrate at default settings.
      expect(run.results.nucleiDensityPerCm2 * (f.patchSizeUm * 1e-4) ** 2).toBeGreaterThanOrEqual(50);
      // The cross-section grows with capacity.
      const [a, , c] = run.snapshots;
      const mean = (h: Float32Array) => h.reduce((s, x) => s + x, 0) / h.length;
      expect(mean(c.sectionHeightUm)).toBeGreaterThan(mean(a.sectionHeightUm));
    }
  });

  it('rejects bad settings with a message naming what was wrong, which survives the worker boundary', () => {
    const api = new PlatingApi();
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        // comlink rebuilds a thrown error from its message alone.
        return modelErrorRef(new Error((error as Error).message));
      }
      return null;
    };
    expect(refusal(() => api.init({ ...DEFAULT_COMPARISON, substrates: ['tio2-40'] }))).toEqual({
      key: 'platingModel.error.thickness', params: { id: 'tio2-40', coating: 'TiO₂', min: 1, max: 20 },
    });
    expect(refusal(() => api.init({ ...DEFAULT_COMPARISON, currentMAcm2: 20 }))).toEqual({
      key: 'platingModel.error.current', params: { value: 20, min: 0.1, max: 10 },
    });
    expect(refusal(() => api.init({ ...DEFAULT_COMPARISON, capacityMAhcm2: 0 }))?.key).toBe('platingModel.error.capacity');
    expect(refusal(() => api.init({ ...DEFAULT_COMPARISON, substrates: [] }))).toEqual({ key: 'platingModel.error.noSubstrate' });
    expect(refusal(() => new PlatingApi().advance(0.1))?.key).toBe('platingModel.error.notStarted');
    expect(modelErrorRef(new Error('something else'))).toBeNull();
  });

  it('coarsens the lattice for a long run and says so', () => {
    const api = new PlatingApi();
    const p = api.init({ substrates: ['las14-50'], currentMAcm2: 10, capacityMAhcm2: 5, seed: 1 });
    expect(p.runs[0].coarsened).toEqual({ key: 'platingModel.coarsened', params: { cellUm: 0.8, n: 64 } });
  });
});
