import { test, expect, openPlating, openPlatingPanel, seriousViolations } from './fixtures.ts';
import { PLATING_PANELS } from '../src/screens/plating/plating-settings.ts';

const NAMES = {
  en: { params: 'Parameters and sources for substrate 2', close: 'Close' },
  'zh-CN': { params: '衬底 2 的参数与来源', close: '关闭' },
} as const;

// Two of the four pairings: both locales and both profiles are each scanned in every part, within the CI budget.
for (const [locale, profile] of [['en', 'default'], ['zh-CN', 'projector']] as const) {
  test.describe(`Plating lab accessibility, ${profile} colours, ${locale}`, () => {
    const names = NAMES[locale];
    test('no serious violations after load, after a run in every side panel, or with the Parameters dialog open', async ({ page }) => {
      test.setTimeout(180_000);
      await openPlating(page, `colorProfile=${profile}&capacityMAhcm2=0.1&locale=${locale}`);
      expect(await seriousViolations(page), 'after load').toEqual([]);

      await page.evaluate(() => window.interphase.runToEnd());
      await page.evaluate(() => window.interphase.set({ platingPanel: 'results' }));
      await expect(page.locator('ip-plating-results .sim[data-key="depositThicknessUm"]')).toHaveCount(3);
      for (const panel of PLATING_PANELS) {
        await openPlatingPanel(page, panel);
        expect(await seriousViolations(page), `after a run, ${panel} panel`).toEqual([]);
      }
      await page.evaluate(() => window.interphase.set({ platingPanel: 'setup' }));

      const setup = page.locator('ip-plating-setup');
      await setup.getByRole('button', { name: names.params }).click();
      const dialog = setup.locator('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { level: 2 })).toContainText('TiO');
      expect(await seriousViolations(page), 'Parameters dialog open').toEqual([]);
      await dialog.getByRole('button', { name: names.close }).click();
      await expect(dialog).toBeHidden();
    });
  });
}
