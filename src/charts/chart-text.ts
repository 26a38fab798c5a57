import { precisionFixed, tickStep } from 'd3';
import type { CsvCell } from '../common/export/csv.ts';
import { fixed, scientific, sig, whole } from '../i18n/format.ts';

/**
 * A file name from a chart title: "Thickness vs cycle (nm)" -> "thickness-vs-cycle-nm".
 * Letters of any script stay, so a Chinese title names its file too.
 */
export function fileSlug(title: string, fallback = 'chart'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** A data-table cell: numbers in the reader's locale (the CSV keeps full precision). */
export function tableCell(value: CsvCell): string {
  if (typeof value !== 'number') return value ?? '';
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) ? whole(value) : scientific(value, 4);
}

/** Labels for a linear axis: d3's tick precision, written with the locale's decimal mark and grouping. */
export function linearTickLabel(domain: [number, number], count: number): (value: number) => string {
  const step = Math.abs(tickStep(domain[0], domain[1], count));
  const digits = step > 0 && Number.isFinite(step) ? precisionFixed(step) : 0;
  return (value) => fixed(value, digits);
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * Labels for a log axis: across several decades only the powers of ten, written 10⁻⁶, so the
 * labels never run into each other; across one or two decades also 2 and 5.
 */
export function logTickLabel(domain: [number, number]): (value: number) => string {
  const decades = Math.log10(Math.max(domain[0], domain[1]) / Math.min(domain[0], domain[1]));
  return (value) => {
    const exponent = Math.log10(value);
    const isDecade = Math.abs(exponent - Math.round(exponent)) < 1e-9;
    if (decades > 2.5) {
      if (!isDecade) return '';
      const n = Math.round(exponent);
      return n >= -3 && n <= 3 ? sig(10 ** n, 1) : `10${String(n).split('').map((c) => SUPERSCRIPT[c]).join('')}`;
    }
    const lead = Math.round(value / 10 ** Math.floor(exponent + 1e-9));
    return lead === 1 || lead === 2 || lead === 5 ? scientific(value, 1) : '';
  };
}
