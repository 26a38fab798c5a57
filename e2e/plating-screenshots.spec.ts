import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openPlating, openPlatingPanel, canvasColourCount } from './fixtures.ts';
import { PLATING_PANELS } from '../src/screens/plating/plating-settings.ts';

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

    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const panel of PLATING_PANELS) {
        await openPlatingPanel(page, panel);
        if (panel === 'results') await expect(page.locator('ip-plating-results .sim[data-key="depositThicknessUm"]')).toHaveCount(3);
        if (panel === '3d') await expect.poll(() => canvasColourCount(page, page.locator('ip-plating-3d canvas'))).toBeGreaterThan(10);
        for (const view of await page.locator('ip-plating-screen .views ip-plating-top-view canvas').all()) {
          await expect.poll(() => canvasColourCount(page, view)).toBeGreaterThan(1); // drawn, not blank (a grey SEM picture has few colours)
        }
        expect(await horizontalOverflow(page), `no horizontal scrolling at ${size.width}x${size.height}, ${panel}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}plating-${profile}-${size.width}x${size.height}-${panel}.png` });
      }
    }
  });
}
