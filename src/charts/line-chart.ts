import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { brushX, line, type D3BrushEvent } from 'd3';
import type { CsvCell } from '../common/export/csv.ts';
import { ChartElement } from './chart-element.ts';
import { chartColors, DASH_PATTERN, LINE_WIDTH, seriesColor } from './chart-colors.ts';
import type { ChartFonts } from './chart-fonts.ts';
import { drawHeader, drawLegend, drawPlotFrame, niceDomain, type Group, type NumericScale, type Svg } from './chart-frame.ts';
import type { ChartMarker, LineSeries } from './chart-types.ts';
import { describeLineChart, lineChartCsvColumns, lineChartCsvRows, lineChartTableColumns, lineChartTableRows } from './line-chart-data.ts';
import { t } from '../i18n/i18n.ts';
import { clampDomain, coversDomain, dataDomain, isPlottable, padDomainTop, panDomain, zoomDomain, type Domain, type ScaleType } from './scale-domain.ts';

const ZOOM_STEP = 0.5;
const PAN_STEP = 0.25;

/**
 * <ip-line-chart>: series of (x, y) points, optional labelled markers, linear or log axes.
 * Zoom on x: drag across the plot (d3-brush), or the Zoom in / Zoom out / Pan / Reset
 * buttons for keyboard users. The y range follows the visible points unless yDomain is set.
 */
export class IpLineChart extends ChartElement {
  static override properties: PropertyDeclarations = {
    series: { attribute: false },
    markers: { attribute: false },
    xScaleType: { type: String },
    yScaleType: { type: String },
    xWholeNumbers: { type: Boolean, attribute: 'x-whole-numbers' },
    xDomain: { attribute: false },
    yDomain: { attribute: false },
    zoomX: { state: true },
  };

  declare series: LineSeries[];
  declare markers: ChartMarker[];
  declare xScaleType: ScaleType;
  declare yScaleType: ScaleType;
  /** The x axis counts (cycles): no tick between two whole numbers. */
  declare xWholeNumbers: boolean;
  declare xDomain: Domain | undefined;
  declare yDomain: Domain | undefined;
  declare protected zoomX: Domain | undefined;

  constructor() {
    super();
    this.series = [];
    this.markers = [];
    this.xScaleType = 'linear';
    this.yScaleType = 'linear';
    this.xWholeNumbers = false;
    this.xDomain = undefined;
    this.yDomain = undefined;
    this.zoomX = undefined;
  }

  /** Back to the full x range. */
  resetZoom(): void {
    this.zoomX = undefined;
  }

  protected override chartKind(): string {
    return t('charts.kind.lineChart');
  }

  protected override csvColumns(): string[] {
    return lineChartCsvColumns(this.xColumn, this.yColumn);
  }

  protected override csvRows(): CsvCell[][] {
    return lineChartCsvRows(this.series);
  }

  protected override tableColumns(): string[] {
    return lineChartTableColumns(this.xLabel, this.yLabel);
  }

  protected override tableRows(): CsvCell[][] {
    return lineChartTableRows(this.series);
  }

  private fullXDomain(): Domain {
    if (this.xDomain) return this.xDomain;
    const xs = this.series.flatMap((s) => s.points.map((p) => p[0]));
    return niceDomain(this.xScaleType, dataDomain([...xs, ...this.markers.map((m) => m.x)], this.xScaleType));
  }

  private visibleXDomain(): Domain {
    const full = this.fullXDomain();
    return this.zoomX && !coversDomain(this.zoomX, full) ? this.zoomX : full;
  }

  private visibleYDomain(xVisible: Domain): Domain {
    if (this.yDomain) return this.yDomain;
    const inView = (x: number) => isPlottable(x, this.xScaleType) && x >= xVisible[0] && x <= xVisible[1];
    const ys = this.series.flatMap((s) => s.points.filter((p) => inView(p[0])).map((p) => p[1]));
    const markerYs = this.markers.filter((m) => inView(m.x)).map((m) => m.y);
    const padded = padDomainTop(dataDomain([...ys, ...markerYs], this.yScaleType), 0.05, this.yScaleType);
    return niceDomain(this.yScaleType, padded);
  }

