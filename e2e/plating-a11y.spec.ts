import { test, expect, openPlating, seriousViolations } from './fixtures.ts';

for (const profile of ['default', 'projector']) {
  test.describe(`Plating lab accessibility, ${profile} colours`, () => {
    test('no serious violations after load, after a run, or with the Parameters dialog open', async ({ page }) => {
      test.setTimeout(120_000);
      await openPlating(page, `colorProfile=${profile}&capacityMAhcm2=0.1`);
      expect(await seriousViolations(page), 'after load').toEqual([]);

      await page.evaluate(() => window.interphase.runToEnd());
      await expect(page.locator('ip-plating-results .sim[data-key="depositThicknessUm"]')).toHaveCount(3);
      expect(await seriousViolations(page), 'after a run').toEqual([]);

      const setup = page.locator('ip-plating-setup');
      await setup.getByRole('button', { name: 'Parameters and sources for substrate 2' }).click();
      const dialog = setup.locator('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { level: 2 })).toContainText('TiO');
      expect(await seriousViolations(page), 'Parameters dialog open').toEqual([]);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
    });
  });
}
