import { describe, expect, it } from 'vitest';
import { expectedGpcNm } from './expected.ts';
import { saturatedReactedFraction, siteIncrementNm } from './jamming.ts';
import { snapshotTransferables } from './api.ts';
import { AldModel } from './model.ts';
import { PROCESSES, findProcess } from './processes.ts';
import { defaultRecipe } from './recipe.ts';
import { SiteState, type AldSnapshot, type ProcessDefinition, type Recipe } from './types.ts';

const big = { sizeX: 32, sizeY: 32 };
const grow = (p: ProcessDefinition, recipe: Recipe, cycles: number, seed = 7) => {
  const m = new AldModel(p, recipe, seed, big);
  m.runCycles(cycles);
  return m.snapshot();
};
const afterHalfSteps = (p: ProcessDefinition, recipe: Recipe, n: number) => {
  const m = new AldModel(p, recipe, 3, big);
  for (let i = 0; i < n; i++) m.stepHalf();
  return m.snapshot();
};

describe.each(PROCESSES.map((p) => [p.id, p] as const))('lattice film of %s', (_id, p) => {
  it('thickness after 50 cycles is within one cycle of N × expected GPC (default recipe, 32×32)', () => {
    const s = grow(p, defaultRecipe(p), 50);
    const gpc = expectedGpcNm(p, defaultRecipe(p));
    expect(Math.abs(s.thicknessNm - 50 * gpc)).toBeLessThan(gpc);
  });

  it('thickness after 50 saturating cycles is within one cycle of N × the published GPC', () => {
    const s = grow(p, { ...defaultRecipe(p), pulseAS: 1, pulseBS: 1, purgeAS: 300, purgeBS: 300 }, 50);
    expect(Math.abs(s.thicknessNm - 50 * p.gpcNm)).toBeLessThan(p.gpcNm);
  });
});

describe('thickness is measured on the film', () => {
  it('equals the mean of the per-site heights, and the history ends with it', () => {
    const s = grow(PROCESSES[0], defaultRecipe(PROCESSES[0]), 12);
    const mean = s.heightNm.reduce((a, b) => a + b, 0) / s.heightNm.length;
    expect(s.thicknessNm).toBeCloseTo(mean, 5);
    expect(s.thicknessHistoryNm.length).toBe(13);
    expect(s.thicknessHistoryNm[0]).toBe(0);
    expect(s.thicknessHistoryNm[12]).toBeCloseTo(s.thicknessNm, 5);
    expect(s.growthPerCycleNm).toBeCloseTo(s.thicknessHistoryNm[12] - s.thicknessHistoryNm[11], 6);
  });
});

describe('saturation comes from the blocked-site fraction', () => {
  it('a saturating A pulse leaves no free site: each one reacted or is hidden (Blocked)', () => {
    for (const p of PROCESSES) {
      const s = afterHalfSteps(p, { ...defaultRecipe(p), pulseAS: 1 }, 1);
      expect(s.counts.free).toBe(0);
      expect(s.counts.blocked).toBeGreaterThan(0);
      expect(s.counts.reacted + s.counts.blocked).toBe(s.sizeX * s.sizeY);
      expect(Math.abs(s.counts.reacted / (s.sizeX * s.sizeY) - saturatedReactedFraction(p.stericRadiusSites.value))).toBeLessThan(0.05);
    }
  });

  it('a larger steric radius lowers the saturated fraction and the per-site increment compensates', () => {
    const base = findProcess('al2o3');
    const wide = { ...base, stericRadiusSites: { value: 2 } };
    expect(saturatedReactedFraction(2)).toBeLessThan(saturatedReactedFraction(1));
    expect(siteIncrementNm(wide)).toBeGreaterThan(siteIncrementNm(base));
    const r = { ...defaultRecipe(base), pulseAS: 1, pulseBS: 1, purgeAS: 300, purgeBS: 300 };
    for (const p of [base, wide]) expect(Math.abs(grow(p, r, 50).thicknessNm - 50 * base.gpcNm)).toBeLessThan(base.gpcNm);
  });
});

