import { test, expect, openPlating, getAll, getKey, warningsBanner } from './fixtures.ts';

const SETTINGS = ['screen', 'substrates', 'currentMAcm2', 'capacityMAhcm2', 'seed', 'preset'] as const;

test('a dead plating worker is replaced, keeping the settings and the run so far', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlating(page, 'substrates=cu,tio2-10&capacityMAhcm2=0.1&seed=11');
  await page.evaluate(async () => {
    await window.interphase.set({ currentMAcm2: 2 });
    await window.interphase.step();
    await window.interphase.step();
  });
  const before = await getAll(page);
  expect(before.progress).toBeCloseTo(0.02, 10);
  expect(page.workers().some((w) => /plating/i.test(w.url()))).toBe(true);

  for (const w of page.workers()) {
    // The worker may vanish before it can answer.
    await w.evaluate(() => self.close()).catch(() => undefined);
  }

  const banner = warningsBanner(page);
  await expect(banner).toContainText('plating worker', { timeout: 15_000 });
  await expect(banner).toContainText('restarted');

  const after = await getAll(page);
  for (const key of SETTINGS) expect(after[key], key).toEqual(before[key]);
  expect(after.progress).toBeCloseTo(0.02, 10);
  expect(after.status).toBe('paused');

  const results = (await page.evaluate(() => window.interphase.runToEnd())) as Record<string, unknown>;
  expect(Object.keys(results).sort()).toEqual(['cu', 'tio2-10']);
  expect(await getKey(page, 'status')).toBe('done');
  expect(await getKey(page, 'progress')).toBe(1);
});
