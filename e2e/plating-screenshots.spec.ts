import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openPlating, canvasColourCount, scrollThrough } from './fixtures.ts';

/** shots/ is git-ignored: these pictures are for people to look at, not baselines. */
const SHOTS = fileURLToPath(new URL('../shots/', import.meta.url));

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const profile of ['default', 'projector']) {
  test(`Plating screenshots: ${profile} colours, default comparison`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(SIZES[0]!);
    // The default comparison: Cu, 5 nm TiO2 and 50 nm LAS 1:1 at 1 mA/cm² to 1 mAh/cm².
    await openPlating(page, `colorProfile=${profile}`);
    expect(await page.evaluate(() => window.interphase.get())).toMatchObject({
      substrates: ['cu', 'tio2-5', 'las11-50'], currentMAcm2: 1, capacityMAhcm2: 1,
    });
    await page.evaluate(() => window.interphase.runToEnd());
    await expect(page.locator('ip-plating-results .sim[data-key="depositThicknessUm"]')).toHaveCount(3);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const view3d = page.locator('ip-plating-3d canvas');
      await expect.poll(() => canvasColourCount(page, view3d)).toBeGreaterThan(10);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await horizontalOverflow(page), `no horizontal scrolling at ${size.width}x${size.height}`).toBeLessThanOrEqual(0);
      await scrollThrough(page);
      await page.screenshot({ path: `${SHOTS}plating-${profile}-${size.width}x${size.height}.png`, fullPage: true });
    }
  });
}