  private setZoom(window: Domain): void {
    const full = this.fullXDomain();
    const fitted = clampDomain(window, full, this.xScaleType);
    this.zoomX = coversDomain(fitted, full) ? undefined : fitted;
  }

  private readonly zoomIn = () => this.setZoom(zoomDomain(this.visibleXDomain(), ZOOM_STEP, this.fullXDomain(), this.xScaleType));
  private readonly zoomOut = () => this.setZoom(zoomDomain(this.visibleXDomain(), 1 / ZOOM_STEP, this.fullXDomain(), this.xScaleType));
  private readonly panLeft = () => this.setZoom(panDomain(this.visibleXDomain(), -PAN_STEP, this.fullXDomain(), this.xScaleType));
  private readonly panRight = () => this.setZoom(panDomain(this.visibleXDomain(), PAN_STEP, this.fullXDomain(), this.xScaleType));

  protected override renderControls(): TemplateResult {
    const zoomed = this.zoomX !== undefined;
    const [a, b] = this.visibleXDomain();
    // The pan arrows are their visible labels; hidden words after them complete the name.
    return html`
      <div role="group" aria-label=${t('charts.zoom.group')} class="zoom">
        <button type="button" @click=${this.zoomIn}>${t('charts.zoom.in')}</button>
        <button type="button" ?disabled=${!zoomed} @click=${this.zoomOut}>${t('charts.zoom.out')}</button>
        <button type="button" ?disabled=${!zoomed} @click=${this.panLeft}>◀<span class="sr-only"> ${t('charts.zoom.panLeft')}</span></button>
        <button type="button" ?disabled=${!zoomed} @click=${this.panRight}>▶<span class="sr-only"> ${t('charts.zoom.panRight')}</span></button>
        <button type="button" ?disabled=${!zoomed} @click=${this.resetZoom}>${t('charts.zoom.reset')}</button>
      </div>
      <span class="hint" aria-live="polite">
        ${zoomed ? t('charts.zoom.showing', { what: this.xLabel || 'x', from: a, to: b }) : t('charts.zoom.hint')}
      </span>
    `;
  }

  protected override drawChart(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    const xDomain = this.visibleXDomain();
    const yDomain = this.visibleYDomain(xDomain);
    const headerBottom = drawHeader(svg, width, height, this.chartTitle, fonts);
    const legendItems = this.series.map((s, i) => ({
      label: s.label,
      color: seriesColor(s.colorIndex ?? i),
      dashed: s.dashed ?? false,
      showPoints: s.showPoints ?? false,
    }));
    const legendHeight = drawLegend(svg, legendItems, headerBottom, width, fonts);
    const frame = drawPlotFrame(svg, {
      width, height, top: headerBottom + legendHeight + fonts.tick, fonts,
      xScaleType: this.xScaleType, yScaleType: this.yScaleType, xWholeNumbers: this.xWholeNumbers, xDomain, yDomain,
      xLabel: this.xLabel, yLabel: this.yLabel, clipId: `${this.chartId}-clip`,
    });
    this.series.forEach((s, i) => this.drawSeries(frame.clipped, s, seriesColor(s.colorIndex ?? i), frame.x, frame.y));
    this.drawBrush(frame.plot, frame.x, frame.box.width, frame.box.height);
    this.drawMarkers(frame.plot, frame.x, frame.y, frame.box.width, frame.box.height, fonts);
    return describeLineChart({
      title: this.chartTitle, xLabel: this.xLabel, yLabel: this.yLabel, xDomain, yDomain,
      xScaleType: this.xScaleType, yScaleType: this.yScaleType, series: this.series, markers: this.markers,
    });
  }

