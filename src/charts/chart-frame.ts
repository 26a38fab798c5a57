import { axisBottom, axisLeft, scaleLinear, scaleLog, type NumberValue, type ScaleContinuousNumeric, type Selection } from 'd3';
import { chartColors, DASH_PATTERN, LINE_WIDTH } from './chart-colors.ts';
import type { ChartFonts } from './chart-fonts.ts';
import { decadesWithin, type Domain, type ScaleType } from './scale-domain.ts';
import { linearTickLabel, logTickLabel } from './chart-text.ts';
import { whole } from '../i18n/format.ts';

/**
 * d3 drawing shared by the charts: background, title, legend, axes with grid and labels.
 * Everything is drawn into the svg (not HTML around it) so the PNG export shows the same.
 */
export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;
export type NumericScale = ScaleContinuousNumeric<number, number>;

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const PAD = 16;
const MIN_FONT_PX = 14;

export function makeScale(type: ScaleType, domain: Domain, range: Domain): NumericScale {
  const scale: NumericScale = type === 'log' ? scaleLog() : scaleLinear();
  return scale.domain(domain).range(range);
}

/** Rounds a linear domain to tick steps; a log domain stays at the data so no empty decade is added. */
export function niceDomain(type: ScaleType, domain: Domain): Domain {
  if (type === 'log') return domain;
  const [a, b] = makeScale(type, domain, [0, 1]).nice().domain();
  return [a ?? domain[0], b ?? domain[1]];
}

/** Background and title; returns the y where the content below the title starts. */
export function drawHeader(svg: Svg, width: number, height: number, title: string, fonts: ChartFonts): number {
  svg.append('rect').attr('class', 'background').attr('width', width).attr('height', height).style('fill', chartColors.bg);
  if (!title) return PAD;
  svg.append('text')
    .attr('class', 'title')
    .attr('x', PAD)
    .attr('y', PAD + fonts.title * 0.8)
    .style('fill', chartColors.fg)
    .style('font-family', fonts.family)
    .style('font-size', `${fonts.title}px`)
    .style('font-weight', '700')
    .text(title);
  return PAD + fonts.title * 1.4;
}

export interface LegendItem {
  label: string;
  color: string;
  dashed: boolean;
  showPoints: boolean;
}

const SWATCH = 44;

/** Lays legend items out in rows that wrap at maxWidth; returns the legend's height. */
export function drawLegend(svg: Svg, items: readonly LegendItem[], top: number, maxWidth: number, fonts: ChartFonts): number {
  if (items.length === 0) return 0;
  const rowHeight = fonts.legend * 1.6;
  const legend = svg.append('g').attr('class', 'legend').style('font-family', fonts.family).style('font-size', `${fonts.legend}px`);
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const entry = legend.append('g');
    entry.append('line')
      .attr('x1', 0).attr('x2', SWATCH).attr('y1', 0).attr('y2', 0)
      .style('stroke', item.color)
      .style('stroke-width', `${LINE_WIDTH}px`)
      .style('stroke-dasharray', item.dashed ? DASH_PATTERN : 'none');
    if (item.showPoints) entry.append('circle').attr('cx', SWATCH / 2).attr('r', 5).style('fill', item.color);
    const text = entry.append('text')
      .attr('x', SWATCH + 8)
      .attr('dy', '0.35em')
      .style('fill', chartColors.fg)
      .text(item.label);
    const entryWidth = SWATCH + 8 + (text.node()?.getComputedTextLength() ?? 0) + 28;
    if (x > PAD && x + entryWidth > maxWidth) {
      x = PAD;
      row++;
    }
    entry.attr('transform', `translate(${x},${top + row * rowHeight + rowHeight / 2})`);
    x += entryWidth;
  }
  return (row + 1) * rowHeight;
}

export interface PlotFrameOptions {
  width: number;
  height: number;
  top: number;
  xScaleType: ScaleType;
  yScaleType: ScaleType;
  /** A count on the x axis (cycles): ticks and grid lines only at whole numbers. */
  xWholeNumbers?: boolean;
  xDomain: Domain;
  yDomain: Domain;
  xLabel: string;
  yLabel: string;
  fonts: ChartFonts;
  clipId: string;
}

export interface PlotFrame {
  x: NumericScale;
  y: NumericScale;
  box: PlotBox;
  /** Translated to the plot's origin, no clipping (markers, brush). */
  plot: Group;
  /** Same origin, clipped to the plot area (lines, bars). */
  clipped: Group;
}

