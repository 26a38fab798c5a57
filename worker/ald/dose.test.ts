import { describe, expect, it } from 'vitest';
import { PROCESSES, findProcess } from './processes.ts';
import { molarMassGmol } from './molar-mass.ts';
import { rateConstantsPerS } from './conditions.ts';
import { AldModel } from './model.ts';
import { RECIPE_LIMITS, defaultRecipe } from './recipe.ts';

describe('molecules drawn with the right atoms (molar masses, CRC Handbook values)', () => {
  const cases: [string, 'precursorA' | 'precursorB', number][] = [
    ['al2o3', 'precursorA', 72.09], // trimethylaluminium
    ['al2o3', 'precursorB', 18.02], // water
    ['alucone-eg', 'precursorB', 62.07], // ethylene glycol
    ['alucone-hq', 'precursorB', 110.11], // hydroquinone
    ['nylon66', 'precursorA', 183.03], // adipoyl chloride
    ['nylon66', 'precursorB', 116.21], // 1,6-hexanediamine
  ];
  for (const [id, which, published] of cases) {
    it(`${id} ${which}: ${published} g/mol ± 0.05`, () => {
      expect(Math.abs(molarMassGmol(findProcess(id)[which]) - published)).toBeLessThan(0.05);
    });
  }
});

describe('machball saturation law drives the model (Yanguas-Gil & Elam 2014)', () => {
  it('every process saturates at least 97 % in a 20 ms pulse at its published temperature', () => {
    for (const p of PROCESSES) {
      const k = rateConstantsPerS(p, p.gpcTemperatureC);
      expect(1 - Math.exp(-k.a * 0.02), `${p.id} A`).toBeGreaterThan(0.97);
      expect(1 - Math.exp(-k.b * 0.02), `${p.id} B`).toBeGreaterThan(0.97);
    }
  });
  it('at a fixed pressure the rate falls as 1/sqrt(T): fewer, faster molecules hit a site', () => {
    const p = findProcess('al2o3');
    const cold = rateConstantsPerS(p, 27);
    const hot = rateConstantsPerS(p, 927);
    expect(hot.a / cold.a).toBeCloseTo(Math.sqrt(300.15 / 1200.15), 6);
  });
  it('a heavier precursor is slower at equal pressure and sticking', () => {
    const p = findProcess('al2o3');
    const heavy = { ...p, dose: { ...p.dose, value: { ...p.dose.value, stickingB: p.dose.value.stickingA } } };
    const k = rateConstantsPerS(heavy, 80);
    expect(k.a).toBeLessThan(k.b);
    expect(k.b / k.a).toBeCloseTo(Math.sqrt(molarMassGmol(p.precursorA) / molarMassGmol(p.precursorB)), 6);
  });
  it('the snapshot reports the rates the pulses run at, for the recipe as it is now', () => {
    const p = findProcess('al2o3');
    const window = p.temperatureWindowC.value;
    const model = new AldModel(p, { ...defaultRecipe(p), temperatureC: window.min }, 1);
    const inside = rateConstantsPerS(p, window.min);
    expect(model.snapshot().chemisorption).toEqual({ temperatureC: window.min, rateAPerS: inside.a, rateBPerS: inside.b });
    // Below an ALD window the half-reactions slow down: the readout shows the slower rate.
    const coldC = RECIPE_LIMITS.temperatureC.min;
    expect(coldC).toBeLessThan(window.min - 20);
    model.setRecipe({ ...defaultRecipe(p), temperatureC: coldC });
    const cold = model.snapshot().chemisorption;
    expect(cold.temperatureC).toBe(coldC);
    expect(cold.rateAPerS).toBeLessThan(rateConstantsPerS(p, coldC).a);
  });
});
