import { test, expect, openApp, openSidePanel, seriousViolations } from './fixtures.ts';

const NAMES = {
  en: { share: 'Share…', close: 'Close', keys: 'Keys' },
  'zh-CN': { share: '分享…', close: '关闭', keys: '快捷键' },
} as const;

// Two of the four pairings: both locales and both profiles are each scanned in every part, within the CI budget.
for (const [locale, profile] of [['en', 'default'], ['zh-CN', 'projector']] as const) {
  test.describe(`accessibility, ${profile} colours, ${locale}`, () => {
    const names = NAMES[locale];
    test('no serious violations on the Reactor screen or in its dialogs', async ({ page }) => {
      // Three full axe scans: on a busy 2-core runner each can take 20 s.
      test.setTimeout(120_000);
      await openApp(page, `colorProfile=${profile}&speed=fast&locale=${locale}`);
      await page.evaluate(() => window.interphase.runCycles(3));
      expect(await seriousViolations(page), 'after load').toEqual([]);
      for (const panel of ['sequence', 'charts']) {
        await openSidePanel(page, 'reactor', panel);
        expect(await seriousViolations(page), `${panel} panel`).toEqual([]);
      }

      await page.getByRole('button', { name: names.share }).click();
      const share = page.locator('ip-share-dialog dialog');
      await expect(share).toBeVisible();
      expect(await seriousViolations(page), 'Share dialog open').toEqual([]);
      await share.getByRole('button', { name: names.close }).click();
      await expect(share).toBeHidden();

      await page.getByRole('button', { name: names.keys }).click();
      const keys = page.locator('ip-keyboard-dialog dialog');
      await expect(keys).toBeVisible();
      expect(await seriousViolations(page), 'Keyboard dialog open').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(keys).toBeHidden();
    });
  });
}
