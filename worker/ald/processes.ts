import { validateProcess } from './validate.ts';
import type { ProcessDefinition } from './types.ts';

/** Every JSON file in ./processes is a process: adding one is adding a data file. */
const files = import.meta.glob<{ default: unknown }>('./processes/*.json', { eager: true });

export function loadProcesses(modules: Record<string, { default: unknown }> = files): ProcessDefinition[] {
  const list = Object.entries(modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, mod]) => validateProcess(mod.default, path.split('/').pop() ?? path));
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.id)) throw new Error(`duplicate process id "${p.id}" in worker/ald/processes`);
    seen.add(p.id);
  }
  return list;
}

export const PROCESSES: ProcessDefinition[] = loadProcesses();

export function findProcess(id: string, list: readonly ProcessDefinition[] = PROCESSES): ProcessDefinition {
  const p = list.find((q) => q.id === id);
  if (!p) throw new Error(`unknown ALD/MLD process "${id}" (known: ${list.map((q) => q.id).join(', ')})`);
  return p;
}
