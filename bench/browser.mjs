/** Headless Debian Chromium with software WebGL and a GC the bench can force. */
import { chromium } from '@playwright/test';
import { BASE_URL, PORT } from './serve.mjs';

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Chromium refuses port 4190 (a Fetch-standard "bad port") unless told otherwise.
    args: [`--explicitly-allowed-ports=${PORT}`, '--no-sandbox', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist', '--disable-background-networking', '--js-flags=--expose-gc'],
  });
}

/**
 * A fresh page on `query`; the service worker is blocked so its precache does not count as
 * loaded JS or compete for the CPU.
 */
export async function openPage(browser, query = '', { reducedMotion = 'no-preference', initScript, isReady = waitInteractive } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion });
  if (initScript) await page.addInitScript(initScript);
  return { context, page, ready: () => page.goto(BASE_URL + query).then(() => isReady(page)) };
}

/** Interactive: the host API exists and the first film has been built. */
export async function waitInteractive(page) {
  await page.waitForFunction(() => window.interphase !== undefined, null, { timeout: 30_000 });
  await page.waitForFunction(async () => (await window.interphase.get('cycle')) === 0, null, { timeout: 30_000, polling: 20 });
}

/** Main-thread JS heap after a full GC, in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
