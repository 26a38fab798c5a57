import type { PublicState, SetResult } from './public-state.ts';

/** What the visible screen does for the host API's commands. */
export interface ScreenCommands {
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  /** Back to the values the page was opened with; clears progress and pauses. */
  reset(): Promise<void>;
  runCycles?(n: number): Promise<void>;
  runToEnd?(): Promise<unknown>;
}

export interface HostApi {
  get(key?: string): Promise<unknown>;
  set(changes: Record<string, unknown>): Promise<SetResult>;
  observe(key: string, callback: (value: unknown) => void): () => void;
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  reset(): Promise<void>;
  runCycles(n: number): Promise<Record<string, unknown>>;
  runToEnd(): Promise<unknown>;
}

/** Describes rejected and clamped values, each with the value that was given, in words a teacher can act on. */
export function describeSetResult(result: SetResult, origin: string, given: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, reason] of Object.entries(result.rejected)) {
    lines.push(`${origin}: "${key}" = ${showValue(given[key])} ignored (${reason}).`);
  }
  for (const [key, c] of Object.entries(result.clamped)) {
    lines.push(`${origin}: "${key}" = ${showValue(c.requested)} is out of range; using ${showValue(c.used)}.`);
  }
  return lines;
}

function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function createHostApi(
  state: PublicState,
  commands: () => ScreenCommands,
  warn: (lines: string[]) => void,
): HostApi {
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    async get(key) {
      if (key === undefined) return clone(state.all());
      if (!state.has(key)) throw new Error(`Unknown key "${key}"`);
      return clone(state.get(key));
    },
    async set(changes) {
      if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
        throw new Error('set() takes an object of {key: value}');
      }
      const result = state.set(changes);
      warn(describeSetResult(result, 'set()', changes));
      return result;
    },
    observe(key, callback) {
      return state.observe(key, (v) => callback(clone(v)));
    },
    play: () => commands().play(),
    pause: () => commands().pause(),
    step: () => commands().step(),
    reset: () => commands().reset(),
    async runCycles(n) {
      if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error(`runCycles(n) takes an integer from 1 to 500, not ${String(n)}`);
      const run = commands().runCycles;
      if (!run) throw new Error('runCycles() works on the Reactor screen');
      await run(n);
      return clone(state.all());
    },
    async runToEnd() {
      const run = commands().runToEnd;
      if (!run) throw new Error('runToEnd() works on the Plating screen');
      return clone(await run());
    },
  };
}
