import { format } from 'd3';

/** Three significant digits, no trailing zeros: enough for a spoken summary. */
export const formatNumber = format('.3~g');

/** A file name from a chart title: "Thickness vs cycle (nm)" -> "thickness-vs-cycle-nm". */
export function fileSlug(title: string, fallback = 'chart'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
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
      return n >= -3 && n <= 3 ? String(10 ** n) : `10${String(n).split('').map((c) => SUPERSCRIPT[c]).join('')}`;
    }
    const lead = Math.round(value / 10 ** Math.floor(exponent + 1e-9));
    return lead === 1 || lead === 2 || lead === 5 ? format('~g')(value) : '';
  };
}
