import { describeSetResult, type PublicState } from '../embed/public-state.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import { formatParam, type ParamValue } from './param-spec.ts';

/** Applies the page's query parameters; returns warnings for the ones that were bad. */
export function applyUrl(state: PublicState, search: string): MessageRef[] {
  const params = new URLSearchParams(search);
  const changes: Record<string, string> = {};
  for (const [key, value] of params) changes[key] = value;
  return describeSetResult(state.set(changes, true), 'common.origin.link', changes);
}

/** A query string holding every writable setting (never progress). */
export function queryFor(state: PublicState): string {
  // Commas stay readable (substrates=cu,tio2-5): a teacher edits these links by hand.
  return state
    .sharedKeys()
    .map((key) => `${key}=${encodeURIComponent(formatParam(state.get(key) as ParamValue)).replace(/%2C/g, ',')}`)
    .join('&');
}

/** Keeps the address bar in step with the settings, without adding history entries. */
export function syncUrl(state: PublicState): void {
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const url = new URL(window.location.href);
    url.search = queryFor(state);
    history.replaceState(history.state, '', url);
  };
  for (const key of state.writableKeys()) {
    // Every writable key, so a key that becomes shared (a language chosen) reaches the address bar.
    state.observe(key, () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(write);
    });
  }
}
