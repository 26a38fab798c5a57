import { test, expect, openApp, getAll, writableOf } from './fixtures.ts';

const QUERY = 'process=nylon66&pulseAS=0.005&purgeAS=2&temperatureC=70&seed=7&speed=fast&colorProfile=projector';

test.describe('URL state', () => {
  test('a link sets the values, the controls show them, and changes go back into the address', async ({ page }) => {
    await openApp(page, QUERY);
    const all = await getAll(page);
    expect(all).toMatchObject({
      process: 'nylon66', pulseAS: 0.005, purgeAS: 2, temperatureC: 70, seed: 7, speed: 'fast', colorProfile: 'projector',
    });

    await expect(page.locator('ip-process-panel select#process')).toHaveValue('nylon66');
    await expect(page.locator('ip-recipe-panel input#pulseAS')).toHaveValue('0.005');
    await expect(page.locator('ip-recipe-panel input#purgeAS')).toHaveValue('2');
    await expect(page.locator('ip-recipe-panel input#temperatureC')).toHaveValue('70');
    await expect(page.locator('ip-time-controls select#speed')).toHaveValue('fast');
    await expect(page.getByRole('button', { name: 'Projector colours' })).toHaveAttribute('aria-pressed', 'true');

    const purgeB = page.locator('ip-recipe-panel input#purgeBS');
    await purgeB.fill('42.5');
    await purgeB.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('purgeBS')).toBe('42.5');
    const params = new URL(page.url()).searchParams;
    expect(params.get('process')).toBe('nylon66');
    expect(params.get('reactorSeed')).toBe('7');
    expect(params.get('platingSeed'), 'an old seed= link seeds every screen').toBe('7');

    const before = writableOf(await getAll(page));
    expect(before.purgeBS).toBe(42.5);
    await page.reload();
    await page.waitForFunction(async () => window.interphase !== undefined && (await window.interphase.get('cycle')) === 0);
    expect(writableOf(await getAll(page))).toEqual(before);
  });

  test("a new process without a temperature brings the process's own temperature", async ({ page }) => {
    await openApp(page, 'process=al2o3&temperatureC=120');
    await page.locator('ip-process-panel select#process').selectOption('alucone-hq');
    await expect.poll(async () => (await getAll(page)).temperatureC).toBe(150);
    await expect(page.locator('ip-recipe-panel input#temperatureC')).toHaveValue('150');
    await expect.poll(() => new URL(page.url()).searchParams.get('temperatureC')).toBe('150');

    const result = await page.evaluate(() => window.interphase.set({ process: 'al2o3', temperatureC: 100 }));
    expect(result.applied).toEqual({ process: 'al2o3', temperatureC: 100 });
    expect((await getAll(page)).temperatureC).toBe(100);
  });
});
