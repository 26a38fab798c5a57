import type { Page } from '@playwright/test';
import { test, expect, openApp, getKey, viewMessage, canvasColourCount } from './fixtures.ts';

/**
 * Loses or restores the 3D view's WebGL context through WEBGL_lose_context. The extension
 * object is kept on window: a lost context hands out no extensions.
 */
function contextLoss(page: Page, action: 'loseContext' | 'restoreContext'): Promise<void> {
  return page.evaluate((what) => {
    const w = window as unknown as { __loseExt?: WEBGL_lose_context };
    if (!w.__loseExt) {
      const canvas = document.querySelector('interphase-app')!.shadowRoot!
        .querySelector('ip-reactor-screen')!.shadowRoot!.querySelector('canvas')!;
      // Asking again returns the context the app already made.
      w.__loseExt = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    }
    w.__loseExt[what]();
  }, action);
}

test('a lost WebGL context is reported and the view comes back when it is restored', async ({ page }) => {
  await openApp(page, 'speed=fast');
  await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);

  await contextLoss(page, 'loseContext');
  await expect(viewMessage(page)).toBeVisible();
  await expect(viewMessage(page)).toContainText('graphics context was lost');
  // The model does not depend on the view.
  expect((await page.evaluate(() => window.interphase.runCycles(1))).cycle).toBe(1);

  await contextLoss(page, 'restoreContext');
  await expect(viewMessage(page)).toHaveCount(0);
  await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);

  await page.locator('ip-time-controls').getByRole('button', { name: 'Step ▸ half-step' }).click();
  await expect.poll(() => getKey(page, 'halfStep')).toBe('pulseA');
  expect(await getKey(page, 'cycle')).toBe(1);
  await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);
});
