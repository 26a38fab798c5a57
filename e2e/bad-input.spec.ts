import { test, expect, openApp, getKey } from './fixtures.ts';

const BAD_QUERY =
  'process=bogus&pulseAS=abc&temperatureC=9999&foo=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E&seed=3';

test.describe('bad input', () => {
  test('a bad link is named in a visible, dismissible warning and cannot inject markup', async ({ page }) => {
    await openApp(page, BAD_QUERY);
    const banner = page.getByRole('region', { name: 'Warnings' });
    await expect(banner).toBeVisible();
    const items = banner.locator('li');
    await expect(items.filter({ hasText: '"process"' })).toContainText('bogus');
    await expect(items.filter({ hasText: '"pulseAS"' })).toContainText('abc');
    await expect(items.filter({ hasText: '"foo"' })).toContainText('unknown key');
    await expect(items.filter({ hasText: '"temperatureC"' })).toContainText('9999');
    await expect(items.filter({ hasText: '"temperatureC"' })).toContainText('400');

    expect(await getKey(page, 'seed')).toBe(3);
    expect(await getKey(page, 'temperatureC')).toBe(400);
    expect(await getKey(page, 'process')).toBe('al2o3');
    expect(await getKey(page, 'pulseAS')).toBe(0.02);

    // The value of foo is never parsed as HTML: no image, no handler ran.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.locator('img')).toHaveCount(0);
    // The address bar is rewritten with valid settings only.
    expect(new URL(page.url()).searchParams.has('foo')).toBe(false);

    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  });

  test('markup in a value the warning shows is printed as text', async ({ page }) => {
    await openApp(page, 'process=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D2%3E');
    const item = page.getByRole('region', { name: 'Warnings' }).locator('li').filter({ hasText: '"process"' });
    await expect(item).toContainText('<img src=x onerror=window.__xss=2>');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.locator('img')).toHaveCount(0);
  });

  test('an out-of-range recipe value is clamped with a warning', async ({ page }) => {
    await openApp(page);
    const pulseA = page.locator('ip-recipe-panel input#pulseAS');
    await pulseA.fill('500');
    await pulseA.press('Enter');
    await expect.poll(() => getKey(page, 'pulseAS')).toBe(10);
    await expect(pulseA).toHaveValue('10');
    const banner = page.getByRole('region', { name: 'Warnings' });
    await expect(banner.locator('li').filter({ hasText: '"pulseAS"' })).toContainText('500');

    // Clamped to the value it already has: the field must still drop the typed 500.
    await pulseA.fill('500');
    await pulseA.press('Enter');
    await expect(pulseA).toHaveValue('10');

    // Blur commits a change too.
    const purgeA = page.locator('ip-recipe-panel input#purgeAS');
    await purgeA.fill('0.0001');
    await purgeA.blur();
    await expect.poll(() => getKey(page, 'purgeAS')).toBe(0.1);
    await expect(purgeA).toHaveValue('0.1');
  });

  test('a value half typed survives an update from elsewhere, and commits when the student is done', async ({ page }) => {
    await openApp(page);
    const purgeB = page.locator('ip-recipe-panel input#purgeBS');
    await purgeB.fill('12');
    // Another key changes while the student is still typing (a host-API call, a late snapshot).
    await page.evaluate(() => window.interphase.set({ pulseAS: 0.03 }));
    await expect.poll(() => getKey(page, 'pulseAS')).toBe(0.03);
    await expect(page.locator('ip-recipe-panel input#pulseAS')).toHaveValue('0.03');
    await expect(purgeB).toHaveValue('12');
    await purgeB.press('Enter');
    await expect.poll(() => getKey(page, 'purgeBS')).toBe(12);
  });
});
