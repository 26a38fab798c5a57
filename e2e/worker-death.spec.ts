import { test, expect, openApp, getAll, writableOf } from './fixtures.ts';

test('a dead model worker is replaced, with the settings and film regrown', async ({ page }) => {
  await openApp(page);
  await page.evaluate(async () => {
    await window.interphase.set({ process: 'alucone-eg', pulseAS: 0.008, purgeBS: 12, seed: 21 });
    await window.interphase.runCycles(2);
  });
  const before = await getAll(page);
  expect(before.cycle).toBe(2);
  expect(page.workers().length).toBeGreaterThan(0);

  for (const w of page.workers()) {
    // The worker may vanish before it can answer.
    await w.evaluate(() => self.close()).catch(() => undefined);
  }

  const banner = page.getByRole('region', { name: 'Warnings' });
  await expect(banner).toContainText('worker', { timeout: 10_000 });
  await expect(banner).toContainText('restarted');

  const after = await getAll(page);
  expect(writableOf(after)).toEqual(writableOf(before));
  expect(after.cycle).toBe(2);
  // The film is regrown from the same seed, so it is the same film.
  expect(after.thicknessNm).toBe(before.thicknessNm);

  const state = await page.evaluate(() => window.interphase.runCycles(1));
  expect(state.cycle).toBe(3);
  await expect(page.locator('ip-readouts-panel [data-key="cycle"]')).toHaveText('3');
});
