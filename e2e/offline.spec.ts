import { test, expect, openApp, getKey, serviceWorkerControls, openSidePanel } from './fixtures.ts';

test('after one visit the app works offline from its service worker', async ({ page, context, baseURL }) => {
  await openApp(page, 'process=alucone-hq&seed=4');
  // clientsClaim: the first visit is taken over as soon as the worker activates.
  const controlled = await serviceWorkerControls(page);
  expect(controlled).toBe(true);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await page.waitForFunction(async () => window.interphase !== undefined && (await window.interphase.get('cycle')) === 0);
  expect(await getKey(page, 'process')).toBe('alucone-hq');
  const state = await page.evaluate(() => window.interphase.runCycles(2));
  expect(state.cycle).toBe(2);
  expect(state.thicknessNm).toBeGreaterThan(0);
  await expect(page.locator('ip-readouts-panel [data-key="cycle"]')).toHaveText('2');

  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  const tabResponse = await tab.goto(new URL('./?process=nylon66', baseURL).href);
  expect(tabResponse?.fromServiceWorker()).toBe(true);
  await tab.waitForFunction(async () => window.interphase !== undefined && (await window.interphase.get('cycle')) === 0);
  expect(await tab.evaluate(() => window.interphase.get('process'))).toBe('nylon66');
  expect((await tab.evaluate(() => window.interphase.runCycles(1))).cycle).toBe(1);
  // The charts' code comes from the cache when their panel opens.
  await openSidePanel(tab, 'reactor', 'charts');
  await expect(tab.locator('ip-line-chart svg').first()).toBeVisible();
  expect(errors).toEqual([]);
  await tab.close();
});
