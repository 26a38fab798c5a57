/** Plating lab in the browser: main-thread long tasks (over 50 ms) during runToEnd(). */
import { openPage } from './browser.mjs';

// Registered before the app's own scripts, so no long task escapes it.
const observeLongTasks = () => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/** The plating screen has no film cycle to wait for: its element and the host API are enough. */
async function platingShown(page) {
  await page.waitForFunction(() => window.interphase !== undefined, null, { timeout: 30_000 });
  return page
    .waitForFunction(() => document.querySelector('interphase-app')?.shadowRoot?.querySelector('ip-plating-screen'), null, { timeout: 10_000 })
    .then(() => true, () => false);
}

/**
 * Opens the Plating lab at `query` as a student would find it before pressing "Run to end": the
 * model's first state arrived and the first drawing settled. Null if the screen never showed.
 */
async function openIdlePlating(browser, query, initScript) {
  const { context, page, ready } = await openPage(browser, query, { initScript, isReady: platingShown });
  if (!(await ready())) {
    await context.close();
    return null;
  }
  await page.waitForFunction(async () => (await window.interphase.get('status')) === 'idle');
  await page.waitForTimeout(1000);
  return { context, page };
}

export async function measurePlatingLongTasks(browser) {
  const metric = 'Plating run: long tasks > 50 ms';
  const opened = await openIdlePlating(browser, '?screen=plating', observeLongTasks);
  if (!opened) return [{ metric, unavailable: 'no ip-plating-screen at ?screen=plating' }];
  const { context, page } = opened;
  try {
    const tasks = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.interphase.runToEnd();
      await new Promise((r) => setTimeout(r, 200)); // the observer reports a task after it ends
      return window.__benchLongTasks.filter((t) => t.start >= t0);
    });
    const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
    return [{ metric, value: tasks.length, unit: 'tasks', target: { max: 0 }, note: tasks.length ? `longest ${longest.toFixed(0)} ms` : undefined }];
  } finally {
    await context.close();
  }
}

/** The 15 s for ten plate-strip cycles is a wall time in the browser, views drawing as the run goes. */
export async function measurePlatingCycles(browser) {
  const metric = 'Plating lab in the browser: 10 cycles of the default comparison';
  const opened = await openIdlePlating(browser, '?screen=plating&platingCycles=10');
  if (!opened) return [{ metric, unavailable: 'no ip-plating-screen at ?screen=plating&platingCycles=10' }];
  const { context, page } = opened;
  try {
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.interphase.runToEnd();
      return performance.now() - t0;
    });
    return [{ metric, value: Math.round(ms), unit: 'ms', target: { max: 15_000 }, note: 'production build, Setup panel open' }];
  } finally {
    await context.close();
  }
}
