import { describe, expect, it } from 'vitest';
import { createAldApi, snapshotTransferables } from './api.ts';
import { defaultRecipe } from './recipe.ts';
import type { AldSnapshot } from './types.ts';

describe('worker API (comlink surface, run in Node)', () => {
  it('lists processes, inits, steps, runs cycles and draws a saturation curve', () => {
    const delivered: AldSnapshot[] = [];
    const api = createAldApi({ deliver: (s) => (delivered.push(s), s) });
    const processes = api.listProcesses();
    const p = processes[0];
    const recipe = defaultRecipe(p);
    expect(api.init({ processId: p.id, recipe, seed: 1 }).halfStepCount).toBe(0);
    expect(api.stepHalf().lastHalfStep).toBe('pulseA');
    api.setRecipe({ ...recipe, pulseBS: 0.5 });
    expect(api.runCycles(2).cycle).toBe(2);
    expect(delivered).toHaveLength(3);
    const curve = api.saturationCurve(p.id, recipe, [0.001, 0.02]);
    expect(curve[0].gpcNm).toBeLessThan(curve[1].gpcNm);
  });

  it('grows a sequence: layers per block, the process following the block', () => {
    const api = createAldApi();
    const recipe = { ...defaultRecipe(api.listProcesses()[0]), temperatureC: 85 };
    const sequence = [{ process: 'al2o3', cycles: 2 }, { process: 'alucone-eg', cycles: 2 }];
    expect(api.init({ processId: 'ignored', recipe, seed: 1, sequence }).processId).toBe('al2o3');
    const s = api.runCycles(10);
    expect(s.cycle).toBe(4);
    expect(s.processId).toBe('alucone-eg');
    expect(s.layers.map((l) => l.cycles)).toEqual([2, 2]);
    expect(() => api.init({ processId: 'al2o3', recipe, seed: 1, sequence: [{ process: 'nope', cycles: 1 }] })).toThrow(/nope/);
  });

  it('refuses to step before init and names unknown processes', () => {
    const api = createAldApi();
    expect(() => api.stepHalf()).toThrow(/init/);
    expect(() => api.init({ processId: 'nope', recipe: defaultRecipe(api.listProcesses()[0]), seed: 1 })).toThrow(/nope/);
  });

  it('each snapshot owns distinct buffers that can be transferred', () => {
    const api = createAldApi();
    const p = api.listProcesses()[0];
    const s = api.init({ processId: p.id, recipe: defaultRecipe(p), seed: 1 });
    const buffers = snapshotTransferables(s);
    expect(new Set(buffers).size).toBe(6);
    // Transferring detaches them on this side; the model must go on with its own.
    structuredClone(s, { transfer: buffers });
    expect(api.runCycles(1).siteState.length).toBe(s.sizeX * s.sizeY);
  });
});
