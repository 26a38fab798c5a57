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

export async function measurePlatingLongTasks(browser) {
  const { context, page, ready } = await openPage(browser, '?screen=plating', { initScript: observeLongTasks, isReady: platingShown });
  try {
    if (!(await ready())) return [{ metric: 'Plating run: long tasks > 50 ms', unavailable: 'no ip-plating-screen at ?screen=plating' }];
    // A student presses "Run to end" on a screen that has finished loading: wait for the model's
    // first state and for the first drawing to settle, then measure the run itself.
    await page.waitForFunction(async () => (await window.interphase.get('status')) === 'idle');
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(async () => {
      const t0 = performance.now();
      await window.interphase.runToEnd();
      await new Promise((r) => setTimeout(r, 200)); // the observer reports a task after it ends
      return window.__benchLongTasks.filter((t) => t.start >= t0);
    });
    const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
    return [
      {
        metric: 'Plating run: long tasks > 50 ms',
        value: tasks.length,
        unit: 'tasks',
        target: { max: 0 },
        note: tasks.length ? `longest ${longest.toFixed(0)} ms` : undefined,
      },
    ];
  } finally {
    await context.close();
  }
}
