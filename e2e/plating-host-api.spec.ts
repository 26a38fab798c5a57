import { test, expect, openPlating, getKey, getAll, openCoursePage } from './fixtures.ts';

const QUERY = 'substrates=cu,tio2-5&currentMAcm2=2&capacityMAhcm2=0.1&seed=3';

interface SetResult {
  applied: Record<string, unknown>;
  clamped: Record<string, { requested: unknown; used: unknown }>;
  rejected: Record<string, string>;
}

test.describe('Plating lab host API', () => {
  test('set() clamps, rejects with reasons, and runToEnd/reset work', async ({ page }) => {
    test.setTimeout(120_000);
    await openPlating(page, QUERY);
    const set = (changes: Record<string, unknown>) => page.evaluate((c) => window.interphase.set(c) as Promise<SetResult>, changes);

    const current = await set({ currentMAcm2: 50 });
    expect(current.clamped.currentMAcm2).toEqual({ requested: 50, used: 10 });
    expect(await getKey(page, 'currentMAcm2')).toBe(10);

    const bogus = await set({ substrates: 'cu,bogus' });
    expect(bogus.rejected.substrates).toContain('bogus');
    expect(await getKey(page, 'substrates')).toEqual(['cu', 'tio2-5']);

    const thick = await set({ substrates: 'tio2-99' });
    expect(thick.rejected.substrates).toBeUndefined();
    expect(await getKey(page, 'substrates')).toEqual(['tio2-20']);

    const readOnly = await set({ status: 'done' });
    expect(readOnly.rejected.status).toMatch(/read-only/i);
    expect(await getKey(page, 'status')).toBe('idle');

    // A host script changes the setup and runs at once, without waiting for the model to restart.
    const results = (await page.evaluate(async () => {
      await window.interphase.set({ substrates: 'cu,las11-40', currentMAcm2: 1 });
      return window.interphase.runToEnd();
    })) as Record<string, Record<string, unknown>>;
    expect(Object.keys(results).sort()).toEqual(['cu', 'las11-40']);
    for (const r of Object.values(results)) {
      for (const key of ['nucleationOverpotentialMV', 'nucleiDensityPerCm2', 'nucleiCounted', 'meanNucleusDiameterUm', 'exposedAreaRatio',
        'roughnessRel', 'maxToMeanHeight', 'depositThicknessUm', 'depositHeightUm', 'porosity']) {
        expect(typeof r[key], key).toBe('number');
      }
      expect('sandTimeS' in r && 'dendriteOnsetS' in r).toBe(true);
    }
    expect(await getKey(page, 'status')).toBe('done');
    expect(await getKey(page, 'progress')).toBe(1);
    expect(await getKey(page, 'results')).toEqual(results);

    await page.evaluate(() => window.interphase.reset());
    await expect.poll(() => getKey(page, 'status')).toBe('idle');
    const all = await getAll(page);
    expect(all.substrates).toEqual(['cu', 'tio2-5']);
    expect(all.currentMAcm2).toBe(2);
    expect(all.capacityMAhcm2).toBe(0.1);
    expect(all.seed).toBe(3);
    expect(all.progress).toBe(0);
    await expect.poll(async () => Object.keys((await getKey(page, 'results')) as object).sort()).toEqual(['cu', 'tio2-5']);
  });
});

test.describe('Plating lab over postMessage', () => {
  test.use({ permissions: ['local-network-access'] });

  test('a course page on another origin runs the comparison and reads the results', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const appUrl = new URL('./?screen=plating&substrates=cu,las14-40&capacityMAhcm2=0.1', baseURL).href;
    const { ask } = await openCoursePage(page, appUrl);

    expect((await ask('get', 'screen')).result).toBe('plating');
    const ran = await ask('runToEnd');
    expect(ran.error).toBeUndefined();
    const results = ran.result as Record<string, Record<string, unknown>>;
    expect(Object.keys(results).sort()).toEqual(['cu', 'las14-40']);
    expect(results.cu!.depositThicknessUm as number).toBeGreaterThan(0);

    const got = await ask('get', 'results');
    expect(got.result).toEqual(results);
    expect((await ask('get', 'status')).result).toBe('done');
    expect((await ask('get', 'progress')).result).toBe(1);
  });
});
