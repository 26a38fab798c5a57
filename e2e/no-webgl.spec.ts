import { test, expect, openApp, getKey, readout, viewMessage, BASE_ARGS, openSidePanel } from './fixtures.ts';

// A browser without WebGL, as on some locked-down school machines: no GPU and software WebGL
// refused. (--disable-3d-apis would not do: Chromium still gives OffscreenCanvas, and so the
// render worker, WebGL.)
test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: [...BASE_ARGS, '--disable-gpu', '--disable-software-rasterizer'] } });

test('without WebGL the 3D view says so and everything else works', async ({ page }) => {
  await openApp(page);
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
  await expect(viewMessage(page)).toBeVisible();
  await expect(viewMessage(page)).toContainText('WebGL');
  await expect(viewMessage(page)).toContainText('controls, numbers and charts still work');

  const controls = page.locator('ip-time-controls');
  await controls.getByLabel('Cycles').fill('4');
  await controls.getByRole('button', { name: 'Run' }).click();
  await expect(readout(page, 'cycle')).toHaveText('4');
  expect(await getKey(page, 'cycle')).toBe(4);
  await expect(readout(page, 'thicknessNm')).not.toHaveText(/^0\.000 nm/);

  // The charts load and draw when their panel opens.
  await openSidePanel(page, 'reactor', 'charts');
  const charts = page.locator('ip-line-chart');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart.locator('svg')).toBeVisible();
    await expect(chart.locator('svg path.series').first()).toHaveAttribute('d', /^M.+L/);
  }
  await expect(viewMessage(page)).toBeVisible();
});
