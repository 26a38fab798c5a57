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
