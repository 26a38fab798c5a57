import { bisectRight, extent, max, mean, median, nice, ticks } from 'd3';
import type { CsvCell } from '../common/export/csv.ts';
import type { HistogramBin } from './chart-types.ts';
import { t } from '../i18n/i18n.ts';

/**
 * Bins the finite values on round ("nice") edges, about binCount of them, so the axis
 * labels fall on bin edges. Edges cover every value: the last bin is closed.
 */
export function binValues(values: readonly number[], binCount: number): HistogramBin[] {
  const finite = values.filter(Number.isFinite);
  const [lo, hi] = extent(finite);
  if (lo === undefined || hi === undefined) return [];
  const count = Math.max(1, Math.round(binCount));
  if (lo === hi) return [{ x0: lo - 0.5, x1: hi + 0.5, count: finite.length }];
  // nice() widens the extent to multiples of the tick step, so the ticks include both ends.
  const [niceLo, niceHi] = nice(lo, hi, count);
  const edges = ticks(niceLo, niceHi, count);
  const bins = edges.slice(0, -1).map((x0, i) => ({ x0, x1: edges[i + 1] ?? niceHi, count: 0 }));
  for (const v of finite) {
    const bin = bins[Math.min(bisectRight(edges, v) - 1, bins.length - 1)];
    if (bin) bin.count++;
  }
  return bins;
}

/** CSV headers are data, the same whatever the language on screen. */
export function histogramCsvColumns(xColumn: string): string[] {
  const what = xColumn || 'value';
  return [`${what} from`, `${what} to`, 'count'];
}

export function histogramTableColumns(xLabel: string): string[] {
  const what = xLabel || t('charts.value');
  return [t('charts.column.binFrom', { what }), t('charts.column.binTo', { what }), t('charts.column.count')];
}

export function histogramRows(bins: readonly HistogramBin[]): CsvCell[][] {
  return bins.map((b) => [b.x0, b.x1, b.count]);
}

export function describeHistogram(title: string, xLabel: string, values: readonly number[], bins: readonly HistogramBin[]): string {
  const finite = values.filter(Number.isFinite);
  const what = xLabel || t('charts.value');
  const head = t('charts.summary.title', { title: title || t('charts.kind.histogram') });
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return `${head} ${t('charts.summary.histogramEmpty', { what })}`;
  const tallest = max(bins, (b) => b.count) ?? 0;
  const mode = bins.find((b) => b.count === tallest) ?? first;
  return [
    head,
    t('charts.summary.histogram', { n: finite.length, what, bins: bins.length, from: first.x0, to: last.x1 }),
    t('charts.summary.histogramStats', { mean: mean(finite) ?? Number.NaN, median: median(finite) ?? Number.NaN }),
    t('charts.summary.tallestBin', { from: mode.x0, to: mode.x1, n: tallest }),
  ].join(' ');
}
