import { test, expect, openCoursePage } from './fixtures.ts';

/**
 * Chromium's Local Network Access checks block a public http page from framing localhost;
 * a secure course page with the permission granted may (as a real https course page would
 * frame the deployed app, which is public, not local).
 */
test.use({ permissions: ['local-network-access'] });

test('a course page on another origin drives the app over postMessage', async ({ page, baseURL }) => {
  const appUrl = new URL('./?process=al2o3', baseURL).href;
  const { log, ask } = await openCoursePage(page, appUrl);

  const got = await ask('get');
  expect(got.error).toBeUndefined();
  expect((got.result as Record<string, unknown>).process).toBe('al2o3');
  expect((got.result as Record<string, unknown>).cycle).toBe(0);
  expect((await ask('get', 'process')).result).toBe('al2o3');

  const set = await ask('set', { pulseBS: 0.5, seed: 'x' });
  expect((set.result as { applied: unknown }).applied).toEqual({ pulseBS: 0.5 });
  expect(Object.keys((set.result as { rejected: object }).rejected)).toEqual(['seed']);

  const sub = await ask('observe', 'cycle');
  const subId = sub.result as string;
  expect(typeof subId).toBe('string');
  const changes = async () => (await log()).filter((m) => m.event === 'change' && m.id === subId);
  // Observing reports the current value at once.
  await expect.poll(async () => (await changes()).map((m) => m.value)).toEqual([0]);

  const ran = await ask('runCycles', 2);
  expect((ran.result as Record<string, unknown>).cycle).toBe(2);
  await expect.poll(async () => (await changes()).at(-1)?.value).toBe(2);
  expect((await changes()).every((m) => m.key === 'cycle')).toBe(true);

  expect((await ask('unobserve', subId)).result).toBe(true);
  const before = (await changes()).length;
  await ask('runCycles', 1);
  expect((await ask('get', 'cycle')).result).toBe(3);
  await page.waitForTimeout(300);
  expect((await changes()).length).toBe(before);

  const unknown = await ask('launchRockets');
  expect(unknown.error).toContain('Unknown method');
  expect(unknown.result).toBeUndefined();
  const bad = await ask('runCycles', 0);
  expect(bad.error).toContain('1 to 500');
});
