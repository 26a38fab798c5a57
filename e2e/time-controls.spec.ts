import type { Page } from '@playwright/test';
import { test, expect, openApp, getKey, getAll, readout } from './fixtures.ts';

const controls = (page: Page) => page.locator('ip-time-controls');
const button = (page: Page, name: string | RegExp) => controls(page).getByRole('button', { name });

async function waitKey(page: Page, key: string, value: unknown, timeout = 15_000): Promise<void> {
  await expect.poll(() => getKey(page, key), { timeout }).toEqual(value);
}

test.describe('time controls', () => {
  test('Play advances the film at fast speed and Pause holds it', async ({ page }) => {
    await openApp(page, 'speed=fast');
    await button(page, '▶ Play').click();
    await waitKey(page, 'playing', true);
    await expect.poll(() => getKey(page, 'cycle'), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await button(page, '❚❚ Pause').click();
    await waitKey(page, 'playing', false);
    const held = await getAll(page);
    await page.waitForTimeout(1500);
    const later = await getAll(page);
    expect(later.cycle).toBe(held.cycle);
    expect(later.halfStep).toBe(held.halfStep);
    expect(later.thicknessNm).toBe(held.thicknessNm);
  });

  test('Step advances exactly one half-step, in order', async ({ page }) => {
    await openApp(page, 'speed=fast');
    expect(await getKey(page, 'halfStep')).toBeNull();
    const order = ['pulseA', 'purgeA', 'pulseB', 'purgeB', 'pulseA'];
    for (const [i, step] of order.entries()) {
      await button(page, 'Step ▸ half-step').click();
      await waitKey(page, 'halfStep', step);
      // halfStep is published when the animation ends; a short wait shows no further step slipped in.
      await page.waitForTimeout(300);
      expect(await getKey(page, 'halfStep')).toBe(step);
      // The cycle counts up when purge B completes.
      expect(await getKey(page, 'cycle')).toBe(i < 3 ? 0 : 1);
    }
    expect(await getKey(page, 'playing')).toBe(false);
  });

  test('Run N cycles from the Cycles box', async ({ page }) => {
    await openApp(page);
    await controls(page).getByLabel('Cycles').fill('3');
    await button(page, 'Run').click();
    await expect(readout(page, 'cycle')).toHaveText('3');
    expect(await getKey(page, 'cycle')).toBe(3);
    expect(await getKey(page, 'thicknessNm')).toBeGreaterThan(0);
  });

  test('Restart film keeps the recipe and clears the film', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => window.interphase.set({ pulseAS: 0.005 }));
    await page.evaluate(() => window.interphase.runCycles(2));
    expect(await getKey(page, 'thicknessNm')).toBeGreaterThan(0);
    await button(page, 'Restart film').click();
    await waitKey(page, 'cycle', 0);
    expect(await getKey(page, 'thicknessNm')).toBe(0);
    expect(await getKey(page, 'halfStep')).toBeNull();
    expect(await getKey(page, 'pulseAS')).toBe(0.005);
    await expect(page.locator('ip-recipe-panel input#pulseAS')).toHaveValue('0.005');
  });

  test("Reset all restores the link's values", async ({ page }) => {
    await openApp(page, 'process=alucone-eg&pulseAS=0.05&purgeBS=30&seed=9');
    const opened = await getAll(page);
    await page.evaluate(() => window.interphase.set({ process: 'al2o3', pulseAS: 1, purgeBS: 5, seed: 4 }));
    await page.evaluate(() => window.interphase.runCycles(2));
    await button(page, '↺ Reset all').click();
    await waitKey(page, 'process', 'alucone-eg');
    await waitKey(page, 'cycle', 0);
    const after = await getAll(page);
    for (const key of ['process', 'pulseAS', 'purgeAS', 'pulseBS', 'purgeBS', 'temperatureC', 'seed']) {
      expect(after[key], key).toEqual(opened[key]);
    }
    expect(after.thicknessNm).toBe(0);
    await expect(page.locator('ip-recipe-panel input#purgeBS')).toHaveValue('30');
  });

  test('hotkeys: Space plays and pauses, ArrowRight steps, R restarts', async ({ page }) => {
    await openApp(page, 'speed=fast');
    await page.keyboard.press('Space');
    await waitKey(page, 'playing', true);
    await page.keyboard.press('Space');
    await waitKey(page, 'playing', false);

    await page.evaluate(() => window.interphase.reset());
    await page.keyboard.press('ArrowRight');
    await waitKey(page, 'halfStep', 'pulseA');
    expect(await getKey(page, 'playing')).toBe(false);

    await page.evaluate(() => window.interphase.runCycles(2));
    await page.keyboard.press('r');
    await waitKey(page, 'cycle', 0);
    expect(await getKey(page, 'thicknessNm')).toBe(0);
  });

  test('hotkeys stay quiet while typing in a recipe field', async ({ page }) => {
    await openApp(page, 'speed=fast');
    await page.evaluate(() => window.interphase.runCycles(1));
    await page.locator('ip-recipe-panel input#purgeAS').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('r');
    await page.keyboard.press('R');
    await page.waitForTimeout(800);
    expect(await getKey(page, 'playing')).toBe(false);
    expect(await getKey(page, 'cycle')).toBe(1);
  });

  test("the keyboard dialog opens with '?', lists the keys and can switch them off", async ({ page }) => {
    await openApp(page, 'speed=fast');
    await page.keyboard.press('?');
    const dialog = page.locator('ip-keyboard-dialog dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    const keys = await dialog.locator('kbd').allTextContents();
    for (const k of ['Space', '→', 'R', '?']) expect(keys).toContain(k);
    await expect(dialog.getByText('Play or pause')).toBeVisible();

    const box = dialog.getByLabel('Keyboard shortcuts on');
    await expect(box).toBeChecked();
    await box.uncheck();
    await waitKey(page, 'hotkeys', 'off');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await page.locator('body').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(800);
    expect(await getKey(page, 'playing')).toBe(false);
    expect(await getKey(page, 'halfStep')).toBeNull();
  });

  test('with reduced motion a step completes at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Slow speed animates a half-step for 4 s; reduced motion must not wait for it. The bound only
    // tells a jump from that animation (a busy shared machine takes a second or two for the call).
    await openApp(page, 'speed=slow');
    await button(page, 'Step ▸ half-step').click();
    await waitKey(page, 'halfStep', 'pulseA', 3000);
    await button(page, 'Step ▸ half-step').click();
    await waitKey(page, 'halfStep', 'purgeA', 3000);
  });
});
