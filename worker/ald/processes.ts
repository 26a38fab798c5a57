import type { ProcessDefinition } from './types.ts';

/**
 * Every JSON file in ./processes is a process: adding one is adding a data file. The build
 * validates them (loadProcesses in process-files.ts, run by vite.config.ts) and a test checks
 * they are already in validated form, so here they are plain data with no checks to run.
 */
const files = import.meta.glob<ProcessDefinition>('./processes/*.json', { eager: true, import: 'default' });

export const PROCESSES: ProcessDefinition[] = Object.keys(files)
  .sort()
  .map((path) => files[path]!);

/** What the app shell needs before any screen is shown: the choices, without their molecules. */
export type ProcessSummary = Pick<ProcessDefinition, 'id' | 'gpcTemperatureC'>;

// Named imports of single fields, so a bundle holding only the summaries holds no molecule data.
const ids = import.meta.glob<string>('./processes/*.json', { eager: true, import: 'id' });
const temperaturesC = import.meta.glob<number>('./processes/*.json', { eager: true, import: 'gpcTemperatureC' });

export const PROCESS_SUMMARIES: ProcessSummary[] = Object.keys(ids)
  .sort()
  .map((path) => ({ id: ids[path]!, gpcTemperatureC: temperaturesC[path]! }));

export function findProcess(id: string, list: readonly ProcessDefinition[] = PROCESSES): ProcessDefinition {
  const p = list.find((q) => q.id === id);
  if (!p) throw new Error(`unknown ALD/MLD process "${id}" (known: ${list.map((q) => q.id).join(', ')})`);
  return p;
}
