import { test, expect, openPlating, getKey, shownShare } from './fixtures.ts';

for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  test.describe(`Plating lab on one screen at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('every substrate view, the time controls, current and capacity are in the first screenful; the page does not scroll', async ({ page }) => {
      await openPlating(page, 'substrates=cu,tio2-5,tio2-20,las11-50');
      const screen = page.locator('ip-plating-screen');
      for (const view of await screen.locator('.views ip-plating-top-view, .views ip-plating-section').all()) {
        expect(await shownShare(view)).toBeGreaterThan(0.99);
      }
      for (const name of ['Play', 'Run to end', 'Restart run']) expect(await shownShare(screen.getByRole('button', { name }))).toBe(1);
      expect(await shownShare(screen.getByLabel('Current density (mA/cm²)'))).toBe(1);
      expect(await shownShare(screen.getByLabel('Capacity (mAh/cm²)'))).toBe(1);
      const scroll = await page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);
      expect(scroll).toBeLessThanOrEqual(1);
    });

    for (const profile of ['default', 'projector']) {
      test(`each cross-section gets a readable height and at least its top view's width (${profile} colours, two-line names)`, async ({ page }) => {
        await openPlating(page, `substrates=cu,tio2-10,tio2-20&colorProfile=${profile}`);
        const screen = page.locator('ip-plating-screen');
        await page.evaluate(() => window.interphase.runToEnd());
        const tops = await screen.locator('.views ip-plating-top-view').all();
        const sections = await screen.locator('.views ip-plating-section canvas').all();
        expect(sections).toHaveLength(3);
        for (let i = 0; i < 3; i++) {
          const top = await tops[i]!.boundingBox();
          const section = await sections[i]!.boundingBox();
          expect(section!.height, 'section canvas height').toBeGreaterThanOrEqual(70);
          expect(section!.width).toBeGreaterThanOrEqual(top!.width - 1);
          // Cards stay in their own column: no card runs into the next.
          if (i > 0) expect(top!.x).toBeGreaterThan((await tops[i - 1]!.boundingBox())!.x + (await tops[i - 1]!.boundingBox())!.width);
        }
      });
    }

    test('the side panel opens one part at a time, by tab, arrow key and the platingPanel key, and folds away', async ({ page }) => {
      await openPlating(page);
      const screen = page.locator('ip-plating-screen');
      await expect(screen.locator('ip-plating-setup')).toBeVisible();
      await screen.getByRole('tab', { name: 'Results' }).click();
      expect(await getKey(page, 'platingPanel')).toBe('results');
      await expect(screen.locator('ip-plating-results')).toBeVisible();
      await expect(screen.locator('ip-plating-setup')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
      expect(await getKey(page, 'platingPanel')).toBe('snapshots');
      await expect(screen.getByRole('tab', { name: 'Snapshots' })).toBeFocused();
      await page.evaluate(() => window.interphase.set({ platingPanel: 'charts' }));
      await expect(screen.locator('ip-plating-charts')).toBeVisible();
      await screen.getByRole('button', { name: 'Hide panel' }).click();
      await expect(screen.getByRole('tabpanel')).toHaveCount(0);
      expect(page.url()).toContain('platingPanel=hidden');
      // Folded, the views take the room.
      const width = await screen.locator('.views ip-plating-top-view').first().evaluate((el) => el.getBoundingClientRect().width);
      await screen.getByRole('tab', { name: 'Setup' }).click();
      const narrower = await screen.locator('.views ip-plating-top-view').first().evaluate((el) => el.getBoundingClientRect().width);
      expect(narrower).toBeLessThanOrEqual(width);
    });
  });
}
