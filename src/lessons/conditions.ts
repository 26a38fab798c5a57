import type { Condition } from '../../lessons/build/lesson-types.ts';

/** Reads a state key; `results.<substrate>.<field>` reaches into the Plating lab's results. */
export type StateReader = (key: string) => unknown;

function read(get: StateReader, key: string): unknown {
  const [head, ...path] = key.split('.');
  let value: unknown = get(head!);
  for (const part of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Whether the app's state meets a step's `waitFor` condition. */
export function conditionMet(c: Condition, get: StateReader): boolean {
  if ('all' in c) return c.all.every((x) => conditionMet(x, get));
  if ('any' in c) return c.any.some((x) => conditionMet(x, get));
  const v = read(get, c.key);
  if (c.equals !== undefined && !(Array.isArray(v) ? v.join(',') === String(c.equals) : v === c.equals)) return false;
  if (c.includes !== undefined) {
    const items = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',') : [];
    if (!items.some((item) => item === c.includes || item.startsWith(c.includes!))) return false;
  }
  const bounds: [number | undefined, (n: number, b: number) => boolean][] = [
    [c.atLeast, (n, b) => n >= b],
    [c.atMost, (n, b) => n <= b],
    [c.below, (n, b) => n < b],
    [c.above, (n, b) => n > b],
  ];
  for (const [bound, ok] of bounds) {
    if (bound === undefined) continue;
    if (typeof v !== 'number' || !ok(v, bound)) return false;
  }
  return true;
}

/** The top-level state keys a condition reads, to know which changes to watch. */
export function conditionKeys(c: Condition): string[] {
  if ('all' in c) return [...new Set(c.all.flatMap(conditionKeys))];
  if ('any' in c) return [...new Set(c.any.flatMap(conditionKeys))];
  return [c.key.split('.')[0]!];
}
