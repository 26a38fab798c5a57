import { test, expect, openPlating, getKey, getAll, waitPlatingReady } from './fixtures.ts';

const QUERY = 'substrates=cu,tio2-10,las14-30&currentMAcm2=2&capacityMAhcm2=0.2&seed=5';

test.describe('Plating lab URL state', () => {
  test('the link sets the comparison, UI edits update the link, and a reload keeps them', async ({ page }) => {
    await openPlating(page, QUERY);
    const all = await getAll(page);
    expect(all.screen).toBe('plating');
    expect(all.substrates).toEqual(['cu', 'tio2-10', 'las14-30']);
    expect(all.currentMAcm2).toBe(2);
    expect(all.capacityMAhcm2).toBe(0.2);
    expect(all.seed).toBe(5);

    const setup = page.locator('ip-plating-setup');
    await expect(setup.getByLabel('Substrate 1 kind')).toHaveValue('cu');
    await expect(setup.getByLabel('Substrate 2 kind')).toHaveValue('tio2');
    await expect(setup.getByLabel('Substrate 3 kind')).toHaveValue('las14');
    await expect(setup.locator('li').nth(1).getByLabel('Thickness (nm)')).toHaveValue('10');
    await expect(setup.locator('li').nth(2).getByLabel('Thickness (nm)')).toHaveValue('30');
    await expect(page.locator('ip-plating-conditions input#current')).toHaveValue('2');
    await expect(page.locator('ip-plating-conditions input#capacity')).toHaveValue('0.2');
    await expect(setup.locator('input#seed')).toHaveValue('5');
    await expect(page.locator('ip-plating-screen .views h3')).toHaveCount(3);

    await page.evaluate(() => window.interphase.step());
    expect(await getKey(page, 'status')).toBe('paused');

    const current = page.locator('ip-plating-conditions input#current');
    await current.fill('3');
    await current.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('currentMAcm2')).toBe('3');
    expect(await getKey(page, 'currentMAcm2')).toBe(3);
    await expect.poll(() => getKey(page, 'status')).toBe('idle');
    // The status turns idle at once; the progress follows when the model has restarted.
    await expect.poll(() => getKey(page, 'progress')).toBe(0);
    const params = new URL(page.url()).searchParams;
    expect(params.get('screen')).toBe('plating');
    expect(params.get('substrates')).toBe('cu,tio2-10,las14-30');
    expect(params.get('platingSeed')).toBe('5');
    expect(params.has('seed'), 'links carry per-screen seeds').toBe(false);

    await page.reload();
    await waitPlatingReady(page);
    const reloaded = await getAll(page);
    expect(reloaded.substrates).toEqual(['cu', 'tio2-10', 'las14-30']);
    expect(reloaded.currentMAcm2).toBe(3);
    expect(reloaded.capacityMAhcm2).toBe(0.2);
    expect(reloaded.seed).toBe(5);
    await expect(page.locator('ip-plating-conditions input#current')).toHaveValue('3');
  });

  test('a preset in the link applies its substrates', async ({ page }) => {
    await openPlating(page, 'preset=cao2016');
    expect(await getKey(page, 'substrates')).toEqual(['cu', 'las11-50', 'las14-50']);
    expect(await getKey(page, 'preset')).toBe('cao2016');
    await expect(page.locator('ip-plating-setup').getByRole('button', { name: 'Cao 2016' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('ip-plating-setup').getByLabel('Substrate 3 kind')).toHaveValue('las14');
    await expect(page.locator('ip-plating-screen .views h3')).toHaveCount(3);
  });

  test('a preset is an action: values set beside it win, and the link names no preset for them', async ({ page }) => {
    await openPlating(page, 'preset=cao2016&substrates=cu');
    expect(await getKey(page, 'substrates')).toEqual(['cu']);
    expect(await getKey(page, 'preset')).toBe('custom');
    await expect(page.locator('ip-plating-screen .views h3')).toHaveCount(1);
    await expect(page.locator('ip-plating-setup .presets button[aria-pressed="true"]')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('custom');
    expect(new URL(page.url()).searchParams.get('substrates')).toBe('cu');

    await page.locator('interphase-app button', { hasText: 'Share' }).click();
    const shared = new URL(await page.locator('ip-share-dialog textarea#share-link').inputValue()).searchParams;
    expect(shared.get('preset')).toBe('custom');
    expect(shared.get('substrates')).toBe('cu');
  });

  test('two runs of the same link give bit-identical results', async ({ page }) => {
    test.setTimeout(150_000);
    const run = async () => {
      await openPlating(page, 'substrates=cu,tio2-5&capacityMAhcm2=0.1&seed=9');
      return page.evaluate(() => window.interphase.runToEnd());
    };
    const first = await run();
    const second = await run();
    expect(Object.keys(first as object).sort()).toEqual(['cu', 'tio2-5']);
    // toEqual compares numbers with Object.is: exact, not close.
    expect(second).toEqual(first);
  });
});
