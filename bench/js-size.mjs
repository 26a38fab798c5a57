/**
 * JS the Reactor screen needs before it is interactive, gzip level 9 of the built files.
 * Counted: main-thread scripts fetched before interactive that the entry imports statically,
 * which must include the English catalogue (the one locale that is not a lazy chunk).
 * Listed apart (info): worker scripts, and chunks reached only through import(), such as the
 * charts, the screens' views and the zh-CN catalogue, even when they arrive before interactive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openPage } from './browser.mjs';
import { OUT_DIR } from './serve.mjs';

const gzipKb = (file) => gzipSync(readFileSync(`${OUT_DIR}/${file}`), { level: 9 }).length / 1000;
const sumKb = (files) => [...new Set(files)].reduce((kb, f) => kb + gzipKb(f), 0);
const WORKER = /\.worker-[^/]*\.js$/;
// A catalogue defines every key; a key in a catalogue object, not a use of it, marks the file.
const CATALOGUE_ENTRY = /[{,]"common\.verbatim":/;
const ZH_CN_CHUNK = /^assets\/zh-CN-[^/]*\.js$/;

/** Files the page needs before any code runs: index.html's scripts and their static imports. */
function staticGraph() {
  const html = readFileSync(`${OUT_DIR}/index.html`, 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*modulepreload[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // Static imports only: `import{..}from"./x.js"` or `import"./x.js"`, never `import("./x.js")`.
    for (const m of readFileSync(`${OUT_DIR}/${file}`, 'utf8').matchAll(/\bimport\s*(?:[\w$*{}\s,]+?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(dir + m[1]);
    }
  }
  return seen;
}

export async function measureJsSize(browser) {
  const { context, page, ready } = await openPage(browser);
  const before = [];
  const after = [];
  let interactive = false;
  context.on('response', (res) => {
    const path = new URL(res.url()).pathname.replace(/^\//, '');
    if (path.endsWith('.js') && !WORKER.test(path)) (interactive ? after : before).push(path);
  });
  await ready();
  interactive = true;
  await page.waitForTimeout(1500); // let imports that follow the first paint arrive
  await context.close();

  const graph = staticGraph();
  const critical = before.filter((f) => graph.has(f));
  const lazy = [...before, ...after].filter((f) => !graph.has(f));
  const assets = readdirSync(`${OUT_DIR}/assets`).map((f) => `assets/${f}`);
  const workers = (name) => assets.filter((f) => f.startsWith(`assets/${name}.worker-`) && f.endsWith('.js'));
  const list = (files) => [...new Set(files)].join(' ');
  const hasCatalogue = (f) => !ZH_CN_CHUNK.test(f) && CATALOGUE_ENTRY.test(readFileSync(`${OUT_DIR}/${f}`, 'utf8'));
  const english = critical.find(hasCatalogue);
  const rows = [
    english
      ? { metric: 'JS before interactive (gzip)', value: sumKb(critical), unit: 'kB', target: { max: 200 }, note: `${list(critical)}; English catalogue in ${english}` }
      : { metric: 'JS before interactive (gzip)', unavailable: `no English catalogue among the counted files: ${list(critical)}` },
    { metric: 'JS loaded lazily (gzip)', value: sumKb(lazy), unit: 'kB', note: list(lazy) },
    { metric: 'JS fetched before interactive, lazy too (gzip)', value: sumKb(before), unit: 'kB', note: list(before) },
    { metric: 'ALD worker chunk (gzip)', value: sumKb(workers('ald')), unit: 'kB', note: list(workers('ald')) },
  ];
  const zhCN = assets.filter((f) => ZH_CN_CHUNK.test(f));
  const serviceWorker = readFileSync(`${OUT_DIR}/sw.js`, 'utf8');
  rows.push(
    zhCN.length
      ? { metric: 'zh-CN catalogue chunk (gzip)', value: sumKb(zhCN), unit: 'kB', note: list(zhCN) }
      : { metric: 'zh-CN catalogue chunk (gzip)', unavailable: 'no assets/zh-CN-*.js in the build' },
    // A student who switches language offline needs the chunk in the precache.
    { metric: 'zh-CN chunks precached by sw.js', value: zhCN.filter((f) => serviceWorker.includes(f)).length, unit: 'files', target: { min: Math.max(1, zhCN.length) } },
  );
  const plating = workers('plating');
  rows.push(
    plating.length
      ? { metric: 'Plating worker chunk (gzip)', value: sumKb(plating), unit: 'kB', note: list(plating) }
      : { metric: 'Plating worker chunk (gzip)', unavailable: 'no plating worker in the build' },
  );
  return rows;
}
