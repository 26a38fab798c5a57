import { sig } from '../../../i18n/format.ts';

/** "0.1–10": a range of accepted values, in the reader's number format. */
export const rangeText = (r: { min: number; max: number }) => `${sig(r.min)}–${sig(r.max)}`;

/**
 * The number a field holds after a change, sent as typed: the app clamps it and says so, as
 * for a link or the host API. An empty or unreadable field is not sent; the caller redraws
 * it with the value in force.
 */
export function committedNumber(event: Event): number | null {
  const v = (event.target as HTMLInputElement).valueAsNumber;
  return Number.isFinite(v) ? v : null;
}
