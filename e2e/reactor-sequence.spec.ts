import { test, expect, openApp, getKey } from './fixtures.ts';

/** Sequences and supercycles on the Reactor: links, the host API, the drawn bands, plating the grown film. */

type Layer = { process: string; cycles: number; thicknessNm: number };

async function runAll(page: import('@playwright/test').Page, cycles: number): Promise<void> {
  for (let left = cycles; left > 0; left -= 500) {
    const n = Math.min(500, left);
    await page.evaluate((k) => window.interphase.runCycles(k), n);
  }
}

test.describe('Reactor sequences', () => {
  test('a sequence link grows its blocks in order; layers add up to the film; process follows the block', async ({ page }) => {
    await openApp(page, 'sequence=al2o3*5,alucone-eg*5&temperatureC=85');
    expect(await getKey(page, 'sequence')).toBe('al2o3*5,alucone-eg*5');
    expect(await getKey(page, 'process')).toBe('al2o3');
    await page.evaluate(() => window.interphase.runCycles(7));
    expect(await getKey(page, 'process')).toBe('alucone-eg');
    await page.evaluate(() => window.interphase.runCycles(10));
    expect(await getKey(page, 'cycle')).toBe(10);
    const layers = (await getKey(page, 'layers')) as Layer[];
    expect(layers.map((l) => [l.process, l.cycles])).toEqual([['al2o3', 5], ['alucone-eg', 5]]);
    const film = (await getKey(page, 'thicknessNm')) as number;
    expect(Math.abs(layers.reduce((a, l) => a + l.thicknessNm, 0) - film)).toBeLessThan(1e-6);
    await expect(page.locator('ip-reactor-screen ip-reactor-view, ip-reactor-screen').first()).toBeVisible();
    // The colour key names both materials of the banded film.
    await expect(page.locator('ip-reactor-screen .legend')).toContainText('Al2O3');
    await expect(page.locator('ip-reactor-screen .legend')).toContainText('alucone');
  });

  test('set({ sequence: [...] }) takes the array form, reads back in link form, and names a bad value', async ({ page }) => {
    await openApp(page);
    const good = await page.evaluate(() =>
      window.interphase.set({ sequence: [{ supercycle: [{ process: 'li2s', cycles: 1 }, { process: 'al2s3', cycles: 4 }], repeats: 3 }] }),
    );
    expect(good.applied).toEqual({ sequence: '(li2s*1,al2s3*4)*3' });
    const bad = await page.evaluate(() => window.interphase.set({ sequence: 'al2o3*5,zno*3' }));
    expect(bad.rejected.sequence).toContain('zno');
    expect(await getKey(page, 'sequence')).toBe('(li2s*1,al2s3*4)*3');
    await page.evaluate(() => window.interphase.runCycles(15));
    const composition = (await getKey(page, 'composition')) as Record<string, number>;
    expect(Object.keys(composition).sort()).toEqual(['Al', 'Li', 'S']);
    // Setting a process alone goes back to a single-process film.
    await page.evaluate(() => window.interphase.set({ process: 'al2o3' }));
    expect(await getKey(page, 'sequence')).toBe('');
  });

  test('recipePreset fills in the film; "Plate Li on this film" opens the Plating lab with that film', async ({ page }) => {
    await openApp(page, 'recipePreset=tio2-5nm');
    expect(await getKey(page, 'sequence')).toBe('tio2*87');
    expect(await getKey(page, 'temperatureC')).toBe(150);
    await runAll(page, 87);
    const film = (await getKey(page, 'thicknessNm')) as number;
    expect(Math.abs(film - 5)).toBeLessThan(0.5);
    await page.getByRole('tab', { name: 'Sequence' }).click();
    await page.locator('ip-sequence-panel').getByRole('button', { name: 'Plate Li on this film' }).click();
    await expect.poll(() => getKey(page, 'screen')).toBe('plating');
    expect(await getKey(page, 'substrates')).toEqual(['cu', `tio2-${Math.round(film)}`]);
  });
});
