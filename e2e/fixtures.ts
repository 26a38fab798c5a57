import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Console noise that is Chromium's or SwiftShader's, not the app's. */
const BENIGN = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/, /WebGL: CONTEXT_LOST_WEBGL/];

/**
 * Every browser test fails if the app logs a console error or throws an uncaught error.
 * Tests that provoke an error on purpose list what they expect in `allowedErrors`.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedErrors: RegExp[] }>({
  allowedErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedErrors }, use) => {
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
    // Automatic, so no spec can forget to ask for it.
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the host API answers and the first film is built. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query ? `?${query}` : ''}`);
  await page.waitForFunction(() => window.interphase !== undefined);
  await page.waitForFunction(async () => (await window.interphase.get('cycle')) === 0);
  await expect(page.locator('ip-readouts-panel [data-key="thicknessNm"]')).toBeVisible();
}

/** One value of the host API, read in the page. */
export function getKey(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => window.interphase.get(k), key);
}

/** Every value of the host API, read in the page. */
export function getAll(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => window.interphase.get() as Promise<Record<string, unknown>>);
}

/** The app's and the Reactor's values that the URL and set() may change. */
export const WRITABLE_KEYS = [
  'screen', 'speed', 'colorProfile', 'hotkeys', 'locale', 'seed',
  'process', 'pulseAS', 'purgeAS', 'pulseBS', 'purgeBS', 'temperatureC', 'reactorSeed',
] as const;

export function writableOf(all: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(WRITABLE_KEYS.map((k) => [k, all[k]]));
}

/** The status overlay of the 3D view (no-WebGL, context lost). */
export function viewMessage(page: Page): Locator {
  return page.locator('ip-reactor-screen .view .message');
}

export function readout(page: Page, key: string): Locator {
  return page.locator(`ip-readouts-panel [data-key="${key}"]`);
}

/**
 * How many distinct colours the 3D canvas shows on screen. A blank or single-colour canvas
 * gives 1 or 2; a drawn film gives dozens. Decoded in the page so no PNG library is needed.
 */
export async function canvasColourCount(page: Page, canvas: Locator = page.locator('ip-reactor-screen canvas')): Promise<number> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) return 0;
  // The middle of the view: clear of the equation banner (top) and the colour key (bottom).
  const clip = { x: box.x + box.width * 0.2, y: box.y + box.height * 0.3, width: box.width * 0.6, height: box.height * 0.4 };
  const png = await page.screenshot({ clip });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    // Coarse buckets so anti-aliasing noise does not count as content.
    for (let i = 0; i < data.length; i += 4) colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
    return colours.size;
  }, png.toString('base64'));
}

/** The Chromium launch of playwright.config.ts, for specs that need a changed browser. */
export const BASE_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

/** The substrates' result keys once the plating controller has built its runs. */
async function platingReady(): Promise<boolean> {
  if (window.interphase === undefined) return false;
  const [status, results, substrates] = await Promise.all([
    window.interphase.get('status'),
    window.interphase.get('results') as Promise<Record<string, unknown>>,
    window.interphase.get('substrates') as Promise<string[]>,
  ]);
  return status === 'idle' && substrates.every((id) => id in results) && Object.keys(results).length === substrates.length;
}

/** Opens the Plating lab and waits until its worker has set up every substrate's run. */
export async function openPlating(page: Page, query = ''): Promise<void> {
  await page.goto(`./?screen=plating${query ? `&${query}` : ''}`);
  await waitPlatingReady(page);
}

/** Waits until the Plating lab is idle with a run per substrate (after a load, reload or reset). */
export async function waitPlatingReady(page: Page): Promise<void> {
  await page.waitForFunction(platingReady);
  await expect(page.locator('ip-plating-screen .views section').first()).toBeVisible();
}

/**
 * Opens a screen's side panel through the host API and waits until it is shown (`hidden`: none);
 * the Reactor's Charts panel counts as shown once both its charts are drawn.
 */
