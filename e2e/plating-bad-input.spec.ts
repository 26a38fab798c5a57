import { test, expect, openPlating, getAll, warningsBanner } from './fixtures.ts';

test('a bad Plating link names each bad key, clamps the capacity and applies the rest', async ({ page }) => {
  await openPlating(page, 'substrates=cu,nope&currentMAcm2=abc&capacityMAhcm2=99&preset=zzz&seed=7');
  const banner = warningsBanner(page);
  await expect(banner).toBeVisible();
  const items = banner.locator('li');
  await expect(items.filter({ hasText: '"substrates"' })).toContainText('nope');
  await expect(items.filter({ hasText: '"currentMAcm2"' })).toContainText('abc');
  await expect(items.filter({ hasText: '"preset"' })).toContainText('zzz');
  const capacity = items.filter({ hasText: '"capacityMAhcm2"' });
  await expect(capacity).toContainText('99');
  await expect(capacity).toContainText('5');

  const all = await getAll(page);
  expect(all.capacityMAhcm2).toBe(5);
  expect(all.seed).toBe(7);
  expect(all.substrates).toEqual(['cu', 'tio2-5', 'las11-50']);
  expect(all.currentMAcm2).toBe(1);
  expect(all.preset).toBe('custom');
  expect(all.status).toBe('idle');
  await expect(page.locator('ip-plating-conditions input#capacity')).toHaveValue('5');
  // The address bar now holds only valid values.
  const params = new URL(page.url()).searchParams;
  expect(params.get('capacityMAhcm2')).toBe('5');
  expect(params.get('substrates')).toBe('cu,tio2-5,las11-50');
});
