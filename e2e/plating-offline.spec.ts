import { test, expect, openApp, getKey, waitPlatingReady, serviceWorkerControls } from './fixtures.ts';

test('after one visit the Plating lab loads and runs offline from the service worker', async ({ page, context }) => {
  test.setTimeout(120_000);
  // The first visit is to the Reactor, so the Plating lab's code can only come from the precache.
  await openApp(page);
  const controlled = await serviceWorkerControls(page);
  expect(controlled).toBe(true);

  const platingFiles: { url: string; fromSW: boolean }[] = [];
  page.on('response', (r) => {
    if (/plating/i.test(new URL(r.url()).pathname)) platingFiles.push({ url: r.url(), fromSW: r.fromServiceWorker() });
  });
  await context.setOffline(true);
  const response = await page.goto('./?screen=plating&capacityMAhcm2=0.1&platingPanel=results');
  expect(response?.fromServiceWorker()).toBe(true);
  await waitPlatingReady(page);
  expect(await getKey(page, 'capacityMAhcm2')).toBe(0.1);

  const results = (await page.evaluate(() => window.interphase.runToEnd())) as Record<string, Record<string, unknown>>;
  expect(Object.keys(results).sort()).toEqual(['cu', 'las11-50', 'tio2-5']);
  for (const r of Object.values(results)) expect(r.depositThicknessUm as number).toBeGreaterThan(0);
  expect(await getKey(page, 'status')).toBe('done');
  await expect(page.locator('ip-plating-results .sim[data-key="depositThicknessUm"]')).toHaveCount(3);
  // The charts' code loads when their panel first opens: offline too.
  await page.evaluate(() => window.interphase.set({ platingPanel: 'charts' }));
  await expect(page.locator('ip-plating-charts ip-line-chart').first()).toBeVisible();

  // The lazily loaded screen chunk and the plating worker were both served by the service worker.
  expect(platingFiles.length).toBeGreaterThan(0);
  expect(platingFiles.filter((f) => !f.fromSW)).toEqual([]);
  expect(page.workers().some((w) => /plating/i.test(w.url()))).toBe(true);
});
