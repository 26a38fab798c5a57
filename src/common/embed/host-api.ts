import { describeSetResult, type PublicState, type SetResult } from './public-state.ts';

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

/** runCycles(n) takes a whole number of cycles in this range, from the API and the controls alike. */
export const RUN_CYCLES_LIMITS = { min: 1, max: 500 } as const;

export function isValidCycleCount(n: number): boolean {
  return Number.isInteger(n) && n >= RUN_CYCLES_LIMITS.min && n <= RUN_CYCLES_LIMITS.max;
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
      if (!isValidCycleCount(n)) {
        throw new Error(`runCycles(n) takes an integer from ${RUN_CYCLES_LIMITS.min} to ${RUN_CYCLES_LIMITS.max}, not ${String(n)}`);
      }
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
