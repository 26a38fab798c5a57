import { describe, expect, it } from 'vitest';
import { PlatingApi } from './api.ts';
import { criticalRadiusM } from './cnt.ts';
import { C_PER_M2_PER_MAH_CM2, FARADAY, LI_MOLAR_VOLUME_M3 } from './constants.ts';
import { SubstrateSim, type RunSettings } from './sim.ts';
import { substrateModel } from './substrates.ts';
import { requireSubstrate } from './substrate-id.ts';
import { preSlopeEndS } from './trace.ts';
import type { SubstrateId } from './types.ts';

function run(id: SubstrateId, s: RunSettings): SubstrateSim {
  const sim = new SubstrateSim(id, s);
  sim.advanceTo(1);
  return sim;
}
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
function slope(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let num = 0, den = 0;
  for (let i = 0; i < x.length; i++) { num += (x[i] - mx) * (y[i] - my); den += (x[i] - mx) ** 2; }
  return num / den;
}

describe('plating golden checks: published numbers and what follows from them', () => {
  it('1 Faraday: the Li metal measured on the lattice = (Q − interphase Li)·Vm/F within 0.5% (4.85 µm per mAh/cm²); the SEI takes 0.1–10% of 1 mAh/cm²', () => {
    for (const id of ['cu', 'tio2-5', 'las11-50'] as const) {
      const sim = run(id, { currentMAcm2: 1, capacityMAhcm2: 1, seed: 1 });
      const r = sim.results();
      const metalCm2 = 1 * C_PER_M2_PER_MAH_CM2 - r.seiLossMAhcm2 * C_PER_M2_PER_MAH_CM2;
      const expectedUm = (metalCm2 * LI_MOLAR_VOLUME_M3) / FARADAY * 1e6;
      expect(Math.abs(r.depositThicknessUm / expectedUm - 1)).toBeLessThan(0.005);
      expect(r.seiLossMAhcm2).toBeGreaterThan(0.001);
      expect(r.seiLossMAhcm2).toBeLessThan(0.1);
    }
  });

  it('2 CNT (Pei et al. via the review): r*(100 mV, γ = 0.5 J/m²) = 1.347 nm ± 0.1%', () => {
    expect(Math.abs(criticalRadiusM(0.1, 0.5) * 1e9 / 1.347 - 1)).toBeLessThan(1e-3);
  });

  it('3 Pei scaling (Pei et al., Nano Lett. 2017) on Cu, 0.5–4 mA/cm², 0.05 mAh/cm², seeds 1–5: size slope −1 ± 0.2, density slope 3 ± 0.5', () => {
    const lx: number[] = [], ln: number[] = [], ld: number[] = [];
    for (const seed of seeds(5)) {
      for (const J of [0.5, 1, 2, 4]) {
        const r = run('cu', { currentMAcm2: J, capacityMAhcm2: 0.05, seed }).results();
        lx.push(Math.log(r.nucleationOverpotentialMV!));
        ln.push(Math.log(r.nucleiDensityPerCm2));
        ld.push(Math.log(r.meanNucleusDiameterUm));
      }
    }
    const sN = slope(lx, ln), sD = slope(lx, ld);
    expect(Math.abs(sN - 3)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(sD + 1)).toBeLessThanOrEqual(0.2);
  });

  it('calibration, growth plateau (model choice of the SEI resistance, 20 Ω·cm²; Li‖Cu cells settle tens of mV below 0 V): bare Cu at 1 mA/cm² in the tens of mV (−99 to −20 mV; charge transfer alone gives about −16); more negative with current at 0.5, 2 and 8 mA/cm² on Cu, 5 nm TiO2 and LAS 1:1, seeds 1–3', () => {
    for (const seed of seeds(3)) {
      const plateau = (id: SubstrateId, J: number) => run(id, { currentMAcm2: J, capacityMAhcm2: 0.05, seed }).results().plateauPotentialMV!;
      const cu1 = plateau('cu', 1);
      expect(cu1).toBeLessThan(-20);
      expect(cu1).toBeGreaterThan(-99);
      for (const id of ['cu', 'tio2-5', 'las11-50'] as const) {
        const p = [0.5, 2, 8].map((J) => plateau(id, J));
        expect(p[1]).toBeLessThan(p[0]);
        expect(p[2]).toBeLessThan(p[1]);
      }
    }
  });

  it('4 nucleation overpotential (Oyakhire et al. 2020 via the review) at 1 mA/cm², seeds 1–20: Cu 129.5 mV ± 10%, 5 nm TiO2 20.2 mV ± 20%, ordering', () => {
    for (const seed of seeds(20)) {
      const eta = (id: SubstrateId) => run(id, { currentMAcm2: 1, capacityMAhcm2: 0.05, seed }).results().nucleationOverpotentialMV!;
      const cu = eta('cu'), t1 = eta('tio2-1'), t5 = eta('tio2-5'), t10 = eta('tio2-10');
      expect(Math.abs(cu / 129.5 - 1)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(t5 / 20.2 - 1)).toBeLessThanOrEqual(0.2);
      expect(t10).toBeGreaterThan(t5);
      expect(t5).toBeLessThan(t1);
      expect(t1).toBeLessThan(cu);
    }
  });

  it('5 morphology (Oyakhire et al. 2020 via the review) at 0.1 mAh/cm², 1 mA/cm², seeds 1–5: 5 nm TiO2 density ≥10× lower and mean size ≥2× larger than Cu', () => {
    for (const seed of seeds(5)) {
      const cu = run('cu', { currentMAcm2: 1, capacityMAhcm2: 0.1, seed }).results();
      const ti = run('tio2-5', { currentMAcm2: 1, capacityMAhcm2: 0.1, seed }).results();
      expect(cu.nucleiDensityPerCm2 / ti.nucleiDensityPerCm2).toBeGreaterThanOrEqual(10);
      expect(ti.meanNucleusDiameterUm / cu.meanNucleusDiameterUm).toBeGreaterThanOrEqual(2);
    }
  });

  it('6 pre-nucleation slope (Oyakhire et al., Adv. Energy Mater. 2020, doi:10.1002/aenm.202002736; 0.5–1 Li per TiO2 in 5 nm at 3.78 g/cm³ lasts 1.1–2.3 s at 1 mA/cm²): duration from the potential trace = q_pre/J ± 5%', () => {
    for (const seed of seeds(20)) {
      const sim = run('tio2-5', { currentMAcm2: 1, capacityMAhcm2: 0.05, seed });
      const t = preSlopeEndS(sim.potentialTrace)!;
      const qPre = substrateModel(requireSubstrate('tio2-5')).nucleation.preChargeCm2;
      expect(Math.abs(t / (qPre / 10) - 1)).toBeLessThanOrEqual(0.05);
      expect(t).toBeGreaterThanOrEqual(1.1);
      expect(t).toBeLessThanOrEqual(2.3);
    }
  });

  it("7 Sand's time (Sand, Philos. Mag. 1901; with Valøen and Reimers' D and t+, 9.5 min at 10 mA/cm²) from the simulated surface concentration, one seed (expensive): slope −2 ± 0.1, 570 s ± 5%, none at 1 mA/cm² for 1 mAh/cm²", () => {
    const js = [5, 7, 10];
    const ts = js.map((J) => run('las14-50', { currentMAcm2: J, capacityMAhcm2: J === 5 ? 3.4 : J === 7 ? 2.4 : 1.8, seed: 1 }).results().sandTimeS!);
    expect(Math.abs(slope(js.map(Math.log), ts.map(Math.log)) + 2)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(ts[2] / 570 - 1)).toBeLessThanOrEqual(0.05);
    expect(run('cu', { currentMAcm2: 1, capacityMAhcm2: 1, seed: 1 }).results().sandTimeS).toBeNull();
  });

  it('8 coating ordering (Oyakhire 2020, Cao 2016 via the review; Tan 2020: 20 nm TiO2 denser than bare Cu) at 1 mA/cm², 1 mAh/cm², seeds 1–3: roughness and max height Cu > TiO2 5 nm > LAS; 20 nm TiO2 smoother than Cu; LAS max/mean < 1.5', () => {
    for (const seed of seeds(3)) {
      const r = (id: SubstrateId) => run(id, { currentMAcm2: 1, capacityMAhcm2: 1, seed }).results();
      const cu = r('cu'), ti = r('tio2-5'), l11 = r('las11-50'), l14 = r('las14-50');
      expect(cu.roughnessRel).toBeGreaterThan(ti.roughnessRel);
      expect(cu.roughnessRel).toBeGreaterThan(r('tio2-20').roughnessRel);
      expect(ti.roughnessRel).toBeGreaterThan(Math.max(l11.roughnessRel, l14.roughnessRel));
      expect(cu.maxToMeanHeight).toBeGreaterThan(ti.maxToMeanHeight);
      expect(ti.maxToMeanHeight).toBeGreaterThan(Math.max(l11.maxToMeanHeight, l14.maxToMeanHeight));
      // LAS 1:1 ≈ LAS 1:4: roughness within a factor 2 of each other.
      expect(l11.roughnessRel / l14.roughnessRel).toBeGreaterThan(0.5);
      expect(l11.roughnessRel / l14.roughnessRel).toBeLessThan(2);
      expect(l11.maxToMeanHeight).toBeLessThan(1.5);
      expect(l14.maxToMeanHeight).toBeLessThan(1.5);
    }
  });

  it('prediction, porosity on bare Cu (cryo laser-plasma FIB cross-sections of Li‖Cu half cells, J. Electrochem. Soc., Sandia National Laboratories; abstract: the first deposit reaches at best 1033 of the theoretical 2045 mAh/cm³): 1 mAh/cm² over the deposit height ≤ 1033 mAh/cm³ + 15%, 1 mA/cm², seeds 1–3', () => {
    // The walk's rules on Cu were set without this number (MODEL.md), so this is a prediction.
    // The source's current and electrolyte were not read, hence the wide tolerance.
    for (const seed of seeds(3)) {
      const r = run('cu', { currentMAcm2: 1, capacityMAhcm2: 1, seed }).results();
      const volumetricMAhcm3 = 1 / (r.depositHeightUm * 1e-4);
      expect(volumetricMAhcm3).toBeLessThan(1033 * 1.15);
    }
  });

  it("dendrites preset (Bai, Li, Brushett, Bazant, Energy Environ. Sci. 2016, doi:10.1039/C6EE01674J: tip growth from about Sand's time; Cao, Meng, Elam, ChemElectroChem 2016: none on LAS): 10 mA/cm², 3 mAh/cm², seed 1", () => {
    // Sand's time at 10 mA/cm² is about 570 s, 1.58 mAh/cm²: 0.5 of the run stops just before it.
    const cuSim = new SubstrateSim('cu', { currentMAcm2: 10, capacityMAhcm2: 3, seed: 1 });
    cuSim.advanceTo(0.5);
    const before = cuSim.results();
    expect(before.sandTimeS).toBeNull();
    cuSim.advanceTo(1);
    const cu = cuSim.results();
    // Tips: per mAh/cm², the top surface rises at least 1.5x faster after Sand's time than before it,
    // the deposit gets more porous, and new Li surface is exposed at least twice as fast.
    const heightRate = (cu.depositHeightUm - before.depositHeightUm) / before.depositHeightUm;
    expect(heightRate).toBeGreaterThan(1.5);
    expect(cu.porosity).toBeGreaterThan(before.porosity);
    expect(cu.exposedAreaRatio - before.exposedAreaRatio).toBeGreaterThan(2 * before.exposedAreaRatio);
    const las = run('las11-50', { currentMAcm2: 10, capacityMAhcm2: 3, seed: 1 }).results();
    expect(cu.dendriteOnsetS).not.toBeNull();
    expect(cu.dendriteOnsetS!).toBeGreaterThanOrEqual(cu.sandTimeS!);
    expect(las.dendriteOnsetS).toBeNull();
    expect(las.maxToMeanHeight).toBeLessThan(1.5);
    expect(las.porosity).toBeLessThan(0.01);
    // Prediction of the concentration overpotential: the potential plunges as the surface empties
    // at Sand's time (1.58 mAh/cm² here), by over 100 mV from 0.2 mAh/cm² before it to 0.2 after.
    const tr = cuSim.potentialTrace;
    const vAt = (q: number) => { let i = 0; while (i < tr.length - 1 && tr.q[i] < q) i++; return tr.v[i] * 1000; };
    expect(vAt(1.78) - vAt(1.38)).toBeLessThan(-100);
  });

  it('12 determinism: same seed → identical results and frames; independent of the comparison', () => {
    const a = new PlatingApi(), b = new PlatingApi();
    a.init({ substrates: ['cu', 'tio2-5'], currentMAcm2: 1, capacityMAhcm2: 0.3, seed: 7 });
    b.init({ substrates: ['las11-50', 'tio2-5'], currentMAcm2: 1, capacityMAhcm2: 0.3, seed: 7 });
    const pa = a.advance(1), pb = b.advance(1);
    expect(pa.runs[1].results).toEqual(pb.runs[1].results);
    expect(pa.runs[1].frame).toEqual(pb.runs[1].frame);
    const c = new PlatingApi();
    c.init({ substrates: ['cu', 'tio2-5'], currentMAcm2: 1, capacityMAhcm2: 0.3, seed: 7 });
    for (let i = 0; i < 10; i++) c.advance(0.1);
    const pc = c.advance(0.1);
    expect(pc.runs[0].frame.sectionCells).toEqual(pa.runs[0].frame.sectionCells);
    expect(pc.runs[0].results).toEqual(pa.runs[0].results);
  });

  it('12 resolution: halving the cell keeps porosity within ±0.05 and deposit height within 10%, Cu roughness within 25% and the roughness order Cu > 5 nm TiO2 (1 mA/cm², 1 mAh/cm², seed 1)', () => {
    const at = (id: SubstrateId, resolution?: number) => run(id, { currentMAcm2: 1, capacityMAhcm2: 1, seed: 1, resolution }).results();
    const cu1 = at('cu'), cu2 = at('cu', 2), ti1 = at('tio2-5'), ti2 = at('tio2-5', 2);
    for (const [a, b] of [[cu1, cu2], [ti1, ti2]]) {
      expect(Math.abs(b.porosity - a.porosity)).toBeLessThan(0.05);
      expect(Math.abs(b.depositHeightUm / a.depositHeightUm - 1)).toBeLessThan(0.1);
    }
    expect(Math.abs(cu2.roughnessRel / cu1.roughnessRel - 1)).toBeLessThan(0.25);
    expect(cu2.roughnessRel).toBeGreaterThan(ti2.roughnessRel);
  });

  it('12 resolution under LAS (Cao 2016 via the review: flat, dense Li under the film): at either cell size the film is dense, as tall, and flat to within one cell (rms and max/mean): what roughness it shows is the lattice\'s own step (1 mA/cm², 1 mAh/cm², seed 1)', () => {
    for (const id of ['las11-50', 'las14-50'] as const) {
      const [a, b] = [1, 2].map((resolution) => run(id, { currentMAcm2: 1, capacityMAhcm2: 1, seed: 1, resolution }));
      for (const sim of [a!, b!]) {
        const r = sim.results();
        const cellUm = sim.run().frame.sectionCellUm;
        expect(r.porosity).toBeLessThan(0.01);
        expect(r.roughnessRel * r.depositHeightUm).toBeLessThan(cellUm);
        expect((r.maxToMeanHeight - 1) * r.depositHeightUm).toBeLessThanOrEqual(cellUm);
      }
      expect(Math.abs(b!.results().depositHeightUm / a!.results().depositHeightUm - 1)).toBeLessThan(0.01);
    }
  });
});
