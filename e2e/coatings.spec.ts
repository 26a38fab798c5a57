import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, getKey, openApp, seriousViolations, serviceWorkerControls, warningsBanner } from './fixtures.ts';

/** The data files themselves, read beside the app, so the `coatings` key is checked against them and not against itself. */
const DATA_DIR = fileURLToPath(new URL('../src/screens/coatings/catalogue/data/coatings/', import.meta.url));
const FILES = readdirSync(DATA_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(DATA_DIR + f, 'utf8')) as { id: string; method: string; pathway: string; thicknessNm: unknown; results: { quantity: string; value: number | null; unit: string | null }[] });

async function openCoatings(page: Page, query = ''): Promise<void> {
  await page.goto(`./?screen=coatings${query ? `&${query}` : ''}`);
  await page.waitForFunction(() => window.interphase !== undefined);
  await expect(page.locator('ip-coatings-screen [role="tablist"]')).toBeVisible();
}

const list = (page: Page) => page.locator('ip-coating-list button');
const card = (page: Page) => page.locator('ip-coating-card');

test.describe('Coatings screen', () => {
  test('the coatings key lists every data file, with its numbers and words', async ({ page }) => {
    await openCoatings(page);
    const catalogue = (await getKey(page, 'coatings')) as { id: string; name: string; method: string; pathway: string; thicknessNm: unknown; results: { quantity: string; value: unknown; unit: string | null; source: { citation: string } }[]; properties: Record<string, { rating: string; evidence: string | null }> }[];
    expect(catalogue.map((c) => c.id).sort()).toEqual(FILES.map((f) => f.id).sort());
    for (const file of FILES) {
      const c = catalogue.find((x) => x.id === file.id)!;
      expect([c.method, c.pathway, c.thicknessNm]).toEqual([file.method, file.pathway, file.thicknessNm]);
      expect(c.results.map((r) => r.quantity)).toEqual(file.results.map((r) => r.quantity));
      // A finding's value is its words; a number stays the file's number.
      c.results.forEach((r, i) => expect(file.results[i]!.value === null ? typeof r.value : r.value).toEqual(file.results[i]!.value ?? 'string'));
      expect(c.name).not.toMatch(/^coatingsData\./);
      expect(Object.keys(c.properties)).toHaveLength(7);
      for (const r of c.results) expect(r.source.citation).toMatch(/\d{4}/);
    }
    await expect(list(page)).toHaveCount(FILES.length);
  });

  test('filters, sort and the selected card are links; → moves to the next card', async ({ page }) => {
    await openCoatings(page);
    await page.getByLabel('Method').selectOption('mld');
    const mld = FILES.filter((f) => f.method === 'mld').length;
    await expect(list(page)).toHaveCount(mld);
    await expect(page.getByText(`${mld} of ${FILES.length} coatings`)).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('method')).toBe('mld');
    // The filter hid the selected ALD card: the first card it shows is selected instead.
    const first = await list(page).first().getAttribute('data-coating');
    expect(FILES.find((f) => f.id === first)!.method).toBe('mld');
    await expect.poll(() => getKey(page, 'coating')).toBe(first);
    await expect(list(page).first()).toHaveAttribute('aria-pressed', 'true');

    await page.getByLabel('Sort by').selectOption('symmetricLifetime');
    // The longest-lived MLD coating in the data comes first.
    const best = FILES.filter((f) => f.method === 'mld')
      .map((f) => ({ id: f.id, h: Math.max(-1, ...f.results.filter((r) => r.quantity === 'symmetricLifetime' && r.value !== null).map((r) => r.value!)) }))
      .sort((a, b) => b.h - a.h)[0]!;
    await expect(list(page).first()).toHaveAttribute('data-coating', best.id);

    await list(page).nth(1).click();
    const second = await list(page).nth(1).getAttribute('data-coating');
    await expect.poll(() => getKey(page, 'coating')).toBe(second);
    await page.locator('body').press('ArrowRight');
    const third = await list(page).nth(2).getAttribute('data-coating');
    await expect.poll(() => getKey(page, 'coating')).toBe(third);
    await expect(list(page).nth(2)).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(list(page)).toHaveCount(mld);
    await expect(list(page).nth(2)).toHaveAttribute('aria-pressed', 'true');
    expect(await getKey(page, 'coatingsSort')).toBe('symmetricLifetime');
  });

  test('a bad coating, filter or view is named in a warning and the screen still works', async ({ page }) => {
    await openCoatings(page, 'coating=ald-unobtainium&method=cvd&coatingsView=cards');
    await expect(warningsBanner(page)).toContainText('ald-unobtainium');
    await expect(warningsBanner(page)).toContainText('cvd');
    await expect(list(page)).toHaveCount(FILES.length);
    const result = await page.evaluate(() => window.interphase.set({ pathway: 'moon-base', coating: 'ald-lif' }));
    expect(Object.keys((result as { rejected: object }).rejected)).toEqual(['pathway']);
    await expect(card(page).locator('h2')).toHaveText('ALD LiF on Li');
  });

  test('the seven properties: a cell opens its evidence and source', async ({ page }) => {
    await openCoatings(page, 'coatingsView=properties&coating=ald-lif');
    const table = page.locator('ip-properties-table');
    await expect(table.locator('tbody tr')).toHaveCount(FILES.length);
    const lif = table.locator('tbody tr', { hasText: 'ALD LiF on Li' });
    await lif.getByRole('button').nth(3).click();
    await expect(table.locator('.evidence')).toContainText('Mechanically strong');
    await expect(table.locator('.evidence a')).toHaveAttribute('href', /^https:\/\/doi\.org\//);
  });

  test('results and limits are drawn, each point links to its source, and the data exports', async ({ page }) => {
    await openCoatings(page, 'coatingsView=results');
    const lifetime = page.locator('ip-coatings-lifetime-chart');
    await expect(lifetime.locator('svg a').first()).toBeVisible();
    const links = await lifetime.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) expect(href).toMatch(/^https:\/\/doi\.org\//);
    const download = page.waitForEvent('download');
    await lifetime.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('tab', { name: 'Limits' }).click();
    const limits = page.locator('ip-coatings-limits-chart');
    await expect(limits).toContainText('8.5');
    await expect(limits).toContainText('180');
    await page.getByRole('tab', { name: 'Limits' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Three pathways' })).toBeFocused();
    await expect(page.locator('ip-coatings-pathways-figure')).toBeVisible();
    expect(await getKey(page, 'coatingsView')).toBe('pathways');
  });

  test('Grow it opens the Reactor with the process, Plate on it the Plating lab with the film', async ({ page }) => {
    await openCoatings(page, 'coating=ald-al2o3');
    await card(page).getByRole('button', { name: 'Grow it in the Reactor' }).click();
    await expect.poll(() => getKey(page, 'screen')).toBe('reactor');
    expect(await getKey(page, 'process')).toBe('al2o3');
    await page.getByRole('button', { name: 'Coatings' }).click();
    await expect.poll(() => getKey(page, 'screen')).toBe('coatings');
    // A film of two sub-processes opens as the review's supercycle.
    await page.evaluate(() => window.interphase.set({ coating: 'ald-las14' }));
    await card(page).getByRole('button', { name: 'Grow it in the Reactor' }).click();
    await expect.poll(() => getKey(page, 'screen')).toBe('reactor');
    expect(await getKey(page, 'recipePreset')).toBe('las14-50nm');
    expect(await getKey(page, 'sequence')).toMatch(/^\(li2s\*1,al2s3\*4\)\*\d+$/);
    await page.getByRole('button', { name: 'Coatings' }).click();

    await page.evaluate(() => window.interphase.set({ coating: 'ald-tio2-cu' }));
    const plate = FILES.find((f) => f.id === 'ald-tio2-cu') as unknown as { simulation: { plate: { substrates: string[] } } };
    await card(page).getByRole('button', { name: 'Plate Li on it' }).click();
    await expect.poll(() => getKey(page, 'screen')).toBe('plating');
    expect(await getKey(page, 'substrates')).toEqual(plate.simulation.plate.substrates);
    // A coating on Li says why it cannot be plated on.
    await page.evaluate(() => window.interphase.set({ screen: 'coatings', coating: 'ald-lif' }));
    await expect(card(page)).toContainText('it coats Li metal');
  });

  test('in Chinese the cards, tabs and the coatings key are translated', async ({ page }) => {
    await openCoatings(page, 'locale=zh-CN&coating=ald-lif');
    await expect(page.getByRole('tab', { name: '七项性能' })).toBeVisible();
    const names = (await getKey(page, 'coatings')) as { id: string; name: string }[];
    expect(names.find((c) => c.id === 'ald-lif')!.name).toMatch(/[\u4e00-\u9fff]/);
    await expect(card(page).locator('h2')).toHaveText(names.find((c) => c.id === 'ald-lif')!.name);
  });

  // Two of the four pairings: both locales and both profiles are each scanned in every part, within the CI budget.
  for (const [locale, profile] of [['en', 'default'], ['zh-CN', 'projector']] as const) {
    test(`no serious accessibility violations in any part, ${profile} colours, ${locale}`, async ({ page }) => {
      test.setTimeout(120_000);
      await openCoatings(page, `locale=${locale}&colorProfile=${profile}`);
      for (const view of ['cards', 'properties', 'results', 'limits', 'pathways']) {
        await page.evaluate((v) => window.interphase.set({ coatingsView: v }), view);
        await expect(page.locator('ip-coatings-screen [role="tabpanel"]')).toHaveAttribute('aria-labelledby', `tab-${view}`);
        await page.waitForTimeout(300);
        expect(await seriousViolations(page), view).toEqual([]);
      }
    });
  }

  test('after one visit the Coatings screen opens offline', async ({ page, context }) => {
    await openApp(page);
    expect(await serviceWorkerControls(page)).toBe(true);
    await context.setOffline(true);
    const response = await page.goto('./?screen=coatings&coatingsView=results');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('ip-coatings-lifetime-chart svg a').first()).toBeVisible();
  });
});
