import type { PublicState, SetResult } from './public-state.ts';

/** The time controls of the shown screen, and Reset All. */
export interface HostTimeControls {
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  /** Back to the values the page was opened with; clears progress and pauses. */
  reset(): Promise<void>;
}

/** A screen's own host-API method (runCycles, runToEnd …), reached only while that screen is shown. */
export interface HostCommand {
  name: string;
  /** Runs it, or throws naming the screen it needs. */
  call(...args: unknown[]): Promise<unknown>;
}

export interface HostApi {
  get(key?: string): Promise<unknown>;
  set(changes: Record<string, unknown>): Promise<SetResult>;
  observe(key: string, callback: (value: unknown) => void): () => void;
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  reset(): Promise<void>;
  /** Every registered screen's commands, by name; their arguments are checked by the screen, so any are accepted here. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [command: string]: (...args: any[]) => any;
}

/** The methods every host API has, before the screens' commands; the postMessage bridge allows these and the commands. */
export const CORE_METHODS = ['get', 'set', 'play', 'pause', 'step', 'reset'] as const;

export function createHostApi(
  state: PublicState,
  time: () => HostTimeControls,
  commands: readonly HostCommand[],
  /** Applies changes with the app's warnings for what was clamped or refused. */
  apply: (changes: Record<string, unknown>) => SetResult,
  badArgument: () => string,
): HostApi {
  const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  const api: Record<string, unknown> = {
    async get(key?: string) {
      if (key === undefined) return clone(state.all());
      if (!state.has(key)) throw new Error(`Unknown key "${key}"`);
      return clone(state.get(key));
    },
    async set(changes: Record<string, unknown>) {
      if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) throw new Error(badArgument());
      return apply(changes);
    },
    observe(key: string, callback: (value: unknown) => void) {
      return state.observe(key, (v) => callback(clone(v)));
    },
    play: () => time().play(),
    pause: () => time().pause(),
    step: () => time().step(),
    reset: () => time().reset(),
  };
  for (const command of commands) api[command.name] = async (...args: unknown[]) => clone(await command.call(...args));
  return api as HostApi;
}
