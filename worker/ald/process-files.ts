import { validateProcess } from './validate.ts';
import type { ProcessDefinition } from './types.ts';

/**
 * Checks parsed process files, keyed by path: each against ProcessDefinition, and their ids
 * against each other; throws naming the file and field. The build runs it on every file in
 * ./processes (vite.config.ts), so the app ships them as they are and never validates at start.
 */
export function loadProcesses(modules: Record<string, { default: unknown }>): ProcessDefinition[] {
  const list = Object.keys(modules)
    .sort()
    .map((path) => validateProcess(modules[path]!.default, path.split('/').pop() ?? path));
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.id)) throw new Error(`duplicate process id "${p.id}" in worker/ald/processes`);
    seen.add(p.id);
  }
  return list;
}