describe('recipe effects are visible on the sites', () => {
  const p = findProcess('al2o3');
  const r = defaultRecipe(p);

  it('under-dosing: fewer sites react in pulse A, lower GPC, free sites remain', () => {
    const full = afterHalfSteps(p, r, 1);
    const short = afterHalfSteps(p, { ...r, pulseAS: 0.003 }, 1);
    expect(short.counts.reacted).toBeLessThan(0.6 * full.counts.reacted);
    expect(short.counts.free).toBeGreaterThan(0);
    expect(short.coverage).toBeLessThan(0.6);
    expect(grow(p, { ...r, pulseAS: 0.003 }, 30).thicknessNm).toBeLessThan(0.7 * grow(p, r, 30).thicknessNm);
  });

  it('over-dosing changes nothing: 10 s pulses give the same film as 1 s pulses', () => {
    const a = grow(p, { ...r, pulseAS: 1, pulseBS: 1 }, 20);
    const b = grow(p, { ...r, pulseAS: 10, pulseBS: 10 }, 20);
    expect(Array.from(b.heightNm)).toEqual(Array.from(a.heightNm));
    expect(Array.from(b.siteState)).toEqual(Array.from(a.siteState));
  });

  it('a short purge adds CVD lumps (cvdNow) and extra thickness', () => {
    const short = { ...r, purgeAS: 0.5, purgeBS: 0.5 };
    const m = new AldModel(p, short, 5, big);
    m.runCycles(1);
    m.stepHalf();
    expect(m.snapshot().cvdNow.some((v) => v === 1)).toBe(true);
    expect(grow(p, short, 30).thicknessNm).toBeGreaterThan(1.3 * grow(p, r, 30).thicknessNm);
  });

  it('above the window bound fragments desorb during purge A (fewer reacted sites, thinner film)', () => {
    // Al2O3's hot side is its published -OH loss (temperature.test.ts); alucone keeps the desorption edge.
    const q = findProcess('alucone-eg');
    const rq = defaultRecipe(q);
    const hot = { ...rq, temperatureC: q.temperatureWindowC.value.max + 50 };
    expect(afterHalfSteps(q, hot, 2).counts.reacted).toBeLessThan(0.6 * afterHalfSteps(q, rq, 2).counts.reacted);
    expect(grow(q, hot, 20).thicknessNm).toBeLessThan(0.6 * grow(q, rq, 20).thicknessNm);
  });

  it('below the window ALD reacts fewer sites per pulse, MLD condenses extra deposit', () => {
    const cold = { ...r, temperatureC: p.temperatureWindowC.value.min - 40 };
    expect(afterHalfSteps(p, cold, 1).counts.reacted).toBeLessThan(afterHalfSteps(p, r, 1).counts.reacted);
    const mld = findProcess('alucone-eg');
    const mldCold = { ...defaultRecipe(mld), temperatureC: mld.temperatureWindowC.value.min - 40 };
    expect(afterHalfSteps(mld, mldCold, 3).cvdNow.some((v) => v === 1)).toBe(true);
    expect(grow(mld, mldCold, 20).thicknessNm).toBeGreaterThan(1.3 * grow(mld, defaultRecipe(mld), 20).thicknessNm);
  });

  it('B pulse completes the reacted sites (ReactedB) and releases the blocked ones', () => {
    const s = afterHalfSteps(p, r, 3);
    expect(s.counts.blocked).toBe(0);
    expect(s.siteState.some((v) => v === SiteState.ReactedB)).toBe(true);
    expect(s.byproductsNow).toBeGreaterThan(0);
  });
});

describe('state machine and determinism', () => {
  const p = findProcess('alucone-eg');
  const r = { ...defaultRecipe(p), pulseAS: 0.008, purgeAS: 3 };
  const plain = (s: AldSnapshot) => ({
    ...s,
    siteState: Array.from(s.siteState),
    reactedNow: Array.from(s.reactedNow),
    cvdNow: Array.from(s.cvdNow),
    heightNm: Array.from(s.heightNm),
    thicknessHistoryNm: Array.from(s.thicknessHistoryNm),
  });

  it('a snapshot owns its arrays: the model stepping on leaves it as it was, and moving it to another thread leaves the model whole', () => {
    const m = new AldModel(p, r, 1);
    m.stepHalf();
    const s = m.snapshot();
    const before = plain(s);
    // Pulse B turns the A-reacted sites into B-reacted ones and raises the film.
    m.stepHalf();
    m.stepHalf();
    expect(plain(m.snapshot()).siteState).not.toEqual(before.siteState);
    expect(plain(s)).toEqual(before);
    // What the worker does with every snapshot: transfer its buffers, which detaches them here.
    structuredClone(s, { transfer: snapshotTransferables(s) });
    m.runCycles(1);
    const next = m.snapshot();
    expect(next.siteState.length).toBe(next.sizeX * next.sizeY);
    expect(next.thicknessNm).toBeGreaterThan(0);
  });

  it('same config and seed: half-step by half-step and runCycles give bit-identical snapshots', () => {
    const a = new AldModel(p, r, 42);
    for (let i = 0; i < 40; i++) a.stepHalf();
    const b = new AldModel(p, r, 42);
    b.runCycles(10);
    expect(plain(b.snapshot())).toEqual(plain(a.snapshot()));
  });

  it('another seed gives another film', () => {
    const a = new AldModel(p, r, 1);
    const b = new AldModel(p, r, 2);
    a.runCycles(3);
    b.runCycles(3);
    expect(Array.from(a.snapshot().siteState)).not.toEqual(Array.from(b.snapshot().siteState));
  });

  it('runCycles raises the completed-cycle count by n, counting a cycle in progress as one', () => {
    const m = new AldModel(p, r, 1);
    m.stepHalf();
    m.runCycles(2);
    const s = m.snapshot();
    expect(s.cycle).toBe(2);
    expect(s.halfStepCount).toBe(8);
    expect(s.nextHalfStep).toBe('pulseA');
    expect(s.lastHalfStep).toBe('purgeB');
  });

  it('a recipe change applies from the next half-step, and process time sums the half-steps', () => {
    const m = new AldModel(p, r, 1);
    m.stepHalf();
    m.setRecipe({ ...r, purgeAS: 10 });
    m.stepHalf();
    expect(m.snapshot().processTimeS).toBeCloseTo(r.pulseAS + 10, 12);
  });

  it('reset snapshot: nothing grown, next step is pulse A', () => {
    const s = new AldModel(p, r, 1).snapshot();
    expect(s.lastHalfStep).toBeNull();
    expect(s.nextHalfStep).toBe('pulseA');
    expect(s.thicknessNm).toBe(0);
    expect(s.counts.free).toBe(16 * 16);
  });
});
