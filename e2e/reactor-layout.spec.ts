import { test, expect, openApp, getKey, shownShare } from './fixtures.ts';

for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  test.describe(`Reactor on one screen at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('the 3D view, the time controls, the timing strip and the film numbers are in the first screenful; the page does not scroll', async ({ page }) => {
      await openApp(page);
      const screen = page.locator('ip-reactor-screen');
      expect(await shownShare(screen.locator('canvas'))).toBe(1);
      expect((await screen.locator('canvas').boundingBox())!.height).toBeGreaterThan(180);
      for (const name of ['▶ Play', 'Run', 'Restart film']) expect(await shownShare(screen.getByRole('button', { name, exact: true }))).toBe(1);
      expect(await shownShare(screen.locator('ip-timing-strip'))).toBe(1);
      expect(await shownShare(screen.locator('ip-readouts-panel'))).toBe(1);
      const scroll = await page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);
      expect(scroll).toBeLessThanOrEqual(1);
    });

    test('the side panel opens one part at a time, by tab, arrow key and the reactorPanel key, and folds away', async ({ page }) => {
      await openApp(page);
      const screen = page.locator('ip-reactor-screen');
      await expect(screen.locator('ip-recipe-panel')).toBeVisible();
      await expect(screen.locator('ip-process-panel')).toBeVisible();
      await screen.getByRole('tab', { name: 'Sequence' }).click();
      expect(await getKey(page, 'reactorPanel')).toBe('sequence');
      await expect(screen.locator('ip-sequence-panel')).toBeVisible();
      await expect(screen.locator('ip-recipe-panel')).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
      expect(await getKey(page, 'reactorPanel')).toBe('charts');
      await expect(screen.getByRole('tab', { name: 'Charts' })).toBeFocused();
      await expect(screen.locator('ip-line-chart svg')).toHaveCount(2);
      await page.evaluate(() => window.interphase.set({ reactorPanel: 'process' }));
      await expect(screen.locator('ip-recipe-panel')).toBeVisible();
      const width = (await screen.locator('canvas').boundingBox())!.width;
      await screen.getByRole('button', { name: 'Hide panel' }).click();
      await expect(screen.getByRole('tabpanel')).toHaveCount(0);
      expect(page.url()).toContain('reactorPanel=hidden');
      // Folded, the 3D view takes the room.
      await expect.poll(async () => (await screen.locator('canvas').boundingBox())!.width).toBeGreaterThan(width + 100);
    });
  });
}

test.describe('a lesson beside the Reactor at 1280x720', () => {
  test('the lesson panel ends at the bottom of the window, however many rows the header takes: the page does not scroll', async ({ page }) => {
    for (const locale of ['en', 'zh-CN']) {
      await page.goto(`./?lesson=ald-layer-by-layer&step=2&locale=${locale}`);
      await expect(page.locator('ip-lesson-panel #step-title')).toBeVisible();
      await expect.poll(() => page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight), locale).toBeLessThanOrEqual(1);
    }
  });
});
