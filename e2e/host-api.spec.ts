import type { Page } from '@playwright/test';
import { test, expect, openApp, getKey, getAll, WRITABLE_KEYS } from './fixtures.ts';

/** The Reactor's read-only keys. */
const READ_ONLY_KEYS = ['playing', 'cycle', 'halfStep', 'coverage', 'thicknessNm', 'growthPerCycleNm'];

test.describe('host API (window.interphase)', () => {
  test('get() lists every key and refuses unknown ones', async ({ page }) => {
    await openApp(page);
    const all = await getAll(page);
    // Other screens add their own keys; the app's and the Reactor's must all be there.
    expect(Object.keys(all)).toEqual(expect.arrayContaining([...WRITABLE_KEYS, ...READ_ONLY_KEYS]));
    expect(await getKey(page, 'process')).toBe(all.process);
    const error = await page.evaluate(() => window.interphase.get('nope').then(() => '', (e: Error) => e.message));
    expect(error).toContain('Unknown key');
  });

  test('set() reports applied, clamped and rejected keys', async ({ page }) => {
    await openApp(page);
    const result = await page.evaluate(() =>
      window.interphase.set({ pulseAS: 99, process: 'nope', cycle: 3, bogus: 1 }),
    );
    expect(result.applied).toEqual({ pulseAS: 10 });
    expect(result.clamped).toEqual({ pulseAS: { requested: 99, used: 10 } });
    expect(Object.keys(result.rejected).sort()).toEqual(['bogus', 'cycle', 'process']);
    expect(result.rejected.process).toContain('nope');
    expect(result.rejected.cycle).toBe('read-only');
    expect(result.rejected.bogus).toBe('unknown key');
    expect(await getKey(page, 'pulseAS')).toBe(10);
    expect(await getKey(page, 'cycle')).toBe(0);
  });

  test('observe() calls back at once, on each change, and stops when unsubscribed', async ({ page }) => {
    await openApp(page);
    const seen = await page.evaluate(async () => {
      const values: unknown[] = [];
      const stop = window.interphase.observe('pulseAS', (v) => values.push(v));
      await window.interphase.set({ pulseAS: 0.5 });
      await window.interphase.set({ pulseAS: 0.5 });
      await window.interphase.set({ pulseAS: 0.25 });
      stop();
      await window.interphase.set({ pulseAS: 0.75 });
      return values;
    });
    expect(seen).toEqual([0.02, 0.5, 0.25]);
  });

  test('play, pause, step and runCycles', async ({ page }) => {
    await openApp(page, 'speed=fast');
    await page.evaluate(() => window.interphase.play());
    expect(await getKey(page, 'playing')).toBe(true);
    await page.evaluate(() => window.interphase.pause());
    expect(await getKey(page, 'playing')).toBe(false);

    await page.evaluate(() => window.interphase.reset());
    await page.evaluate(() => window.interphase.step());
    expect(await getKey(page, 'halfStep')).toBe('pulseA');
    await page.evaluate(() => window.interphase.step());
    expect(await getKey(page, 'halfStep')).toBe('purgeA');

    const state = await page.evaluate(() => window.interphase.runCycles(2));
    expect(state.cycle).toBe(2);
    expect(state.thicknessNm).toBeGreaterThan(0);

    const errors = await page.evaluate(async () => {
      const out: string[] = [];
      for (const n of [0, 501, 1.5, -3, Number.NaN, '3']) {
        out.push(await window.interphase.runCycles(n as number).then(() => 'resolved', (e: Error) => e.message));
      }
      return out;
    });
    for (const e of errors) expect(e).toContain('integer from 1 to 500');
    expect(await getKey(page, 'cycle')).toBe(2);
    expect((await page.evaluate(() => window.interphase.runCycles(500))).cycle).toBe(502);
  });

  test('reset() restores the opened setup but keeps speed and colours, clears the film and pauses', async ({ page }) => {
    await openApp(page, 'process=alucone-eg&pulseAS=0.05&seed=5&speed=slow&colorProfile=default');
    const opened = await getAll(page);
    await page.evaluate(async () => {
      await window.interphase.set({ process: 'al2o3', pulseAS: 2, purgeBS: 9, seed: 8, speed: 'fast', colorProfile: 'projector' });
      await window.interphase.runCycles(2);
      await window.interphase.play();
    });
    await page.evaluate(() => window.interphase.reset());
    const after = await getAll(page);
    for (const key of ['process', 'pulseAS', 'purgeAS', 'pulseBS', 'purgeBS', 'temperatureC', 'seed', 'hotkeys']) {
      expect(after[key], key).toEqual(opened[key]);
    }
    expect(after.speed).toBe('fast');
    expect(after.colorProfile).toBe('projector');
    expect(after.cycle).toBe(0);
    expect(after.thicknessNm).toBe(0);
    expect(after.playing).toBe(false);
  });

  test('the same settings and seed give bit-identical films however they are run', async ({ page }) => {
    await openApp(page, 'process=alucone-eg&pulseAS=0.004&purgeAS=3&seed=11&speed=fast');
    const pick = async (p: Page) => {
      const all = await getAll(p);
      return { cycle: all.cycle, thicknessNm: all.thicknessNm, growthPerCycleNm: all.growthPerCycleNm };
    };

    await page.evaluate(() => window.interphase.runCycles(3));
    const viaRun = await pick(page);
    expect(viaRun.cycle).toBe(3);
    expect(viaRun.thicknessNm).toBeGreaterThan(0);

    await page.evaluate(() => window.interphase.reset());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(async () => {
      for (let i = 0; i < 12; i++) await window.interphase.step();
    });
    const viaSteps = await pick(page);

    await page.evaluate(() => window.interphase.reset());
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // Pause from inside the change callback: every readout is published before it runs.
    await page.evaluate(() => {
      window.interphase.observe('cycle', (c) => {
        if (c === 3) void window.interphase.pause();
      });
      return window.interphase.play();
    });
    await expect.poll(() => getKey(page, 'playing'), { timeout: 30_000 }).toBe(false);
    const viaPlay = await pick(page);

    expect(viaSteps).toEqual(viaRun);
    expect(viaPlay).toEqual(viaRun);
    expect(Object.is(viaSteps.thicknessNm, viaRun.thicknessNm)).toBe(true);
    expect(Object.is(viaPlay.growthPerCycleNm, viaRun.growthPerCycleNm)).toBe(true);
  });
});
