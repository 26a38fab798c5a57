import { test, expect, openApp, getKey, readout, viewMessage, canvasColourCount, openSidePanel } from './fixtures.ts';

test('the Reactor screen loads and draws its film', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Interphase/);
  await expect(page.locator('interphase-app h1')).toHaveText('Interphase');

  const canvas = page.locator('ip-reactor-screen canvas');
  await expect(canvas).toBeVisible();
  await expect(viewMessage(page)).toHaveCount(0);
  // The film of the first snapshot is drawn: far more than the background's colours.
  await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);

  expect(await getKey(page, 'cycle')).toBe(0);
  await expect(readout(page, 'cycle')).toHaveText('0');
  // The charts load and draw when their panel opens.
  await openSidePanel(page, 'reactor', 'charts');
  await expect(page.locator('ip-line-chart svg').first()).toBeVisible();
});
