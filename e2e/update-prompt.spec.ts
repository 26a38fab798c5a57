import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, getKey, serviceWorkerControls } from './fixtures.ts';

// The folder the config's web server builds into and serves from disk.
const swPath = join(process.env.PW_OUTDIR ?? 'dist', 'sw.js');

test('a new version is announced with a reload prompt and never replaces the page by itself', async ({ page }) => {
  await openApp(page, 'process=alucone-eg');
  expect(await serviceWorkerControls(page)).toBe(true);
  await page.evaluate(() => window.interphase.runCycles(2));

  // A byte-different service worker is what a new deployment looks like to the browser.
  const original = readFileSync(swPath, 'utf8');
  writeFileSync(swPath, `${original}\n// next version\n`);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  } finally {
    writeFileSync(swPath, original);
  }

  const prompt = page.getByRole('alert').filter({ hasText: 'new version' });
  await expect(prompt).toBeVisible();
  // The page under the user is untouched until they choose.
  expect(await getKey(page, 'cycle')).toBe(2);
  await page.waitForTimeout(1000);
  expect(await getKey(page, 'cycle')).toBe(2);

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload to update' }).click()]);
  await page.waitForFunction(async () => window.interphase !== undefined && (await window.interphase.get('cycle')) === 0);
  expect(await getKey(page, 'process')).toBe('alucone-eg');
});
