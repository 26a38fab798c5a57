/**
 * Plating model in Node: time of the default three-substrate comparison, and heap growth over
 * repeated runs. Prints JSON bench rows. Run with --expose-gc so heap readings follow a full GC.
 */
import { createPlatingApi } from '../worker/plating/api.ts';
import type { PlatingConfig } from '../worker/plating/types.ts';
import { attachmentsPerSubstrate, BENCH_CONFIG } from './plating-charge.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

/** Returns true when the model coarsened its lattice (then the attachment count is not known). */
function runToEnd(config: PlatingConfig): boolean {
  const api = createPlatingApi();
  let p = api.init(config);
  while (!p.done) p = api.advance(1);
  return p.runs.some((r) => r.coarsened);
}

function timeMs(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

// Median of three runs: the machine is shared, and the first run also pays for the JIT.
const modelRuns = [0, 1, 2].map(() => timeMs(() => runToEnd(BENCH_CONFIG))).sort((a, b) => a - b);
const modelMs = modelRuns[1];
const attachments = attachmentsPerSubstrate(BENCH_CONFIG.capacityMAhcm2);
const coarsened = runToEnd(BENCH_CONFIG);

// Leaks show as heap that survives a full GC and grows with the number of runs.
const heapConfig: PlatingConfig = { ...BENCH_CONFIG, capacityMAhcm2: 0.3 };
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
for (let i = 0; i < 10; i++) runToEnd(heapConfig);
const heap10 = heapAfterGc();
for (let i = 10; i < 100; i++) runToEnd(heapConfig);
const heap100 = heapAfterGc();

const rows = [
  {
    metric: `Plating model: default comparison (${BENCH_CONFIG.substrates.length} substrates)`,
    value: modelMs,
    unit: 'ms',
    target: { max: 1000 },
    note: `runs ${modelRuns.map((t) => t.toFixed(0)).join(', ')} ms`,
  },
  coarsened
    ? { metric: 'Plating model: time per attachment', unavailable: 'lattice coarsened, count unknown' }
    : {
        metric: 'Plating model: time per attachment',
        value: (modelMs * 1e6) / (BENCH_CONFIG.substrates.length * attachments),
        unit: 'ns',
        note: `${attachments} attachments per substrate, from the charge`,
      },
  { metric: 'Plating heap growth, run 10 to 100 (0.3 mAh/cm² runs)', value: (heap100 - heap10) / 1e6, unit: 'MB', target: { max: 2 } },
];
process.stdout.write(JSON.stringify(rows));
