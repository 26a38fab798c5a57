import { sig } from '../../../i18n/format.ts';

/** Scale bars and µm labels for the 2D views: lengths on a 1-2-5 ladder so they read at a glance. */

/** The largest 1, 2 or 5 × 10^k not above maxUm (0 when maxUm is not a positive number). */
export function roundLengthUm(maxUm: number): number {
  if (!(maxUm > 0) || !Number.isFinite(maxUm)) return 0;
  const decade = 10 ** Math.floor(Math.log10(maxUm));
  const steps = [5, 2, 1];
  for (const s of steps) if (s * decade <= maxUm * (1 + 1e-9)) return s * decade;
  return decade;
}

export interface ScaleBar {
  lengthUm: number;
  lengthPx: number;
  label: string;
}

/** A bar of a round length no longer than maxFraction of the drawn width. */
export function scaleBar(spanUm: number, spanPx: number, maxFraction = 0.3): ScaleBar {
  const lengthUm = roundLengthUm(spanUm * maxFraction);
  return { lengthUm, lengthPx: spanUm > 0 ? (lengthUm / spanUm) * spanPx : 0, label: formatUm(lengthUm) };
}

/** "10 µm", "0.5 µm": "250 nm" below 1 µm would mix units, so µm throughout. */
export function formatUm(valueUm: number): string {
  return `${umNumber(valueUm)} µm`;
}

/** A length in µm without its unit (axis ticks), in the reader's number format, no needless decimals. */
export function umNumber(valueUm: number): string {
  return sig(valueUm, 3);
}
