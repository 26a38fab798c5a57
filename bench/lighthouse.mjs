/**
 * Lighthouse's mobile performance run (simulated slow 4G, a 4x slower CPU: our stand-in for a
 * school Chromebook) on each screen, three runs each, reporting the medians.
 * Lighthouse drives Debian's Chromium itself (CHROME_PATH), one fresh browser per run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './browser.mjs';
import { BASE_URL, PORT, build, startPreview } from './serve.mjs';

const RUNS = 3;
const RUN_TIMEOUT_MS = 180_000;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// 4190 is a Fetch-standard "bad port" that Chromium refuses unless told otherwise.
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  `--explicitly-allowed-ports=${PORT}`];

const SCREENS = [
  { name: 'Reactor', query: '' },
  { name: 'Plating', query: '?screen=plating' },
];

/** One Lighthouse run of the performance category; resolves with its JSON report. */
function lighthouse(url) {
  const args = ['lighthouse', url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), RUN_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.trim().split('\n').pop() ?? ''}`));
      const report = JSON.parse(out);
      if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`));
      resolve(report);
    });
  });
}

function numbers(report) {
  const score = report.categories.performance.score;
  if (score === null) throw new Error('lighthouse gave no performance score (a metric could not be computed)');
  return {
    score: Math.round(score * 100),
    tbtMs: report.audits['total-blocking-time'].numericValue,
    ttiMs: report.audits.interactive.numericValue,
  };
}

/** Runs one after another: two at once on a small machine would slow each other down. */
export async function measureLighthouse() {
  const rows = [];
  for (const { name, query } of SCREENS) {
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(numbers(await lighthouse(BASE_URL + query)));
      const of = (key) => runs.map((r) => r[key]);
      const note = `median of ${RUNS}; runs: ${runs.map((r) => `${r.score} (TBT ${Math.round(r.tbtMs)} ms)`).join(', ')}`;
      rows.push(
        { metric: `Lighthouse performance (${name})`, value: median(of('score')), unit: 'score', target: { min: 90 }, note },
        { metric: `Lighthouse total blocking time (${name})`, value: Math.round(median(of('tbtMs'))), unit: 'ms', target: { below: 200 } },
        { metric: `Lighthouse time to interactive (${name})`, value: Math.round(median(of('ttiMs'))), unit: 'ms' },
      );
    } catch (error) {
      rows.push({ metric: `Lighthouse performance (${name})`, unavailable: String(error?.message ?? error).split('\n')[0] });
    }
  }
  return rows;
}

// `node bench/lighthouse.mjs`: only these rows, on a fresh build.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  build();
  const server = await startPreview();
  try {
    for (const r of await measureLighthouse()) console.log(JSON.stringify(r));
  } finally {
    server.stop();
  }
}
