export interface LineSeries {
  id: string;
  label: string;
  points: [number, number][];
  dashed?: boolean;
  /** 0-based index into --ip-series-1..6; defaults to the series' position. */
  colorIndex?: number;
  showPoints?: boolean;
}

export interface ChartMarker {
  x: number;
  y: number;
  label: string;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}
