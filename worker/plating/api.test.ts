import { describe, expect, it } from 'vitest';
import { PlatingApi } from './api.ts';
import { DEFAULT_COMPARISON } from './presets.ts';

describe('PlatingApi', () => {
  it('runs the default comparison in 1% steps and in chunks, with snapshots at 0.1, 0.3 and 1 mAh/cm²', () => {
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
      expect(run.snapshots.map((f) => f.capacityMAhcm2)).toEqual([0.1, 0.3, 1]);
      const f = run.frame;
      expect(f.sectionCells.length).toBe(f.sectionCols * f.sectionRows);
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

  it('rejects bad settings with a clear message', () => {
    const api = new PlatingApi();
    expect(() => api.init({ ...DEFAULT_COMPARISON, substrates: ['tio2-40'] })).toThrow(/tio2-40/);
    expect(() => api.init({ ...DEFAULT_COMPARISON, currentMAcm2: 20 })).toThrow(/mA\/cm²/);
    expect(() => api.init({ ...DEFAULT_COMPARISON, capacityMAhcm2: 0 })).toThrow(/mAh\/cm²/);
    expect(() => new PlatingApi().advance(0.1)).toThrow(/init/);
  });

  it('coarsens the lattice for a long run and says so', () => {
    const api = new PlatingApi();
    const p = api.init({ substrates: ['las14-50'], currentMAcm2: 10, capacityMAhcm2: 5, seed: 1 });
    expect(p.runs[0].coarsened).toMatch(/coarsened/);
  });
});
