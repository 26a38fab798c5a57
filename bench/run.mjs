/**
 * `npm run bench`: Interphase's speed and memory in one table, also written to bench/report.json.
 * Timing lives only here, never in tests; the machine is shared, so read values as rough.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { build, startPreview } from './serve.mjs';
import { measureJsSize } from './js-size.mjs';
import { measureRendering, measureRoundTrip, measureReactorHeap } from './reactor-bench.mjs';
import { measurePlatingCycles, measurePlatingLongTasks } from './plating-browser-bench.mjs';
import { measureLighthouse } from './lighthouse.mjs';

/** Runs a TypeScript bench in Node (optionally with a GC it can force); it prints JSON rows. */
function nodeBench(file, nodeArgs = []) {
  const r = runTs(file, nodeArgs);
  if (r.status !== 0) return [{ metric: file, unavailable: `exited ${r.status}: ${lastLine(r.stderr)}` }];
  return JSON.parse(r.stdout);
}

function runTs(file, nodeArgs = [], timeoutMs) {
  return spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', file], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: timeoutMs });
}

/** The naive walker is slow by design: past the limit its time is reported as a lower bound. */
const NAIVE_LIMIT_MS = 40_000;

function naiveRows(modelRows) {
  const model = modelRows.find((r) => r.metric.startsWith('Plating model: default comparison'));
  const metric = 'Plating naive walker: one substrate, same charge';
  const r = runTs('bench/naive-walker-bench.ts', [], NAIVE_LIMIT_MS);
  let naive;
  let perAttachment = null;
  if (r.error?.code === 'ETIMEDOUT') {
    naive = { metric, value: NAIVE_LIMIT_MS, unit: 'ms', note: `stopped at the ${NAIVE_LIMIT_MS / 1000} s limit: a lower bound` };
  } else if (r.status !== 0) {
    return [{ metric, unavailable: `exited ${r.status}: ${lastLine(r.stderr)}` }];
  } else {
    const { ms, placed, attachments } = JSON.parse(r.stdout);
    naive = { metric, value: ms, unit: 'ms', note: `placed ${placed} of ${attachments} attachments` };
    perAttachment = { metric: 'Plating naive walker: time per attachment', value: (ms * 1e6) / placed, unit: 'ns' };
  }
  const rows = [naive];
  if (model && !model.unavailable) {
    rows.push({ metric: 'Plating model 3 substrates / naive 1 substrate', value: model.value / naive.value, unit: 'ratio', target: { below: 1 } });
  }
  if (perAttachment) rows.push(perAttachment);
  return rows;
}

const lastLine = (text) => text.trim().split('\n').filter(Boolean).pop() ?? '';

/** One failing measurement becomes a row saying why, not a crash of the whole bench. */
async function guarded(name, measure) {
  try {
    return await measure();
  } catch (error) {
    return [{ metric: name, unavailable: String(error?.message ?? error).split('\n')[0] }];
  }
}

function status(row) {
  if (row.unavailable) return 'n/a';
  const t = row.target;
  if (!t) return 'info';
  const ok = (t.max === undefined || row.value <= t.max) && (t.min === undefined || row.value >= t.min) &&
    (t.below === undefined || row.value < t.below);
  return ok ? 'pass' : 'fail';
}

function targetText(t) {
  if (!t) return '';
  if (t.below !== undefined) return `< ${t.below}`;
  return t.max !== undefined ? `≤ ${t.max}` : `≥ ${t.min}`;
}

function format(value) {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

function printTable(rows) {
  const cells = rows.map((r) => [
    r.metric,
    r.unavailable ? `not available: ${r.unavailable}` : format(r.value),
    r.unit ?? '',
    targetText(r.target),
    r.status,
  ]);
  const head = ['metric', 'value', 'unit', 'target', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
}

const started = Date.now();
const log = (text) => console.error(`bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s: ${text}`);

async function main() {
  process.chdir(fileURLToPath(new URL('..', import.meta.url))); // paths below are from the project root
  log('ALD model in Node');
  const aldModel = nodeBench('bench/model-bench.ts');
  log('plating model in Node');
  const platingModel = nodeBench('bench/plating-model-bench.ts', ['--expose-gc']);
  log('naive plating walker in Node');
  const platingNaive = naiveRows(platingModel);

  log('building into dist-bench');
  build();
  const server = await startPreview();
  // vite preview runs in its own process group, so an interrupted bench must end it itself.
  process.once('SIGINT', () => {
    server.stop();
    process.exit(130);
  });
  let browser;
  const page = {};
  try {
    browser = await launch();
    for (const [name, measure] of [
      ['JS before interactive', measureJsSize],
      ['Worker round trip', measureRoundTrip],
      ['Nylon rendering', measureRendering],
      ['Reactor heap growth', measureReactorHeap],
      ['Plating long tasks', measurePlatingLongTasks],
      ['Plating cycles in the browser', measurePlatingCycles],
    ]) {
      log(`${name}`);
      page[name] = await guarded(name, () => measure(browser));
    }
    await browser.close();
    browser = undefined;
    // Lighthouse starts its own Chromium and times the page's CPU work, which a second browser would slow.
    log('Lighthouse, 3 runs per screen');
    page.Lighthouse = await guarded('Lighthouse', measureLighthouse);
  } finally {
    await browser?.close();
    server.stop();
  }
  // Rows in the order: Reactor (issue 3), then Plating lab (issue 4).
  const rows = [
    ...page['JS before interactive'],
    ...page.Lighthouse,
    ...aldModel,
    ...page['Worker round trip'],
    ...page['Nylon rendering'],
    ...page['Reactor heap growth'],
    ...platingModel.filter((r) => !r.metric.includes('heap')),
    ...platingNaive,
    ...page['Plating long tasks'],
    ...page['Plating cycles in the browser'],
    ...platingModel.filter((r) => r.metric.includes('heap')),
  ];

  for (const r of rows) r.status = status(r);
  printTable(rows);
  const report = {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().map((c) => c.model), memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1) },
    rows,
  };
  writeFileSync(new URL('./report.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
  log(`wrote bench/report.json in ${report.durationS} s`);
}

await main();