/** Grid, axes and axis labels around a plot area that fills what the header left. */
export function drawPlotFrame(svg: Svg, o: PlotFrameOptions): PlotFrame {
  const f = o.fonts;
  const bottom = PAD + f.tick * 1.6 + f.axisLabel * 1.6;
  const plotHeight = Math.max(40, o.height - o.top - bottom);
  const y = makeScale(o.yScaleType, o.yDomain, [o.top + plotHeight, o.top]);
  const yTicks = Math.max(2, Math.floor(plotHeight / (f.tick * 3.4)));

  // The y tick labels' width decides the left margin, so draw them first and measure.
  const yAxis = svg.append('g').attr('class', 'axis y-axis');
  const yAxisGen = axisLeft(y).ticks(yTicks).tickSizeOuter(0).tickSize(8).tickPadding(6);
  yAxisGen.tickFormat(tickLabel(o.yScaleType, y.domain() as Domain, yTicks));
  styleAxis(yAxis, f).call(yAxisGen);
  const tickWidth = yAxis.node()?.getBBox().width ?? 40;
  const left = PAD + f.axisLabel * 1.5 + tickWidth;
  yAxis.attr('transform', `translate(${left},0)`);

  const plotWidth = Math.max(40, o.width - left - PAD * 1.5);
  const x = makeScale(o.xScaleType, o.xDomain, [left, left + plotWidth]);
  const xTicks = Math.max(2, Math.floor(plotWidth / (f.tick * 6)));
  const xValues = o.xWholeNumbers ? x.ticks(xTicks).filter(Number.isInteger) : null;

  const grid = svg.insert('g', '.y-axis').attr('class', 'grid');
  grid.append('g')
    .attr('transform', `translate(${left},0)`)
    .call(axisLeft(y).tickValues(gridValues(y, o.yScaleType, yTicks)).tickSize(-plotWidth).tickFormat(() => ''));
  grid.append('g')
    .attr('transform', `translate(0,${o.top + plotHeight})`)
    .call(axisBottom(x).tickValues(xValues ?? gridValues(x, o.xScaleType, xTicks)).tickSize(-plotHeight).tickFormat(() => ''));
  grid.selectAll('.domain').remove();
  grid.selectAll('line').style('stroke', chartColors.grid).style('stroke-width', '1.5px');

  const xAxis = svg.append('g').attr('class', 'axis x-axis').attr('transform', `translate(0,${o.top + plotHeight})`);
  const xAxisGen = axisBottom(x).ticks(xTicks).tickSizeOuter(0).tickSize(8).tickPadding(6);
  xAxisGen.tickFormat(tickLabel(o.xScaleType, x.domain() as Domain, xTicks));
  if (xValues) xAxisGen.tickValues(xValues).tickFormat((v) => whole(+v));
  styleAxis(xAxis, f).call(xAxisGen);

  svg.selectAll('.axis path, .axis line').style('stroke-width', '2px');

  const labelStyle = (s: Selection<SVGTextElement, unknown, null, undefined>) =>
    s.style('fill', chartColors.fg).style('font-family', f.family).style('font-size', `${f.axisLabel}px`).style('font-weight', '600');
  svg.append('text')
    .attr('class', 'axis-label x-label')
    .attr('x', left + plotWidth / 2)
    .attr('y', o.height - PAD)
    .attr('text-anchor', 'middle')
    .call(labelStyle)
    .text(o.xLabel);
  const yLabel = svg.append('text')
    .attr('class', 'axis-label y-label')
    .attr('transform', `translate(${PAD + f.axisLabel * 0.8},${o.top + plotHeight / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .call(labelStyle)
    .text(o.yLabel);
  // A long y label on a short plot would run into the legend: shrink it, but not below 14 px.
  const yLabelLength = yLabel.node()?.getComputedTextLength() ?? 0;
  if (yLabelLength > plotHeight) {
    yLabel.style('font-size', `${Math.max(MIN_FONT_PX, (f.axisLabel * plotHeight) / yLabelLength)}px`);
  }

  svg.append('clipPath').attr('id', o.clipId)
    .append('rect').attr('width', plotWidth).attr('height', plotHeight);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${left},${o.top})`);
  const clipped = plot.append('g').attr('clip-path', `url(#${o.clipId})`);
  x.range([0, plotWidth]);
  y.range([plotHeight, 0]);
  return { x, y, box: { left, top: o.top, width: plotWidth, height: plotHeight }, plot, clipped };
}

function styleAxis(axis: Group, f: ChartFonts): Group {
  // d3-axis draws with currentColor, so setting color themes ticks, labels and domain.
  return axis.style('color', chartColors.fg).style('font-family', f.family).style('font-size', `${f.tick}px`);
}

/** Tick labels in the reader's locale (d3's own formats are English only). */
function tickLabel(type: ScaleType, domain: Domain, count: number): (value: NumberValue) => string {
  const label = type === 'log' ? logTickLabel(domain) : linearTickLabel(domain, count);
  return (value) => label(+value);
}

/** Grid lines: one per decade on a log axis (its minor ticks would crowd the plot). */
function gridValues(scale: NumericScale, type: ScaleType, count: number): number[] {
  const decades = type === 'log' ? decadesWithin(scale.domain() as Domain) : [];
  return decades.length >= 2 ? decades : scale.ticks(count);
}
