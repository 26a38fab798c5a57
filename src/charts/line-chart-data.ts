import type { CsvCell } from '../common/export/csv.ts';
import type { ChartMarker, LineSeries } from './chart-types.ts';
import { t } from '../i18n/i18n.ts';
import type { Domain, ScaleType } from './scale-domain.ts';

/**
 * Long format (one row per point: series, x, y) for both the CSV and the on-page data
 * table. It suits series with different x values and stays one shape for any series count.
 * The CSV is data, the same whatever the language on screen: English headers, series ids.
 */
export function lineChartCsvColumns(xColumn: string, yColumn: string): string[] {
  return ['series', xColumn || 'x', yColumn || 'y'];
}

export function lineChartCsvRows(series: readonly LineSeries[]): CsvCell[][] {
  return series.flatMap((s) => s.points.map(([x, y]): CsvCell[] => [s.id, x, y]));
}

/** The data table is read on screen: the reader's language, series by their labels. */
export function lineChartTableColumns(xLabel: string, yLabel: string): string[] {
  return [t('charts.column.series'), xLabel || 'x', yLabel || 'y'];
}

export function lineChartTableRows(series: readonly LineSeries[]): CsvCell[][] {
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
    t(type === 'log' ? 'charts.summary.axisLog' : 'charts.summary.axis', { axis: name, label: label || name, from: d[0], to: d[1] });
  const parts = [
    t('charts.summary.title', { title: c.title || t('charts.kind.lineChart') }),
    axis('X', c.xLabel, c.xDomain, c.xScaleType),
    axis('Y', c.yLabel, c.yDomain, c.yScaleType),
  ];
  if (c.series.length === 0) parts.push(t('charts.summary.noData'));
  for (const s of c.series) parts.push(describeSeries(s));
  for (const m of c.markers) parts.push(t('charts.summary.marker', { label: m.label, x: m.x, y: m.y }));
  return parts.join(' ');
}

function describeSeries(s: LineSeries): string {
  const style = t(s.dashed ? 'charts.summary.dashedLine' : 'charts.summary.solidLine');
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  if (!first || !last) return t('charts.summary.seriesEmpty', { label: s.label, style });
  return t('charts.summary.series', {
    label: s.label, style, n: s.points.length, x0: first[0], y0: first[1], x1: last[0], y1: last[1],
  });
}
