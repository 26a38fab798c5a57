import { scientific } from '../format.ts';

/** Three significant figures: enough for a spoken summary. */
const num = (value: number) => scientific(value, 3);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Words of the charts area. Keys start with "charts.". */
export const charts = {
  'charts.kind.lineChart': 'Line chart',
  'charts.kind.histogram': 'Histogram',
  'charts.exportPng': 'Export PNG',
  'charts.exportCsv': 'Export CSV',
  /** Read after a button's visible text or the table's summary, so a screen reader knows which chart. */
  'charts.ofChart': (p: { name: string }) => `: ${p.name}`,
  'charts.dataTable': 'Data table',
  'charts.column.series': 'Series',
  'charts.column.binFrom': (p: { what: string }) => `${p.what} from`,
  'charts.column.binTo': (p: { what: string }) => `${p.what} to`,
  'charts.column.count': 'Count',
  'charts.axis.count': 'count',
  'charts.value': 'value',
  'charts.zoom.group': 'Zoom the x axis',
  'charts.zoom.in': 'Zoom in',
  'charts.zoom.out': 'Zoom out',
  'charts.zoom.panLeft': 'Pan left',
  'charts.zoom.panRight': 'Pan right',
  'charts.zoom.reset': 'Reset zoom',
  'charts.zoom.showing': (p: { what: string; from: number; to: number }) => `Showing ${p.what} ${num(p.from)} to ${num(p.to)}`,
  'charts.zoom.hint': 'Drag across the chart to zoom',
  'charts.summary.title': (p: { title: string }) => `${p.title}.`,
  'charts.summary.axis': (p: { axis: string; label: string; from: number; to: number }) =>
    `${p.axis} axis ${p.label}, ${num(p.from)} to ${num(p.to)}.`,
  'charts.summary.axisLog': (p: { axis: string; label: string; from: number; to: number }) =>
    `${p.axis} axis ${p.label}, ${num(p.from)} to ${num(p.to)}, log scale.`,
  'charts.summary.noData': 'No data.',
  'charts.summary.solidLine': 'solid line',
  'charts.summary.dashedLine': 'dashed line',
  'charts.summary.seriesEmpty': (p: { label: string; style: string }) => `${p.label} (${p.style}): no points.`,
  'charts.summary.series': (p: { label: string; style: string; n: number; x0: number; y0: number; x1: number; y1: number }) =>
    `${p.label} (${p.style}, ${plural(p.n, 'point', 'points')}): from (${num(p.x0)}, ${num(p.y0)}) to (${num(p.x1)}, ${num(p.y1)}).`,
  'charts.summary.marker': (p: { label: string; x: number; y: number }) => `Marker "${p.label}" at x ${num(p.x)}, y ${num(p.y)}.`,
  'charts.summary.histogram': (p: { n: number; what: string; bins: number; from: number; to: number }) =>
    `Histogram of ${plural(p.n, 'value', 'values')} of ${p.what}, in ${plural(p.bins, 'bin', 'bins')} from ${num(p.from)} to ${num(p.to)}.`,
  'charts.summary.histogramEmpty': (p: { what: string }) => `Histogram of ${p.what}: no data.`,
  'charts.summary.histogramStats': (p: { mean: number; median: number }) => `Mean ${num(p.mean)}, median ${num(p.median)}.`,
  'charts.summary.tallestBin': (p: { from: number; to: number; n: number }) =>
    `Tallest bin ${num(p.from)} to ${num(p.to)} with ${plural(p.n, 'value', 'values')}.`,
};
