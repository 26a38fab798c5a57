import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** The lesson panel takes a third of a 1024 px window: the screen beside it must still fit and stay readable. */
test.describe('a lesson beside the simulation at 1024x768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  const pageScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight);

  test('Reactor: the page does not scroll, the 3D view keeps its size and the process panel reads in lines', async ({ page }) => {
    await page.goto('./?lesson=ald-layer-by-layer&step=3');
    await expect(page.locator('ip-lesson-panel #step-title')).toBeVisible();
    await expect.poll(() => pageScroll(page)).toBeLessThanOrEqual(1);
    const canvas = (await page.locator('ip-reactor-screen canvas').boundingBox())!;
    expect(canvas.width, '3D view width').toBeGreaterThan(300);
    expect(canvas.height, '3D view height').toBeGreaterThan(150);
    // In the narrow panel each name stands above its value, so a chemical name is not one word per line.
    const dd = (await page.locator('ip-process-panel dd').first().boundingBox())!;
    expect(dd.width, 'process panel value width').toBeGreaterThan(200);
  });

  test('Plating lab, three substrates: every top view and cross-section readable, every results column in sight, the page does not scroll', async ({ page }) => {
    await page.goto('./?lesson=coatings-on-copper&step=5');
    await expect(page.locator('ip-lesson-panel #step-title')).toBeVisible();
    await page.evaluate(() => window.interphase.runToEnd());
    await expect.poll(() => pageScroll(page)).toBeLessThanOrEqual(1);
    const screen = page.locator('ip-plating-screen');
    const tops = await screen.locator('.views ip-plating-top-view').all();
    const sections = await screen.locator('.views ip-plating-section canvas').all();
    expect(sections).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const top = (await tops[i]!.boundingBox())!;
      const section = (await sections[i]!.boundingBox())!;
      expect(top.width, `top view ${i + 1} width`).toBeGreaterThanOrEqual(90);
      expect(section.height, `cross-section ${i + 1} height`).toBeGreaterThanOrEqual(50);
      expect(section.width, `cross-section ${i + 1} width`).toBeGreaterThanOrEqual(top.width);
      expect(top.y + top.height, `substrate ${i + 1} inside the window`).toBeLessThanOrEqual(768);
    }
    const table = screen.locator('ip-plating-results');
    await expect(table.locator('thead th')).toHaveCount(4);
    const wrap = (await table.locator('.wrap').boundingBox())!;
    for (const th of await table.locator('thead th').all()) {
      const box = (await th.boundingBox())!;
      expect(box.x + box.width, 'results column inside the panel').toBeLessThanOrEqual(wrap.x + wrap.width + 1);
    }
  });
});
