import { test, expect, openPlating, getKey, canvasColourCount } from './fixtures.ts';

const SMALL = 'capacityMAhcm2=0.1';

test.describe('Plating lab smoke', () => {
  test('opens idle, and "Run to end" plates every substrate to done', async ({ page }) => {
    test.setTimeout(120_000);
    await openPlating(page, SMALL);
    expect(await getKey(page, 'status')).toBe('idle');
    expect(await getKey(page, 'progress')).toBe(0);
    const substrates = (await getKey(page, 'substrates')) as string[];
    expect(substrates).toEqual(['cu', 'tio2-5', 'las11-50']);

    const screen = page.locator('ip-plating-screen');
    await expect(screen.locator('.views ip-plating-top-view')).toHaveCount(substrates.length);
    await expect(screen.locator('.views ip-plating-section')).toHaveCount(substrates.length);
    // The side panel opens on the setup; the other parts wait behind their tabs.
    await expect(screen.locator('ip-plating-setup')).toBeVisible();
    await expect(screen.getByRole('tab')).toHaveCount(6);

    await screen.getByRole('button', { name: 'Run to end' }).click();
    await expect.poll(() => getKey(page, 'status'), { timeout: 90_000 }).toBe('done');
    expect(await getKey(page, 'progress')).toBe(1);
    await expect(screen.getByText('Done', { exact: true })).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Run to end' })).toBeDisabled();

    const results = (await getKey(page, 'results')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(results).sort()).toEqual([...substrates].sort());
    for (const id of substrates) {
      expect(results[id]!.depositThicknessUm as number).toBeGreaterThan(0);
      expect(results[id]!.nucleiDensityPerCm2 as number).toBeGreaterThan(0);
    }

    await screen.getByRole('tab', { name: 'Results' }).click();
    // The table shows a value in every substrate's column of every row.
    const table = screen.locator('ip-plating-results');
    await expect(table.locator('thead th')).toHaveCount(substrates.length + 1);
    const thickness = table.locator('.sim[data-key="depositThicknessUm"]');
    await expect(thickness).toHaveCount(substrates.length);
    for (const text of await thickness.allTextContents()) expect(text).toMatch(/\d/);

    // The one 3D view is drawn, with no failure message.
    await screen.getByRole('tab', { name: '3D' }).click();
    const view3d = screen.locator('ip-plating-3d');
    await expect(view3d.locator('canvas')).toBeVisible();
    await expect(view3d.locator('.status')).toHaveCount(0);
    await expect.poll(() => canvasColourCount(page, view3d.locator('canvas'))).toBeGreaterThan(10);
    await screen.getByRole('tab', { name: 'Charts' }).click();
    await expect(screen.locator('ip-plating-charts svg').first()).toBeVisible();
  });

  test('step() plates 1 % and play/pause changes the status', async ({ page }) => {
    await openPlating(page, SMALL);
    await page.evaluate(() => window.interphase.step());
    expect(await getKey(page, 'status')).toBe('paused');
    expect(await getKey(page, 'progress')).toBeCloseTo(0.01, 10);
    await page.evaluate(() => window.interphase.step());
    expect(await getKey(page, 'progress')).toBeCloseTo(0.02, 10);

    await page.evaluate(() => window.interphase.play());
    expect(await getKey(page, 'status')).toBe('running');
    await expect.poll(() => getKey(page, 'progress')).toBeGreaterThan(0.02);
    await page.evaluate(() => window.interphase.pause());
    expect(await getKey(page, 'status')).toBe('paused');
    const paused = (await getKey(page, 'progress')) as number;
    expect(paused).toBeLessThan(1);
    await page.waitForTimeout(300);
    expect(await getKey(page, 'progress')).toBe(paused);

    // The Play button drives the same state.
    const play = page.locator('ip-plating-screen ip-time-controls button.play');
    await play.click();
    await expect.poll(() => getKey(page, 'status')).toBe('running');
    await play.click();
    await expect.poll(() => getKey(page, 'status')).toBe('paused');
  });
});
