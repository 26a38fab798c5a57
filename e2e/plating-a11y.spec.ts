import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openPlating } from './fixtures.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 4).join(' | ')}`);
}

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