export async function openSidePanel(page: Page, screen: 'reactor' | 'plating', panel: string): Promise<void> {
  await page.evaluate(([key, p]) => window.interphase.set({ [key]: p }), [`${screen}Panel`, panel]);
  await expect(page.locator(`ip-${screen}-screen [role="tabpanel"]`)).toHaveCount(panel === 'hidden' ? 0 : 1);
  if (screen === 'reactor' && panel === 'charts') await expect(page.locator('ip-reactor-charts ip-line-chart svg')).toHaveCount(2);
}

export const openPlatingPanel = (page: Page, panel: string) => openSidePanel(page, 'plating', panel);

/** The warnings banner of the app shell. */
export function warningsBanner(page: Page): Locator {
  return page.getByRole('region', { name: 'Warnings' });
}

/** A course page's origin: https, since Chromium lets a secure page frame localhost with permission. */
export const COURSE_HOST = 'https://course.example/';

/** A course page on another origin that embeds the app and talks to it over postMessage. */
function courseHostHtml(appUrl: string): string {
  const appOrigin = new URL(appUrl).origin;
  return `<!doctype html><html lang="en"><head><title>Course page</title></head><body>
<h1>Week 3: coatings</h1>
<iframe id="app" title="Interphase" src="${appUrl}" width="1024" height="700" allowfullscreen></iframe>
<script>
  const APP = ${JSON.stringify(appOrigin)};
  window.log = [];
  let nextId = 1;
  window.addEventListener('message', (e) => {
    if (e.origin !== APP) return;
    window.log.push(e.data);
  });
  window.ask = (method, ...args) => {
    const id = 'req-' + nextId++;
    document.getElementById('app').contentWindow.postMessage({ interphase: 1, id, method, args }, APP);
    return new Promise((resolve) => {
      const wait = () => {
        const answer = window.log.find((m) => m && m.id === id && !('event' in m));
        if (answer) resolve(answer); else setTimeout(wait, 20);
      };
      wait();
    });
  };
</script></body></html>`;
}

/** Axe findings of serious or critical impact, one line each, for a readable failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 4).join(' | ')}`);
}

/** Resolves true once the service worker controls the page (clientsClaim takes the first visit). */
export function serviceWorkerControls(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return navigator.serviceWorker.controller !== null;
  });
}

/** A message the app posts to its parent: an answer (id + result or error) or an event. */
export interface HostMessage {
  interphase: 1;
  id?: string;
  event?: string;
  key?: string;
  value?: unknown;
  result?: unknown;
  error?: string;
}

/**
 * Opens a course page on another origin that frames the app at `appUrl`, and waits for the
 * app's 'ready'. `ask` sends a request and resolves with its answer; `log` is every message.
 */
export async function openCoursePage(page: Page, appUrl: string) {
  await page.route(`${COURSE_HOST}**`, (route) => route.fulfill({ contentType: 'text/html', body: courseHostHtml(appUrl) }));
  await page.goto(COURSE_HOST);
  const log = () => page.evaluate(() => (window as unknown as { log: HostMessage[] }).log);
  const ask = (method: string, ...args: unknown[]) =>
    page.evaluate(
      ([m, a]) => (window as unknown as { ask: (m: string, ...a: unknown[]) => Promise<HostMessage> }).ask(m as string, ...(a as unknown[])),
      [method, args] as const,
    );
  await expect.poll(async () => (await log()).some((m) => m.event === 'ready'), { timeout: 20_000 }).toBe(true);
  return { log, ask };
}

/**
 * Scrolls down the page a viewport at a time and back, so views that load and draw only when
 * scrolled near (charts, canvases) are drawn in a full-page screenshot.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()?.height ?? 720;
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(250);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
}

/** The part of the element inside the window, as a share of its area (1: fully shown). */
export async function shownShare(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return r.width * r.height > 0 ? (w * h) / (r.width * r.height) : 0;
  });
}
