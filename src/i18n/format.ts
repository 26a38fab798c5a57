import { intlTag, type LocaleId } from './locales.ts';

/**
 * Numbers in the reader's locale (decimal mark, grouping). CSV exports do not use these: they
 * stay machine-readable whatever the locale.
 */
let tag = 'en';
const cache = new Map<string, Intl.NumberFormat>();

export function setFormatLocale(locale: LocaleId): void {
  tag = intlTag(locale);
  cache.clear();
}

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * The first number format a page creates loads the browser's locale data (tens of ms on a slow
 * laptop): boot calls this while it runs anyway, so no later task of the page pays for it.
 */
export function prepareNumberFormats(): void {
  fixed(0, 0);
}

/** A number with exactly `digits` decimals. */
export function fixed(value: number, digits: number): string {
  return formatter({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A number with at most `digits` significant figures. */
export function sig(value: number, digits = 3): string {
  return formatter({ maximumSignificantDigits: digits }).format(value);
}

/** A whole number, grouped. */
export function whole(value: number): string {
  return formatter({ maximumFractionDigits: 0 }).format(value);
}

/** A share 0–1 as a percentage with `digits` decimals. */
export function percent(share: number, digits = 0): string {
  return formatter({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/** A number as a paper printed it (the data keeps its digits); very small or large ones in powers of ten. */
export function published(value: number): string {
  const size = Math.abs(value);
  return size !== 0 && (size < 0.01 || size >= 1e6) ? scientific(value, 3) : sig(value, 6);
}

/** Scientific notation, e.g. 1.2 × 10⁸, for values that span decades. */
export function scientific(value: number, digits = 2): string {
  if (value === 0 || !Number.isFinite(value)) return sig(value, digits);
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -2 && exponent < 4) return sig(value, digits);
  const mantissa = value / 10 ** exponent;
  const sup = String(exponent).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);
  return `${sig(mantissa, digits)} × 10${sup}`;
}
