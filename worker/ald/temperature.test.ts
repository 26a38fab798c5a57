import { describe, expect, it } from 'vitest';
import { expectedGpcNm } from './expected.ts';
import { AldModel } from './model.ts';
import { PROCESSES, findProcess } from './processes.ts';
import { defaultRecipe } from './recipe.ts';
import { reactiveGroupFraction, temperatureEffects } from './temperature.ts';
import type { ProcessDefinition } from './types.ts';
import { validateProcess } from './validate.ts';
import fixture from './fixtures/fixture-process.json';

/** Saturating pulses and purges far longer than the residence time: GPC is the self-limited value. */
const saturated = (p: ProcessDefinition, temperatureC: number) =>
  expectedGpcNm(p, { ...defaultRecipe(p), pulseAS: 1, pulseBS: 1, purgeAS: 300, purgeBS: 300, temperatureC });
const latticeGpcNm = (p: ProcessDefinition, temperatureC: number) => {
  let sum = 0;
  for (const seed of [1, 2, 3]) {
    const m = new AldModel(p, { ...defaultRecipe(p), pulseAS: 1, pulseBS: 1, purgeAS: 300, purgeBS: 300, temperatureC }, seed, {
      sizeX: 32,
      sizeY: 32,
    });
    m.runCycles(40);
    sum += m.snapshot().thicknessNm / 40;
  }
  return sum / 3;
};

describe('Al2O3 (TMA/H2O) hot side: slow loss of surface -OH, no collapse', () => {
  const p = findProcess('al2o3');

  it('calibration (Puurunen, J. Appl. Phys. 2005: about 1.0 Å/cycle near 300 °C): the per-site lattice, 40 saturated cycles, reproduces the point its hydroxyl loss is calibrated to (± 0.05 Å), where the old window edge gave 0.26 Å', () => {
    expect(p.reactiveGroupLoss?.temperatureC).toBe(300);
    expect(Math.abs(latticeGpcNm(p, 300) - p.reactiveGroupLoss!.gpcNm)).toBeLessThan(0.005);
  });

  it('Rahtu, Alaranta & Ritala, Langmuir 2001 (QCM 150–350 °C): growth at 350 °C is below that at 250 °C, from fewer -OH groups, not from fragments leaving', () => {
    expect(saturated(p, 350)).toBeLessThan(saturated(p, 250));
    const hot = temperatureEffects(p, 350);
    expect(hot.desorptionProbability).toBe(0);
    expect(hot.reactiveGroupFraction).toBeLessThan(reactiveGroupFraction(p, 250));
  });

  it('falls slowly and steadily: monotone from the published 80 °C point to 400 °C, never below zero, unchanged below 80 °C', () => {
    let previous = Infinity;
    for (let T = p.gpcTemperatureC; T <= 400; T += 10) {
      const g = reactiveGroupFraction(p, T);
      expect(g).toBeLessThanOrEqual(previous);
      expect(g).toBeGreaterThan(0);
      previous = g;
    }
    expect(reactiveGroupFraction(p, 40)).toBe(1);
    expect(Math.abs(saturated(p, p.gpcTemperatureC) - p.gpcNm)).toBeLessThan(1e-4);
  });
});

describe('processes without a published hot side keep the desorption edge (model choice)', () => {
  it('alucone TMA/EG (Dameron et al., Chem. Mater. 2008): about 0.4 Å/cycle at 175 °C (± 0.15 Å), from 4 Å at 85 °C', () => {
    const p = findProcess('alucone-eg');
    expect(p.reactiveGroupLoss).toBeUndefined();
    expect(Math.abs(saturated(p, 175) - 0.04)).toBeLessThan(0.015);
    expect(temperatureEffects(p, 175).desorptionProbability).toBeGreaterThan(0.5);
  });

  it('every process without reactiveGroupLoss has no reactive-group loss at any temperature', () => {
    for (const p of PROCESSES.filter((q) => q.reactiveGroupLoss === undefined)) {
      for (const T of [20, 100, 250, 400]) expect(reactiveGroupFraction(p, T)).toBe(1);
    }
  });
});

describe('reactiveGroupLoss in a process file', () => {
  const withLoss = (loss: unknown) => ({ ...structuredClone(fixture), reactiveGroupLoss: loss });
  const source = { citation: 'Someone, Journal 2000' };

  it('a good field validates and lowers the GPC along its line', () => {
    const hot = fixture.gpcTemperatureC + 100;
    const p = validateProcess(withLoss({ temperatureC: hot, gpcNm: fixture.gpcNm / 2, source }), 'good.json');
    expect(p.reactiveGroupLoss).toEqual({ temperatureC: hot, gpcNm: fixture.gpcNm / 2, source });
    expect(reactiveGroupFraction(p, fixture.gpcTemperatureC + 50)).toBeCloseTo(0.75, 12);
  });

  it('rejects a hot point not above the growth temperature, a GPC above the published one, and a missing source', () => {
    const T = fixture.gpcTemperatureC;
    expect(() => validateProcess(withLoss({ temperatureC: T, gpcNm: 0.01, source }), 'b.json')).toThrow(/reactiveGroupLoss\.temperatureC/);
    expect(() => validateProcess(withLoss({ temperatureC: T + 50, gpcNm: 2 * fixture.gpcNm, source }), 'b.json')).toThrow(
      /reactiveGroupLoss\.gpcNm/,
    );
    expect(() => validateProcess(withLoss({ temperatureC: T + 50, gpcNm: 0.01 }), 'b.json')).toThrow(/reactiveGroupLoss\.source/);
  });
});
