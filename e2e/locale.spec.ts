import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp, openPlating, openPlatingPanel, openSidePanel, canvasColourCount, getKey, warningsBanner, serviceWorkerControls, scrollThrough } from './fixtures.ts';
import { PLATING_PANELS } from '../src/screens/plating/plating-settings.ts';
import { REACTOR_PANELS } from '../src/screens/reactor/reactor-settings.ts';

/** shots/ is git-ignored: these pictures are for people to look at, not baselines. */
const SHOTS = fileURLToPath(new URL('../shots/', import.meta.url));

const language = (page: Page) => page.locator('interphase-app header select');

test('the language menu switches live: no reload, nothing the user set or ran is lost', async ({ page }) => {
  await openApp(page, 'process=nylon66&pulseAS=0.05&speed=fast');
  await page.evaluate(() => window.interphase.runCycles(2));
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  const before = (await page.evaluate(() => window.interphase.get())) as Record<string, unknown>;

  await language(page).selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '反应器' })).toBeVisible();
  await expect(page.getByRole('button', { name: '分享…' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
  // Only the language and the catalogue's words (the read-only `coatings`, in the locale on screen) change.
  const after = (await page.evaluate(() => window.interphase.get())) as Record<string, unknown>;
  const { coatings: wordsBefore, ...restBefore } = before;
  const { coatings: wordsAfter, ...restAfter } = after;
  expect(restAfter).toEqual({ ...restBefore, locale: 'zh-CN' });
  expect((wordsAfter as { name: string }[]).map((c) => c.name)).not.toEqual((wordsBefore as { name: string }[]).map((c) => c.name));
  await expect.poll(() => page.evaluate(() => location.search)).toContain('locale=zh-CN');

  await page.getByRole('button', { name: '锂沉积实验' }).click();
  await expect(page.locator('ip-plating-screen')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.evaluate(() => window.interphase.set({ locale: 'en', screen: 'reactor' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Reactor' })).toBeVisible();
  expect(await getKey(page, 'cycle')).toBe(2);
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('opens in Chinese without a locale in the link, and the link stays without one', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await getKey(page, 'locale')).toBe('zh-CN');
    await expect(page.getByRole('button', { name: '反应器' })).toBeVisible();
    expect(await page.evaluate(() => location.search)).not.toContain('locale=');
  });
});

test('an unknown locale is named in the warning and the app opens in English', async ({ page }) => {
  await openApp(page, 'locale=tlh');
  await expect(warningsBanner(page)).toContainText('"tlh"');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('offline after one visit, in Chinese too', async ({ page, context }) => {
  await openApp(page);
  expect(await serviceWorkerControls(page)).toBe(true);
  await context.setOffline(true);
  await page.goto('./?locale=zh-CN&screen=plating');
  await expect(page.getByRole('button', { name: '锂沉积实验' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.waitForFunction(async () => (await window.interphase.get('status')) === 'idle');
});

/** Controls whose text overflows their box, or that stick out of the window, anywhere in the shadow trees. */
function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.matches('button, select, input, label, summary, a, [role="tab"], th, h1, h2, h3')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
        const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        if (rect.left < -1 || rect.right > window.innerWidth + 1) found.push(`${name} outside the window`);
        else if (el.matches('button, select, summary, [role="tab"]') && el.scrollWidth > el.clientWidth + 2) found.push(`${name} text clipped`);
      }
    };
    visit(document);
    return found;
  });
}

async function checkLayout(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where}: no horizontal scrolling`).toBeLessThanOrEqual(0);
  expect(await clippedControls(page), `${where}: clipped controls`).toEqual([]);
}

for (const locale of ['zh-CN', 'en-XA']) {
  test(`layout survives ${locale} at 1024x768: both screens and every dialog`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, `locale=${locale}`);
    await page.evaluate(() => window.interphase.runCycles(2));
    for (const panel of REACTOR_PANELS) {
      await openSidePanel(page, 'reactor', panel);
      await checkLayout(page, `Reactor, ${panel} panel`);
    }
    await openSidePanel(page, 'reactor', 'process');

    // Header tools in order: projector colours, lessons, share, keys.
    for (const [dialog, index] of [['ip-lessons-dialog', 2], ['ip-share-dialog', 3], ['ip-keyboard-dialog', 4]] as const) {
      await page.locator('interphase-app header .tools button').nth(index - 1).click();
      await expect(page.locator(`${dialog} dialog`)).toBeVisible();
      await checkLayout(page, dialog);
      await page.keyboard.press('Escape');
      await expect(page.locator(`${dialog} dialog`)).toBeHidden();
    }

    await page.evaluate(() => window.interphase.set({ screen: 'plating' }));
    await page.waitForFunction(async () => (await window.interphase.get('status')) === 'idle');
    await page.evaluate(() => window.interphase.runToEnd());
    for (const panel of PLATING_PANELS) {
      await openPlatingPanel(page, panel);
      await checkLayout(page, `Plating lab, ${panel} panel`);
    }
    await page.evaluate(() => window.interphase.set({ platingPanel: 'setup' }));
    const params = page.locator('ip-plating-screen').getByRole('button').filter({ hasText: /参数|[Pp]árámé/ }).first();
    if (await params.count()) {
      await params.click();
      await checkLayout(page, 'Parameters dialog');
      await page.keyboard.press('Escape');
    }
  });
}

for (const profile of ['default', 'projector']) {
  for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    test(`zh-CN screenshots: ${profile} colours at ${size.width}x${size.height}`, async ({ page }) => {
      test.setTimeout(150_000);
      await page.setViewportSize(size);
      await openApp(page, `locale=zh-CN&colorProfile=${profile}&process=alucone-eg`);
      await page.evaluate(() => window.interphase.runCycles(5));
      await expect.poll(() => canvasColourCount(page)).toBeGreaterThan(20);
      for (const panel of ['process', 'charts']) {
        await openSidePanel(page, 'reactor', panel);
        await page.screenshot({ path: `${SHOTS}zh-CN-reactor-${profile}-${size.width}x${size.height}-${panel}.png` });
      }
      await openPlating(page, `locale=zh-CN&colorProfile=${profile}&platingPanel=results`);
      await page.evaluate(() => window.interphase.runToEnd());
      await expect(page.locator('ip-plating-results')).toBeVisible();
      await scrollThrough(page);
      await page.screenshot({ path: `${SHOTS}zh-CN-plating-${profile}-${size.width}x${size.height}.png`, fullPage: true });
    });
  }
}
