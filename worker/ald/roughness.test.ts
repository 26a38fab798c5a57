import { describe, expect, it } from 'vitest';
import { AldModel } from './model.ts';
import { findProcess } from './processes.ts';
import { defaultRecipe } from './recipe.ts';
import { rmsRoughness } from './roughness.ts';
import type { ProcessDefinition } from './types.ts';

const SEEDS = [1, 2, 3, 4];

/** Mean RMS roughness (Å) over the seeds after n default-recipe cycles on the lattice the Reactor draws (16×16). */
function roughnessA(p: ProcessDefinition, cycles: number, size = 16): { rmsA: number; thicknessNm: number } {
  let rms = 0;
  let thickness = 0;
  for (const seed of SEEDS) {
    const m = new AldModel(p, defaultRecipe(p), seed, { sizeX: size, sizeY: size });
    m.runCycles(cycles);
    const s = m.snapshot();
    rms += s.roughnessRmsNm * 10;
    thickness += s.thicknessNm;
  }
  return { rmsA: rms / SEEDS.length, thicknessNm: thickness / SEEDS.length };
}

describe('RMS roughness measured on the simulated film', () => {
  it('is the standard deviation of the per-site heights', () => {
    expect(rmsRoughness([1, 1, 1, 1])).toBe(0);
    expect(rmsRoughness([0, 2, 0, 2])).toBeCloseTo(1, 12);
    const m = new AldModel(findProcess('al2o3'), defaultRecipe(findProcess('al2o3')), 5);
    m.runCycles(20);
    const s = m.snapshot();
    expect(s.roughnessRmsNm).toBeCloseTo(rmsRoughness(s.heightNm), 6);
    expect(new AldModel(findProcess('al2o3'), defaultRecipe(findProcess('al2o3')), 5).snapshot().roughnessRmsNm).toBe(0);
  });

  it('calibration, ALD Al2O3 (AFM: Ott et al. 1996, 1997; Paranjpe et al. 2001; via Meng, Inorg. Chem. Front. 2024): 1–3 Å RMS for 20–56 nm films', () => {
    for (const cycles of [155, 300, 430]) {
      const { rmsA, thicknessNm } = roughnessA(findProcess('al2o3'), cycles);
      expect(thicknessNm).toBeGreaterThan(19);
      expect(thicknessNm).toBeLessThan(57);
      expect(rmsA).toBeGreaterThan(1);
      expect(rmsA).toBeLessThan(3);
    }
  });

  it.each(['alucone-eg', 'alucone-hq'])(
    'test, MLD %s (typical MLD films, Meng, J. Mater. Chem. A 2017, via Meng 2024): 2–6 Å RMS for 20–40 nm films, with no retuning',
    (id) => {
      const p = findProcess(id);
      for (const cycles of [50, 100]) {
        const { rmsA } = roughnessA(p, cycles);
        expect(rmsA).toBeGreaterThan(2);
        expect(rmsA).toBeLessThan(6);
      }
    },
  );

  it('the noise comes from the steric jamming: with no steric hiding every site reacts each cycle and the film stays flat', () => {
    const base = findProcess('al2o3');
    const flat = { ...base, stericRadiusSites: { value: 0 } };
    const m = new AldModel(flat, { ...defaultRecipe(flat), pulseAS: 1, pulseBS: 1 }, 3);
    m.runCycles(100);
    expect(m.snapshot().roughnessRmsNm * 10).toBeLessThan(0.05);
  });

  it('is a property of the film, not of the patch drawn: 32×32 within 20 % of 16×16 (Al2O3, 300 cycles)', () => {
    const p = findProcess('al2o3');
    const small = roughnessA(p, 300, 16).rmsA;
    const large = roughnessA(p, 300, 32).rmsA;
    expect(Math.abs(large / small - 1)).toBeLessThan(0.2);
  });
});
