import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectedGpcNm, saturationCurve } from './expected.ts';
import { PROCESSES } from './processes.ts';
import { defaultRecipe, RECIPE_LIMITS } from './recipe.ts';
import type { ProcessDefinition } from './types.ts';

/** The same process with a chamber that empties instantly: the CVD term is exactly 0. */
const withoutCvd = (p: ProcessDefinition): ProcessDefinition => ({ ...p, residenceTimeS: { value: 1e-6 } });
const pulse = fc.double({ min: RECIPE_LIMITS.pulseS.min, max: RECIPE_LIMITS.pulseS.max, noNaN: true });

describe.each(PROCESSES.map((p) => [p.id, p] as const))('expected GPC of %s', (_id, process) => {
  it('monotone non-decreasing in the A and B doses: more exposure never removes growth (machball, Yanguas-Gil & Elam, Theor. Chem. Acc. 2014)', () => {
    fc.assert(
      fc.property(pulse, pulse, pulse, (tA, tB, tMore) => {
        const r = { ...defaultRecipe(process), pulseAS: tA, pulseBS: tB };
        const g = expectedGpcNm(process, r);
        expect(expectedGpcNm(process, { ...r, pulseAS: Math.max(tA, tMore) })).toBeGreaterThanOrEqual(g - 1e-12);
        expect(expectedGpcNm(process, { ...r, pulseBS: Math.max(tB, tMore) })).toBeGreaterThanOrEqual(g - 1e-12);
      }),
    );
  });

  it('bounded by the published GPC when the CVD term is 0: self-limiting growth', () => {
    const p = withoutCvd(process);
    const tMin = process.kind === 'MLD' ? process.temperatureWindowC.value.min : RECIPE_LIMITS.temperatureC.min;
    fc.assert(
      fc.property(pulse, pulse, fc.double({ min: tMin, max: RECIPE_LIMITS.temperatureC.max, noNaN: true }), (tA, tB, T) => {
        expect(expectedGpcNm(p, { ...defaultRecipe(p), pulseAS: tA, pulseBS: tB, temperatureC: T })).toBeLessThanOrEqual(
          process.gpcNm * (1 + 1e-12),
        );
      }),
    );
  });

  it('purge: with CVD, GPC falls as the purge gets longer', () => {
    const purge = fc.double({ min: RECIPE_LIMITS.purgeS.min, max: RECIPE_LIMITS.purgeS.max, noNaN: true });
    fc.assert(
      fc.property(purge, purge, (a, b) => {
        const [short, long] = a < b ? [a, b] : [b, a];
        const r = defaultRecipe(process);
        const gShort = expectedGpcNm(process, { ...r, purgeAS: short, purgeBS: short });
        expect(expectedGpcNm(process, { ...r, purgeAS: long, purgeBS: long })).toBeLessThanOrEqual(gShort + 1e-12);
      }),
    );
    const r = defaultRecipe(process);
    expect(expectedGpcNm(process, { ...r, purgeAS: 0.1, purgeBS: 0.1 })).toBeGreaterThan(1.5 * process.gpcNm);
  });

  it('purge: GPC → published GPC for saturating pulses and purges ≫ residence time (within 0.1 %)', () => {
    const r = { ...defaultRecipe(process), pulseAS: 1, pulseBS: 1, purgeAS: 300, purgeBS: 300 };
    expect(300 / process.residenceTimeS.value).toBeGreaterThan(20);
    expect(Math.abs(expectedGpcNm(process, r) / process.gpcNm - 1)).toBeLessThan(0.001);
  });

  it('the default 20 ms pulses are near saturation (≥ 95 % of the published GPC)', () => {
    const g = expectedGpcNm(withoutCvd(process), defaultRecipe(process));
    expect(g / process.gpcNm).toBeGreaterThan(0.95);
  });

  it('temperature outside the window changes GPC: above lowers it, below lowers ALD and raises MLD', () => {
    const r = defaultRecipe(process);
    const w = process.temperatureWindowC.value;
    const inside = expectedGpcNm(process, r);
    const hot = expectedGpcNm(process, { ...r, temperatureC: w.max + 60 });
    // A published -OH loss falls slowly (temperature.test.ts); the desorption edge falls fast.
    if (process.reactiveGroupLoss) expect(hot).toBeLessThan(inside);
    else expect(hot).toBeLessThan(0.5 * inside);
    const below = expectedGpcNm(process, { ...r, temperatureC: w.min - 40 });
    if (process.kind === 'MLD') expect(below).toBeGreaterThan(1.2 * inside);
    else expect(below).toBeLessThan(0.9 * inside);
  });
});

describe('saturation curve', () => {
  it('rises with the A pulse and flattens at the published GPC (self-limiting)', () => {
    const p = PROCESSES[0];
    const curve = saturationCurve(p, { ...defaultRecipe(p), pulseBS: 1 }, [0.001, 0.005, 0.02, 0.1, 1, 10]);
    for (let i = 1; i < curve.length; i++) expect(curve[i].gpcNm).toBeGreaterThanOrEqual(curve[i - 1].gpcNm);
    expect(curve[0].gpcNm).toBeLessThan(0.3 * p.gpcNm);
    expect(Math.abs(curve[5].gpcNm - curve[4].gpcNm)).toBeLessThan(1e-6 * p.gpcNm);
  });
});
