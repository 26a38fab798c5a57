import type { PropertyDeclarations } from 'lit';
import type { CsvCell } from '../common/export/csv.ts';
import { ChartElement } from './chart-element.ts';
import { chartColors, seriesColor } from './chart-colors.ts';
import type { ChartFonts } from './chart-fonts.ts';
import { drawHeader, drawPlotFrame, niceDomain, type Svg } from './chart-frame.ts';
import type { HistogramBin } from './chart-types.ts';
import { binValues, describeHistogram, histogramCsvColumns, histogramRows, histogramTableColumns } from './histogram-data.ts';
import { t } from '../i18n/i18n.ts';

/**
 * <ip-histogram>: counts of values in about `bins` equal bins on round edges.
 * xLabel names the quantity with its unit; an empty yLabel reads "count" in the reader's language.
 */
export class IpHistogram extends ChartElement {
  static override properties: PropertyDeclarations = {
    values: { attribute: false },
    bins: { type: Number },
    colorIndex: { type: Number },
  };

  declare values: number[];
  /** Wanted number of bins; the edges are rounded, so the drawn count can differ a little. */
  declare bins: number;
  declare colorIndex: number;

  constructor() {
    super();
    this.values = [];
    this.bins = 20;
    this.colorIndex = 0;
  }

  protected override chartKind(): string {
    return t('charts.kind.histogram');
  }

  private binned(): HistogramBin[] {
    return binValues(this.values, this.bins);
  }

  protected override csvColumns(): string[] {
    return histogramCsvColumns(this.xColumn);
  }

  protected override csvRows(): CsvCell[][] {
    return histogramRows(this.binned());
  }

  protected override tableColumns(): string[] {
    return histogramTableColumns(this.xLabel);
  }

  protected override tableRows(): CsvCell[][] {
    return histogramRows(this.binned());
  }

  protected override drawChart(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    const bins = this.binned();
    const first = bins[0];
    const last = bins[bins.length - 1];
    const xDomain: [number, number] = first && last ? [first.x0, last.x1] : [0, 1];
    const maxCount = Math.max(1, ...bins.map((b) => b.count));
    const headerBottom = drawHeader(svg, width, height, this.chartTitle, fonts);
    const frame = drawPlotFrame(svg, {
      width, height, top: headerBottom + fonts.tick, fonts,
      xScaleType: 'linear', yScaleType: 'linear', xDomain, yDomain: niceDomain('linear', [0, maxCount]),
      xLabel: this.xLabel, yLabel: this.yLabel || t('charts.axis.count'), clipId: `${this.chartId}-clip`,
    });
    const { x, y } = frame;
    frame.clipped.append('g').attr('class', 'bars')
      .selectAll('rect')
      .data(bins)
      .join('rect')
      .attr('x', (b) => x(b.x0))
      .attr('width', (b) => Math.max(0, x(b.x1) - x(b.x0)))
      .attr('y', (b) => y(b.count))
      .attr('height', (b) => Math.max(0, y(0) - y(b.count)))
      .style('fill', seriesColor(this.colorIndex))
      // A background-coloured outline keeps neighbouring bars apart without a gap in the data.
      .style('stroke', chartColors.bg)
      .style('stroke-width', '2px');
    return describeHistogram(this.chartTitle, this.xLabel, this.values, bins);
  }
}

customElements.define('ip-histogram', IpHistogram);

declare global {
  interface HTMLElementTagNameMap {
    'ip-histogram': IpHistogram;
  }
}
