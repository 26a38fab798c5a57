import { sig } from '../../../i18n/format.ts';

/** "0.1–10": a range of accepted values, in the reader's number format. */
export const rangeText = (r: { min: number; max: number }) => `${sig(r.min)}–${sig(r.max)}`;

/**
 * Hands the number a field holds after a change to `apply`, as typed: the app clamps it and
 * says so, as for a link or the host API. An empty or unreadable field is not sent; the host
 * redraws it with the value in force.
 */
export function applyNumber(host: { requestUpdate(): void }, event: Event, apply: (v: number) => void): void {
  const v = (event.target as HTMLInputElement).valueAsNumber;
  if (Number.isFinite(v)) apply(v);
  else host.requestUpdate();
}
