import type { CsvCell } from '../common/export/csv.ts';
import type { ChartMarker, LineSeries } from './chart-types.ts';
import { formatNumber } from './chart-text.ts';
import type { Domain, ScaleType } from './scale-domain.ts';

/**
 * Long format (one row per point: series, x, y) for both the CSV and the on-page data
 * table. It suits series with different x values and stays one shape for any series count.
 */
export function lineChartColumns(xLabel: string, yLabel: string): string[] {
  return ['series', xLabel || 'x', yLabel || 'y'];
}

export function lineChartRows(series: readonly LineSeries[]): CsvCell[][] {
  return series.flatMap((s) => s.points.map(([x, y]): CsvCell[] => [s.label, x, y]));
}

export interface LineChartSummaryInput {
  title: string;
  xLabel: string;
  yLabel: string;
  xDomain: Domain;
  yDomain: Domain;
  xScaleType: ScaleType;
  yScaleType: ScaleType;
  series: readonly LineSeries[];
  markers: readonly ChartMarker[];
}

/** The svg's aria-label: what a sighted reader takes from the picture, in words. */
export function describeLineChart(c: LineChartSummaryInput): string {
  const axis = (name: string, label: string, d: Domain, type: ScaleType) =>
    `${name} axis ${label || name}, ${formatNumber(d[0])} to ${formatNumber(d[1])}${type === 'log' ? ', log scale' : ''}.`;
  const parts = [`${c.title || 'Line chart'}.`, axis('X', c.xLabel, c.xDomain, c.xScaleType), axis('Y', c.yLabel, c.yDomain, c.yScaleType)];
  if (c.series.length === 0) parts.push('No data.');
  for (const s of c.series) parts.push(describeSeries(s));
  for (const m of c.markers) parts.push(`Marker "${m.label}" at x ${formatNumber(m.x)}, y ${formatNumber(m.y)}.`);
  return parts.join(' ');
}

function describeSeries(s: LineSeries): string {
  const style = s.dashed ? 'dashed line' : 'solid line';
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  if (!first || !last) return `${s.label} (${style}): no points.`;
  const n = s.points.length;
  return `${s.label} (${style}, ${n} point${n === 1 ? '' : 's'}): from (${formatNumber(first[0])}, ${formatNumber(first[1])}) to (${formatNumber(last[0])}, ${formatNumber(last[1])}).`;
}
