import { fixed, sig } from '../../../i18n/format.ts';

/** Non-breaking space: a number never wraps away from its unit. */
const NBSP = '\u00a0';

/** Film lengths: nm with Å in brackets, since ALD papers quote both. */
export function formatNm(nm: number): string {
  return `${fixed(nm, nm < 1 ? 3 : 2)}${NBSP}nm (${fixed(nm * 10, 1)}${NBSP}Å)`;
}

/** Process times span milliseconds (pulses) to minutes (purges). */
export function formatSeconds(s: number): string {
  if (s < 1) return `${sig(s * 1000, 3)}${NBSP}ms`;
  if (s < 600) return `${sig(s, 3)}${NBSP}s`;
  return `${fixed(s / 60, 1)}${NBSP}min`;
}
