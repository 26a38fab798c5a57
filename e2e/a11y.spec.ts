import { test, expect, openApp, seriousViolations } from './fixtures.ts';

for (const profile of ['default', 'projector']) {
  test.describe(`accessibility, ${profile} colours`, () => {
    test('no serious violations on the Reactor screen or in its dialogs', async ({ page }) => {
      await openApp(page, `colorProfile=${profile}&speed=fast`);
      await page.evaluate(() => window.interphase.runCycles(3));
      expect(await seriousViolations(page), 'after load').toEqual([]);

      await page.getByRole('button', { name: 'Share…' }).click();
      const share = page.locator('ip-share-dialog dialog');
      await expect(share).toBeVisible();
      expect(await seriousViolations(page), 'Share dialog open').toEqual([]);
      await share.getByRole('button', { name: 'Close' }).click();
      await expect(share).toBeHidden();

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      const keys = page.locator('ip-keyboard-dialog dialog');
      await expect(keys).toBeVisible();
      expect(await seriousViolations(page), 'Keyboard dialog open').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(keys).toBeHidden();
    });
  });
}
