import { SECTION_SLICES, sectionSlice } from './section-slice.ts';
import { describe, expect, it } from 'vitest';
import { PlatingApi } from './api.ts';
import { DEFAULT_COMPARISON } from './presets.ts';
import { SectionCell, type PlatingFrame } from './types.ts';

/** Share of the patch covered by the union of the drawn island discs (raster estimate). */
function topViewCoverage(f: PlatingFrame): number {
  const N = 256;
  const c = f.patchSizeUm / N;
  const g = new Uint8Array(N * N);
  for (let k = 0; k < f.islandRadiusUm.length; k++) {
    const r = f.islandRadiusUm[k], x = f.islandXUm[k], y = f.islandYUm[k];
    for (let j = Math.floor((y - r) / c); j <= Math.ceil((y + r) / c); j++) {
      for (let i = Math.floor((x - r) / c); i <= Math.ceil((x + r) / c); i++) {
        const dx = (i + 0.5) * c - x, dy = (j + 0.5) * c - y;
        if (dx * dx + dy * dy <= r * r) g[(((j % N) + N) % N) * N + (((i % N) + N) % N)] = 1;
      }
    }
  }
  return g.reduce((s, v) => s + v, 0) / (N * N);
}

describe('what the Plating views receive (default comparison, seed 1)', () => {
  const api = new PlatingApi();
  api.init(DEFAULT_COMPARISON);
  const p = api.advance(1);

  it('potential curves start at rest and show the sloping segment and the dip on a log axis', () => {
    for (const run of p.runs) {
      const { capacityMAhcm2: q, potentialV: v } = run.curves;
      expect(q.length).toBeLessThanOrEqual(600);
      expect(q[1]).toBeLessThanOrEqual(1e-5);
      for (let i = 1; i < q.length; i++) expect(q[i]).toBeGreaterThan(q[i - 1]);
      // The deepest point after the slope is one of the samples, and it is below 0 V.
      expect(Math.min(...v)).toBeLessThan(0);
    }
    const ti = p.runs.find((r) => r.substrateId === 'tio2-5')!.curves;
    const end = ti.potentialV.findIndex((x) => x <= 0);
    const above = Array.from(ti.potentialV.subarray(0, end)).filter((x) => x > 0.1).length;
    expect(above).toBeGreaterThanOrEqual(5);
  });

  it('top view keeps the Li volume: its coverage at 1 mAh/cm² agrees with the cross-section (±0.05) and the film is nearly closed', () => {
    for (const run of p.runs) {
      const f = run.frame;
      // Every slice together samples eight rows across the patch.
      const section = f.sectionHeightUm.reduce((s, h) => s + (h > 0 ? 1 : 0), 0) / f.sectionHeightUm.length;
      const top = topViewCoverage(f);
      expect(Math.abs(top - section)).toBeLessThanOrEqual(0.05);
      expect(top).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('the cross-section keeps the contract\'s row order: row 0 is electrolyte, the last row Cu, each column topped by Li at its height, voids only below', () => {
    for (const run of p.runs) {
      const { sectionCols: n, sectionRows: rows, sectionCellUm } = run.frame;
      const coatedOnTop = run.substrateId.startsWith('las');
      let voids = 0;
      for (let s = 0; s < SECTION_SLICES; s++) for (let c = 0; c < n; c++) {
        const { cells, heightUm: sectionHeightUm } = sectionSlice(run.frame, s);
        expect(cells[c]).toBe(SectionCell.Empty);
        expect(cells[(rows - 1) * n + c]).toBe(SectionCell.Substrate);
        // The highest Li cell of the column sits at its height: rows counted up from the substrate (and a TiO2 film).
        const base = rows - 1 - (run.substrateId.startsWith('tio2') ? 1 : 0);
        const topRow = base - Math.round(sectionHeightUm[c] / sectionCellUm);
        if (sectionHeightUm[c] > 0) expect(cells[topRow * n + c]).toBe(SectionCell.Li);
        for (let r = 0; r < topRow - (coatedOnTop ? 1 : 0); r++) expect(cells[r * n + c]).toBe(SectionCell.Empty);
        for (let r = topRow; r < base; r++) if (cells[r * n + c] === SectionCell.Empty) voids++;
      }
      // Voids show in the section where the deposit is porous (bare Cu), not under LAS; each slice is its own cut.
      if (run.substrateId === 'cu') {
        expect(voids).toBeGreaterThan(0);
        expect(sectionSlice(run.frame, 0).cells).not.toEqual(sectionSlice(run.frame, 4).cells);
        expect(sectionSlice(run.frame, 7).yUm).toBeGreaterThan(sectionSlice(run.frame, 0).yUm);
      }
      if (coatedOnTop) expect(voids).toBe(0);
    }
  });

  it('islands fuse irreversibly and do not collapse: count never rises, ≥ 50 left at the end on the sparsest substrate', () => {
    let sparsest = p.runs[0];
    for (const run of p.runs) {
      if (run.results.nucleiDensityPerCm2 < sparsest.results.nucleiDensityPerCm2) sparsest = run;
      const counts = run.snapshots.map((f) => f.islandRadiusUm.length);
      for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]);
    }
    expect(sparsest.diametersUm.length).toBeGreaterThanOrEqual(50);
  });

  it('exposed area (Oyakhire 2020, Cao 2016 via the review) at 1 mAh/cm²: Cu > TiO2 5 nm > LAS 1:1; the LAS curve after 0.1 mAh/cm² moves < 2% between neighbouring samples', () => {
    const area = (id: string) => p.runs.find((r) => r.substrateId === id)!;
    const cu = area('cu').results.exposedAreaRatio, ti = area('tio2-5').results.exposedAreaRatio, las = area('las11-50');
    expect(cu).toBeGreaterThan(ti);
    expect(ti).toBeGreaterThan(las.results.exposedAreaRatio);
    // A smooth measure: Li filling under the coating layer by layer must not make the curve jump.
    const { capacityMAhcm2: q, exposedAreaRatio: a } = las.curves;
    let checked = 0;
    for (let i = 1; i < q.length; i++) {
      if (q[i - 1] < 0.1) continue;
      expect(Math.abs(a[i] / a[i - 1] - 1)).toBeLessThan(0.02);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('curves and islands do not depend on how advance() is sliced into whole percents', () => {
    const b = new PlatingApi();
    b.init(DEFAULT_COMPARISON);
    let q = b.advance(0.01);
    while (!q.done) q = b.advance(0.07);
    for (let i = 0; i < p.runs.length; i++) {
      expect(q.runs[i].curves).toEqual(p.runs[i].curves);
      expect(q.runs[i].diametersUm).toEqual(p.runs[i].diametersUm);
    }
  });
});
