import { Observable } from '../state/observable.ts';
import { coerce, type ParamSpec, type ParamValue } from '../query/param-spec.ts';

export interface SetResult {
  applied: Record<string, unknown>;
  clamped: Record<string, { requested: unknown; used: unknown }>;
  rejected: Record<string, string>;
}

interface Entry {
  value: Observable<unknown>;
  /** Present for writable keys. */
  spec?: ParamSpec;
}

/**
 * The named values the URL, the host API and the controls share. Writable keys carry a spec;
 * read-only ones are reported by the screens.
 */
export class PublicState {
  readonly #entries = new Map<string, Entry>();
  /** Adds values that follow from a change (e.g. a new process brings its own temperature). */
  #derivers: ((changes: Record<string, ParamValue>) => Record<string, ParamValue>)[] = [];

  writable<T extends ParamValue>(key: string, spec: ParamSpec, initial: T): Observable<T> {
    const equals = (a: unknown, b: unknown) =>
      Array.isArray(a) && Array.isArray(b) ? a.join(',') === b.join(',') : Object.is(a, b);
    const value = new Observable<T>(initial, equals);
    this.#entries.set(key, { value: value as Observable<unknown>, spec });
    return value;
  }

  readonly<T>(key: string, initial: T, equals?: (a: T, b: T) => boolean): Observable<T> {
    const value = new Observable<T>(initial, equals);
    this.#entries.set(key, { value: value as Observable<unknown> });
    return value;
  }

  addDeriver(derive: (changes: Record<string, ParamValue>) => Record<string, ParamValue>): void {
    this.#derivers.push(derive);
  }

  keys(): string[] {
    return [...this.#entries.keys()];
  }

  writableKeys(): string[] {
    return [...this.#entries].filter(([, e]) => e.spec).map(([k]) => k);
  }

  spec(key: string): ParamSpec | undefined {
    return this.#entries.get(key)?.spec;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  get(key: string): unknown {
    return this.#entries.get(key)?.value.value;
  }

  all(): Record<string, unknown> {
    return Object.fromEntries([...this.#entries].map(([k, e]) => [k, e.value.value]));
  }

  observe(key: string, listener: (value: unknown) => void): () => void {
    const entry = this.#entries.get(key);
    if (!entry) throw new Error(`Unknown key "${key}"`);
    return entry.value.observe(listener);
  }

  /** Validates every key first, then applies the valid ones together. */
  set(changes: Record<string, unknown>, fromUrl = false): SetResult {
    const result: SetResult = { applied: {}, clamped: {}, rejected: {} };
    const valid: Record<string, ParamValue> = {};
    for (const [key, raw] of Object.entries(changes)) {
      const entry = this.#entries.get(key);
      if (!entry) {
        result.rejected[key] = 'unknown key';
        continue;
      }
      if (!entry.spec) {
        result.rejected[key] = 'read-only';
        continue;
      }
      const c = coerce(entry.spec, raw, fromUrl);
      if (!c.ok) {
        result.rejected[key] = c.reason;
        continue;
      }
      valid[key] = c.value;
      if (c.clamped) result.clamped[key] = c.clamped;
    }
    let all = { ...valid };
    for (const derive of this.#derivers) all = { ...derive(all), ...all };
    for (const [key, value] of Object.entries(all)) {
      this.#entries.get(key)?.value.set(value);
      if (key in valid) result.applied[key] = value;
    }
    return result;
  }
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
