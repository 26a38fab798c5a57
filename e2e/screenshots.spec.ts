import { fileURLToPath } from 'node:url';
import { test, expect, openApp, canvasColourCount, openSidePanel } from './fixtures.ts';
import { REACTOR_PANELS } from '../src/screens/reactor/reactor-settings.ts';

/** shots/ is git-ignored: these pictures are for people to look at, not baselines. */
const SHOTS = fileURLToPath(new URL('../shots/', import.meta.url));

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const profile of ['default', 'projector']) {
  for (const size of SIZES) {
    test(`screenshot: ${profile} colours at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, `colorProfile=${profile}&process=alucone-eg`);
      await page.evaluate(() => window.interphase.runCycles(5));
      await expect(page.locator('ip-readouts-panel [data-key="cycle"]')).toHaveText('5');
      await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);

      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(innerWidth);

      // One screenful per side panel: the page itself does not scroll.
      for (const panel of REACTOR_PANELS) {
        await openSidePanel(page, 'reactor', panel);
        await page.screenshot({ path: `${SHOTS}reactor-${profile}-${size.width}x${size.height}-${panel}.png` });
      }
    });
  }
}