  private drawSeries(g: Group, s: LineSeries, color: string, x: NumericScale, y: NumericScale): void {
    const plottable = (p: [number, number]) => isPlottable(p[0], this.xScaleType) && isPlottable(p[1], this.yScaleType);
    const path = line<[number, number]>().defined(plottable).x((p) => x(p[0])).y((p) => y(p[1]));
    g.append('path')
      .attr('class', 'series')
      .attr('d', path(s.points) ?? '')
      .style('fill', 'none')
      .style('stroke', color)
      .style('stroke-width', `${LINE_WIDTH}px`)
      .style('stroke-linejoin', 'round')
      .style('stroke-linecap', s.dashed ? 'butt' : 'round')
      .style('stroke-dasharray', s.dashed ? DASH_PATTERN : 'none');
    if (!s.showPoints) return;
    g.append('g').attr('class', 'points')
      .selectAll('circle')
      .data(s.points.filter(plottable))
      .join('circle')
      .attr('cx', (p) => x(p[0]))
      .attr('cy', (p) => y(p[1]))
      .attr('r', 5)
      .style('fill', color)
      .style('stroke', chartColors.bg)
      .style('stroke-width', '1.5px');
  }

  /** Markers sit outside the clip so their labels are never cut; ones out of view are skipped. */
  private drawMarkers(g: Group, x: NumericScale, y: NumericScale, plotWidth: number, plotHeight: number, fonts: ChartFonts): void {
    const [x0, x1] = x.domain() as Domain;
    const [y0, y1] = y.domain() as Domain;
    const within = (v: number, a: number, b: number) => v >= Math.min(a, b) && v <= Math.max(a, b);
    const visible = this.markers.filter((m) =>
      isPlottable(m.x, this.xScaleType) && isPlottable(m.y, this.yScaleType) && within(m.x, x0, x1) && within(m.y, y0, y1));
    const marker = g.append('g').attr('class', 'markers').selectAll('g').data(visible).join('g')
      .attr('transform', (m) => `translate(${x(m.x)},${y(m.y)})`);
    marker.append('circle')
      .attr('r', 9)
      .style('fill', chartColors.accent)
      .style('stroke', chartColors.fg)
      .style('stroke-width', '3px');
    marker.append('text')
      .attr('x', (m) => (x(m.x) > plotWidth * 0.6 ? -16 : 16))
      // Below the point by default (clear of rising curves), above it near the x axis.
      .attr('y', (m) => (y(m.y) > plotHeight - fonts.marker * 2.5 ? -14 : fonts.marker * 1.5))
      .attr('text-anchor', (m) => (x(m.x) > plotWidth * 0.6 ? 'end' : 'start'))
      .style('fill', chartColors.fg)
      .style('stroke', chartColors.bg)
      .style('stroke-width', '5px')
      .style('stroke-linejoin', 'round')
      .style('paint-order', 'stroke')
      .style('font-family', fonts.family)
      .style('font-size', `${fonts.marker}px`)
      .style('font-weight', '700')
      .text((m) => m.label);
  }

  private drawBrush(g: Group, x: NumericScale, plotWidth: number, plotHeight: number): void {
    const brush = brushX<unknown>()
      .extent([[0, 0], [plotWidth, plotHeight]])
      .on('end', (event: D3BrushEvent<unknown>) => {
        const selection = event.selection as [number, number] | null;
        // Programmatic moves (clearing below) have no sourceEvent and must not zoom.
        if (!selection || !event.sourceEvent) return;
        brushGroup.call(brush.move, null);
        if (Math.abs(selection[1] - selection[0]) < 4) return;
        this.setZoom([x.invert(selection[0]), x.invert(selection[1])]);
      });
    const brushGroup = g.append('g').attr('class', 'brush').call(brush);
    brushGroup.select('.selection')
      .style('fill', chartColors.accent)
      .style('fill-opacity', '0.25')
      .style('stroke', chartColors.fg)
      .style('stroke-width', '2px');
  }
}

customElements.define('ip-line-chart', IpLineChart);

declare global {
  interface HTMLElementTagNameMap {
    'ip-line-chart': IpLineChart;
  }
}
