import type { Page } from '@playwright/test';
import { test, expect, openApp, getKey, viewMessage, canvasColourCount } from './fixtures.ts';

/**
 * Loses or restores the 3D view's WebGL context through WEBGL_lose_context, in the render
 * worker that draws it (its contexts are in self.__interphaseGl). The extension object is kept
 * there: a lost context hands out no extensions.
 */
async function contextLoss(page: Page, action: 'loseContext' | 'restoreContext'): Promise<void> {
  for (const worker of page.workers()) {
    const done = await worker.evaluate((what) => {
      const scope = self as unknown as { __interphaseGl?: Set<WebGL2RenderingContext>; __loseExt?: WEBGL_lose_context };
      const gl = scope.__interphaseGl?.values().next().value;
      if (!gl) return false;
      scope.__loseExt ??= gl.getExtension('WEBGL_lose_context')!;
      scope.__loseExt[what]();
      return true;
    }, action);
    if (done) return;
  }
  throw new Error('No render worker holds a WebGL context.');
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

test('both 3D views draw in a render worker: the page itself never loads three.js', async ({ page }) => {
  const pageLoadsThree = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/three-[^/]*\.js$/.test(e.name)));
  await openApp(page);
  await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);
  await page.locator('interphase-app').getByRole('button', { name: 'Plating lab' }).click();
  await page.locator('ip-plating-screen').getByRole('tab', { name: '3D' }).click();
  const view3d = page.locator('ip-plating-3d canvas');
  await expect.poll(() => canvasColourCount(page, view3d)).toBeGreaterThan(2);
  expect(await pageLoadsThree()).toBe(false);
});

test('where a canvas cannot be handed to a worker, the page draws both 3D views itself', async ({ page }) => {
  await page.addInitScript(() => {
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });
  await openApp(page);
  await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);
  const pageContexts = () => page.evaluate(() => (window as unknown as { __interphaseGl?: Set<unknown> }).__interphaseGl?.size ?? 0);
  expect(await pageContexts()).toBe(1);
  await page.locator('interphase-app').getByRole('button', { name: 'Plating lab' }).click();
  await page.locator('ip-plating-screen').getByRole('tab', { name: '3D' }).click();
  await expect.poll(() => canvasColourCount(page, page.locator('ip-plating-3d canvas'))).toBeGreaterThan(2);
  expect(await pageContexts()).toBe(2);
});
