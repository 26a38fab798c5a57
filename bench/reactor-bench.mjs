/** Reactor screen in the browser: worker round trips, draw counts, idle frames, heap growth. */
import { heapAfterGc, median, openPage } from './browser.mjs';

/** Median ms of step() and runCycles(1) at reduced motion, so no animation is timed. */
export async function measureRoundTrip(browser) {
  const { context, page, ready } = await openPage(browser, '', { reducedMotion: 'reduce' });
  await ready();
  const times = await page.evaluate(async () => {
    const api = window.interphase;
    const time = async (f) => {
      const t0 = performance.now();
      await f();
      return performance.now() - t0;
    };
    for (let i = 0; i < 4; i++) await api.step(); // warm-up
    const step = [];
    for (let i = 0; i < 40; i++) step.push(await time(() => api.step()));
    const run = [];
    for (let i = 0; i < 20; i++) run.push(await time(() => api.runCycles(1)));
    return { step, run };
  });
  await context.close();
  return [
    { metric: 'Worker round trip: step() median', value: median(times.step), unit: 'ms' },
    { metric: 'Worker round trip: runCycles(1) median', value: median(times.run), unit: 'ms' },
  ];
}

/**
 * A 50-cycle nylon film: the largest per-frame counts seen while three half-steps animate
 * (pulse A, purge A, pulse B), then frames drawn while idle and after one orbit key.
 */
export async function measureRendering(browser) {
  const { context, page, ready } = await openPage(browser, '?process=nylon66');
  await ready();
  await page.evaluate(() => window.interphase.runCycles(50));
  const peak = await page.evaluate(async () => {
    const screen = document.querySelector('interphase-app').shadowRoot.querySelector('ip-reactor-screen');
    if (typeof screen.renderStats !== 'function') throw new Error('ip-reactor-screen has no renderStats()');
    const max = { drawCalls: 0, instances: 0, triangles: 0, frames: 0 };
    for (let i = 0; i < 3; i++) {
      let done = false;
      const step = window.interphase.step().then(() => (done = true));
      while (!done) {
        await new Promise((r) => requestAnimationFrame(r));
        const s = screen.renderStats();
        if (!s) return null;
        max.drawCalls = Math.max(max.drawCalls, s.drawCalls);
        max.instances = Math.max(max.instances, s.instances);
        max.triangles = Math.max(max.triangles, s.triangles);
        max.frames += 1;
      }
      await step;
    }
    return max;
  });
  if (!peak) {
    await context.close();
    return [{ metric: 'Draw calls per frame', unavailable: 'no WebGL 2 in this browser' }];
  }
  const frames = () =>
    page.evaluate(
      () => document.querySelector('interphase-app').shadowRoot.querySelector('ip-reactor-screen').renderStats().framesRendered,
    );
  await page.waitForTimeout(300); // the last requested frame lands
  const idleStart = await frames();
  await page.waitForTimeout(5000);
  const idleFrames = (await frames()) - idleStart;
  await page.locator('ip-reactor-screen canvas').focus();
  const orbitStart = await frames();
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(500);
  const orbitFrames = (await frames()) - orbitStart;
  await context.close();
  return [
    { metric: 'Nylon 50 cycles: draw calls per frame (max)', value: peak.drawCalls, unit: '', target: { max: 12 } },
    { metric: 'Nylon 50 cycles: instances per frame (max)', value: peak.instances, unit: '', target: { max: 50_000 } },
    { metric: 'Nylon 50 cycles: triangles per frame (max)', value: peak.triangles, unit: '', target: { max: 1_000_000 } },
    { metric: 'Frames drawn in 5 s paused and idle', value: idleFrames, unit: 'frames', target: { max: 0 } },
    { metric: 'Frames drawn after one orbit key', value: orbitFrames, unit: 'frames', target: { min: 1 } },
  ];
}

/** Heap after GC at reset 10 and reset 100 of a runCycles(3) + reset() loop. */
export async function measureReactorHeap(browser) {
  const { context, page, ready } = await openPage(browser, '', { reducedMotion: 'reduce' });
  await ready();
  const loop = (n) =>
    page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        await window.interphase.runCycles(3);
        await window.interphase.reset();
      }
    }, n);
  await loop(10);
  const at10 = await heapAfterGc(page);
  await loop(90);
  const at100 = await heapAfterGc(page);
  await context.close();
  return [{ metric: 'Reactor heap growth, reset 10 to 100', value: (at100 - at10) / 1e6, unit: 'MB', target: { max: 2 } }];
}
