/**
 * The naive baseline alone, so run.mjs can stop it at a time limit: plain DLA for one
 * substrate with the charge of the default comparison. Prints { ms, placed, attachments }.
 */
import { naiveWalker } from '../worker/plating/naive-walker.ts';
import { GRID_N } from '../worker/plating/sim.ts';
import { attachmentsPerSubstrate, BENCH_CONFIG } from './plating-charge.ts';

const attachments = attachmentsPerSubstrate(BENCH_CONFIG.capacityMAhcm2);
const t0 = performance.now();
const r = naiveWalker(GRID_N, attachments, BENCH_CONFIG.seed);
const ms = performance.now() - t0;
let placed = 0;
for (const c of r.cells) if (c === 1) placed++;
process.stdout.write(JSON.stringify({ ms, placed, attachments }));
