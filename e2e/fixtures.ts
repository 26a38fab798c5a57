import { test as base, expect, type Page } from '@playwright/test';

/** Console noise that is Chromium's or SwiftShader's, not the app's. */
const BENIGN = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/, /WebGL: CONTEXT_LOST_WEBGL/];

/**
 * Every browser test fails if the app logs a console error or throws an uncaught error.
 * Tests that provoke an error on purpose list what they expect in `allowedErrors`.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedErrors: RegExp[] }>({
  allowedErrors: [[], { option: true }],
  consoleErrors: async ({ page, allowedErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if ([...BENIGN, ...allowedErrors].some((re) => re.test(text))) return;
      errors.push(text);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the host API answers and the first film is built. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query ? `?${query}` : ''}`);
  await page.waitForFunction(() => window.interphase !== undefined);
  await page.waitForFunction(async () => (await window.interphase.get('cycle')) === 0);
  await expect(page.locator('ip-readouts-panel [data-key="thicknessNm"]')).toBeVisible();
}
