import { test, expect, openPlating, openPlatingPanel, getKey } from './fixtures.ts';

interface Cycled {
  coulombicEfficiency: number[];
  deadLiMAhcm2: number;
  seiLossMAhcm2: number;
}

const QUERY = 'substrates=cu,las11-50&capacityMAhcm2=0.3&platingCycles=2&platingSeed=5';

test.describe('Plating lab: plate–strip cycles', () => {
  test('platingCycles by link: the run cycles, conserves charge, and shows CE, inactive Li and the stripped sections', async ({ page }) => {
    test.setTimeout(180_000);
    await openPlating(page, QUERY);
    expect(await getKey(page, 'platingCycles')).toBe(2);
    await expect(page.locator('ip-plating-setup #cycles')).toHaveValue('2');
    const results = (await page.evaluate(() => window.interphase.runToEnd())) as Record<string, Cycled>;
    for (const [id, r] of Object.entries(results)) {
      expect(r.coulombicEfficiency, id).toHaveLength(2);
      for (const ce of r.coulombicEfficiency) expect(ce > 0 && ce < 1, id).toBe(true);
      const lost = 2 * 0.3 - 0.3 * (r.coulombicEfficiency[0]! + r.coulombicEfficiency[1]!);
      expect(Math.abs(lost - r.deadLiMAhcm2 - r.seiLossMAhcm2) / lost, id).toBeLessThan(0.01);
    }
    expect(results.cu!.deadLiMAhcm2).toBeGreaterThan(results['las11-50']!.deadLiMAhcm2);

    await openPlatingPanel(page, 'charts');
    await expect(page.getByRole('button', { name: /Export CSV.*Coulombic efficiency, cycle by cycle/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Export CSV.*Inactive Li after each cycle/ })).toBeVisible();
    // Cycles are counted: the cycle axis has a tick at whole numbers only (two cycles would otherwise get 1.2, 1.4 …).
    const ceChart = page.locator('ip-plating-charts ip-line-chart[x-whole-numbers]').first();
    await ceChart.scrollIntoViewIfNeeded();
    await expect.poll(() => ceChart.locator('.x-axis .tick text').count()).toBeGreaterThanOrEqual(2);
    const ticks = await ceChart.locator('.x-axis .tick text').allTextContents();
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
    await openPlatingPanel(page, 'snapshots');
    await expect(page.getByRole('columnheader', { name: 'after strip 2' })).toBeVisible();
    await expect(page.locator('ip-plating-snapshots ip-plating-section canvas').first()).toHaveAttribute('aria-label', /dead Li/);
    await openPlatingPanel(page, 'results');
    await expect(page.getByRole('rowheader', { name: /Dead Li/ })).toBeVisible();
  });

  test('platingCycles by host API: clamped to 0–50, rounded to a whole number, words refused', async ({ page }) => {
    await openPlating(page);
    expect(await getKey(page, 'platingCycles')).toBe(0);
    const set = (v: unknown) => page.evaluate((c) => window.interphase.set({ platingCycles: c }), v) as Promise<{
      clamped: Record<string, { used: unknown }>; rejected: Record<string, string>;
    }>;
    expect((await set(80)).clamped.platingCycles!.used).toBe(50);
    await set(2.4);
    expect(await getKey(page, 'platingCycles')).toBe(2);
    expect((await set('many')).rejected.platingCycles).toBeTruthy();
    expect(await getKey(page, 'platingCycles')).toBe(2);
  });

  test('a cycling run shows progress, can be paused, and a worker that dies mid-strip resumes to the same results', async ({ page, context }) => {
    test.setTimeout(240_000);
    const other = await context.newPage();
    await openPlating(other, QUERY);
    const reference = (await other.evaluate(() => window.interphase.runToEnd())) as Record<string, Cycled>;
    await other.close();
    await openPlating(page, QUERY);
    await page.evaluate(() => window.interphase.play());
    await page.waitForFunction(async () => ((await window.interphase.get('progress')) as number) >= 0.3);
    await page.evaluate(() => window.interphase.pause());
    const paused = (await getKey(page, 'progress')) as number;
    expect(paused).toBeLessThan(1);
    expect(await getKey(page, 'status')).toBe('paused');
    // 0.3 of two cycles is inside the first strip.
    for (const w of page.workers()) await w.evaluate(() => self.close()).catch(() => undefined);
    const results = (await page.evaluate(() => window.interphase.runToEnd())) as Record<string, Cycled>;
    expect(results).toEqual(reference);
  });
});
