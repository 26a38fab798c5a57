/** Non-breaking space: a number never wraps away from its unit. */
const NBSP = '\u00a0';

/** Film lengths: nm with Å in brackets, since ALD papers quote both. */
export function formatNm(nm: number): string {
  return `${nm.toFixed(nm < 1 ? 3 : 2)}${NBSP}nm (${(nm * 10).toFixed(1)}${NBSP}Å)`;
}

/** Process times span milliseconds (pulses) to minutes (purges). */
export function formatSeconds(s: number): string {
  if (s < 1) return `${(s * 1000).toPrecision(3)}${NBSP}ms`;
  if (s < 600) return `${s.toPrecision(3)}${NBSP}s`;
  return `${(s / 60).toFixed(1)}${NBSP}min`;
}
