/**
 * Plating model in Node: time of the default three-substrate comparison, and heap growth over
 * repeated runs. Prints JSON bench rows. Run with --expose-gc so heap readings follow a full GC.
 */
import { createPlatingApi } from '../worker/plating/api.ts';
import { PRESETS } from '../worker/plating/presets.ts';
import { SubstrateSim } from '../worker/plating/sim.ts';
import type { PlatingConfig } from '../worker/plating/types.ts';
import { attachmentsPerSubstrate, BENCH_CONFIG } from './plating-charge.ts';
import { shardConfig } from '../src/screens/plating/worker-shards.ts';

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
const dendritesMs = timeMs(() => runToEnd(PRESETS.dendrites));
// Lattice hops per ion, one substrate at a time: what the jumps over empty space leave to walk.
const hopRows = BENCH_CONFIG.substrates.map((id) => {
  const sim = new SubstrateSim(id, BENCH_CONFIG);
  sim.advanceTo(1);
  return { metric: `Plating model: lattice hops per ion, ${id}`, value: sim.walkHopsPerCell, unit: 'hops' };
});

// Ten plate–strip cycles: each substrate alone, then the busiest of two workers' shares (the pool runs them side by side).
const CYCLES = 10;
const cycleMs = new Map(BENCH_CONFIG.substrates.map((id) => [id, timeMs(() => {
  const sim = new SubstrateSim(id, { ...BENCH_CONFIG, platingCycles: CYCLES });
  sim.advanceTo(1);
})]));
const shares = shardConfig(BENCH_CONFIG, 2).map((c) => c.substrates.reduce((sum, id) => sum + cycleMs.get(id)!, 0));

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
    note: `runs ${modelRuns.map((t) => t.toFixed(0)).join(', ')} ms, in one thread`,
  },
  // Recorded, not measured: the solid-on-solid column model this walk replaced, on this machine.
  { metric: 'Plating column model before the 3D walk (recorded)', value: 434, unit: 'ms' },
  { metric: 'Plating model: Dendrites preset (10 mA/cm², 3 mAh/cm²)', value: dendritesMs, unit: 'ms', target: { max: 5000 } },
  ...hopRows,
  {
    metric: `Plating model: ${CYCLES} cycles of the default comparison, busiest of 2 workers`,
    value: Math.max(...shares),
    unit: 'ms',
    target: { max: 15000 },
    note: [...cycleMs].map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`).join(', ') + ', each in one thread',
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
