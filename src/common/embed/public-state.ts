import { Observable } from '../state/observable.ts';
import { coerce, type ParamSpec, type ParamValue } from '../query/param-spec.ts';
import { msg, tr } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';

export interface SetResult {
  applied: Record<string, unknown>;
  clamped: Record<string, { requested: unknown; used: unknown }>;
  /** Why each key was refused, in the words of the locale on screen (a host page shows these). */
  rejected: Record<string, string>;
  /** The same reasons as refs, so a warning re-words itself when the locale changes. */
  reasons: Record<string, MessageRef>;
}

/**
 * When a writable key goes into shared links and the address bar: always; only once someone set
 * it (a language chosen by the browser must not be forced on the link's next reader); only while
 * it differs from its initial value (an open lesson, not "no lesson"); never (an alias such as
 * `seed`, whose targets are shared themselves).
 */
export type ShareRule = 'always' | 'whenSet' | 'unlessInitial' | 'never';

interface Entry {
  value: Observable<unknown>;
  /** Present for writable keys. */
  spec?: ParamSpec;
  share?: ShareRule;
  initial?: unknown;
}

/**
 * The named values the URL, the host API and the controls share. Writable keys carry a spec;
 * read-only ones are reported by the screens.
 */
export class PublicState {
  readonly #entries = new Map<string, Entry>();
  /** Adds values that follow from a change (e.g. a new process brings its own temperature). */
  #derivers: ((changes: Record<string, ParamValue>) => Record<string, ParamValue>)[] = [];
  /** Values read off a change's outcome that win over the change itself (the preset the settings now match). */
  #settlers: ((after: (key: string) => unknown) => Record<string, ParamValue>)[] = [];

  readonly #setKeys = new Set<string>();

  writable<T extends ParamValue>(key: string, spec: ParamSpec, initial: T, share: ShareRule = 'always'): Observable<T> {
    const equals = (a: unknown, b: unknown) =>
      Array.isArray(a) && Array.isArray(b) ? a.join(',') === b.join(',') : Object.is(a, b);
    const value = new Observable<T>(initial, equals);
    this.#entries.set(key, { value: value as Observable<unknown>, spec, share, initial });
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

  /** `after(key)` is the key's value once the change is applied. */
  addSettler(settle: (after: (key: string) => unknown) => Record<string, ParamValue>): void {
    this.#settlers.push(settle);
  }

  keys(): string[] {
    return [...this.#entries.keys()];
  }

  writableKeys(): string[] {
    return [...this.#entries].filter(([, e]) => e.spec).map(([k]) => k);
  }

  /** The writable keys a link holds now. */
  sharedKeys(): string[] {
    return this.writableKeys().filter((k) => {
      const { share, value, initial } = this.#entries.get(k)!;
      return share === 'always' || (share === 'whenSet' && this.#setKeys.has(k)) || (share === 'unlessInitial' && value.value !== initial);
    });
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
    const result: SetResult = { applied: {}, clamped: {}, rejected: {}, reasons: {} };
    const reject = (key: string, reason: MessageRef) => {
      result.reasons[key] = reason;
      result.rejected[key] = tr(reason);
    };
    const valid: Record<string, ParamValue> = {};
    for (const [key, raw] of Object.entries(changes)) {
      const entry = this.#entries.get(key);
      if (!entry) {
        reject(key, msg('common.reason.unknownKey'));
        continue;
      }
      if (!entry.spec) {
        reject(key, msg('common.reason.readOnly'));
        continue;
      }
      const c = coerce(entry.spec, raw, fromUrl);
      if (!c.ok) {
        reject(key, c.reason);
        continue;
      }
      valid[key] = c.value;
      this.#setKeys.add(key);
      if (c.clamped) result.clamped[key] = c.clamped;
    }
    let all = { ...valid };
    for (const derive of this.#derivers) all = { ...derive(all), ...all };
    const after = (key: string): unknown => (key in all ? all[key] : this.get(key));
    for (const settle of this.#settlers) all = { ...all, ...settle(after) };
    for (const [key, value] of Object.entries(all)) {
      this.#entries.get(key)?.value.set(value);
      if (key in valid) result.applied[key] = value;
    }
    return result;
  }
}

export type SetOrigin = 'common.origin.link' | 'common.origin.control' | 'common.origin.set' | 'common.origin.lesson';

/** Describes rejected and clamped values, each with the value that was given, in words a teacher can act on. */
export function describeSetResult(result: SetResult, origin: SetOrigin, given: Record<string, unknown>): MessageRef[] {
  const lines: MessageRef[] = [];
  const from = msg(origin);
  for (const [key, reason] of Object.entries(result.reasons)) {
    lines.push(msg('common.set.ignored', { origin: from, key, value: showValue(given[key]), reason }));
  }
  for (const [key, c] of Object.entries(result.clamped)) {
    lines.push(msg('common.set.clamped', { origin: from, key, value: showValue(c.requested), used: showValue(c.used) }));
  }
  return lines;
}

function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
