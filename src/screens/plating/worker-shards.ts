import type { PlatingConfig, PlatingProgress, SubstrateId } from '../../../worker/plating/types.ts';

/** Most plating workers the lab starts, however many cores the machine has. */
export const MAX_PLATING_WORKERS = 4;

/** Plating workers for this machine: one per core up to the limit, at least one. */
export function platingWorkerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_PLATING_WORKERS, Math.floor(cores ?? 1)));
}

/** Rough relative cost of a substrate's run: bare Cu's many nuclei and porous walk cost most, LAS's dense fill least. */
function cost(id: SubstrateId): number {
  return id === 'cu' ? 3 : id.startsWith('tio2') ? 2 : 1;
}

/**
 * Splits a comparison over at most `workers` workers, costliest substrates first onto the
 * least loaded worker. Each substrate runs on its own random stream, so a share gives the same
 * results as the whole. Workers left without a substrate get no share.
 */
export function shardConfig(config: PlatingConfig, workers: number): PlatingConfig[] {
  const shares: { load: number; substrates: SubstrateId[] }[] = Array.from({ length: Math.max(1, workers) }, () => ({ load: 0, substrates: [] }));
  const byCost = [...config.substrates].sort((a, b) => cost(b) - cost(a));
  for (const id of byCost) {
    const lightest = shares.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.substrates.push(id);
    lightest.load += cost(id);
  }
  return shares
    .filter((s) => s.substrates.length > 0)
    .map((s) => ({ ...config, substrates: config.substrates.filter((id) => s.substrates.includes(id)) }));
}

/** The shares' progress as one comparison, its runs in the comparison's order. */
export function mergeProgress(order: readonly SubstrateId[], parts: readonly PlatingProgress[]): PlatingProgress {
  const runs = parts.flatMap((p) => p.runs);
  return {
    progress: Math.min(...parts.map((p) => p.progress)),
    done: parts.every((p) => p.done),
    runs: order.map((id) => {
      const run = runs.find((r) => r.substrateId === id);
      if (!run) throw new Error(`No worker ran ${id}.`);
      return run;
    }),
  };
}
