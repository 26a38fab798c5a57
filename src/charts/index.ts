export { IpLineChart } from './line-chart.ts';
export { IpHistogram } from './histogram.ts';
export type { ChartMarker, HistogramBin, LineSeries } from './chart-types.ts';
export type { Domain, ScaleType } from './scale-domain.ts';
