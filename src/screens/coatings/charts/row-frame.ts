import { axisBottom, type NumberValue, type Selection } from 'd3';
import { chartColors } from '../../../charts/chart-colors.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import { makeScale, type Group, type NumericScale, type PlotBox, type Svg } from '../../../charts/chart-frame.ts';
import { linearTickLabel, logTickLabel } from '../../../charts/chart-text.ts';
import { decadesWithin, type Domain, type ScaleType } from '../../../charts/scale-domain.ts';

/**
 * A dot-plot frame: one labelled row per item, a numeric x axis with grid, an optional panel
 * title and headroom above the rows for the labels of limit lines. The results figures that
 * compare studies row by row (efficiency, air, the two limits) share it.
 */
const PAD = 16;

export interface RowFrameOptions {
  width: number;
  top: number;
  rows: readonly string[];
  xType: ScaleType;
  xDomain: Domain;
  xLabel: string;
  fonts: ChartFonts;
  /** A panel title drawn above the rows (a figure with two panels). */
  title?: string;
  /** Space above the first row, px, for the labels of lines and bands. */
  headroom?: number;
}

export interface RowFrame {
  x: NumericScale;
  /** Centre of row i, in the plot group's coordinates. */
  rowY: (i: number) => number;
  rowHeight: number;
  box: PlotBox;
  /** Translated to the plot's origin (top-left of the headroom). */
  plot: Group;
  /** Where the frame ends: the next panel can start here. */
  bottom: number;
}

export function rowHeightFor(fonts: ChartFonts): number {
  return Math.round(fonts.tick * 2.6);
}

/** The height a frame of n rows takes, so a figure can size its svg before drawing. */
export function rowFrameHeight(rows: number, fonts: ChartFonts, options: { title?: boolean; headroom?: number } = {}): number {
  const title = options.title ? fonts.axisLabel * 1.8 : 0;
  return title + (options.headroom ?? 0) + Math.max(1, rows) * rowHeightFor(fonts) + axisHeight(fonts);
}

function axisHeight(fonts: ChartFonts): number {
  return fonts.tick * 1.8 + fonts.axisLabel * 1.8 + 8;
}

export function drawRowFrame(svg: Svg, o: RowFrameOptions): RowFrame {
  const f = o.fonts;
  let top = o.top;
  if (o.title) {
    const lines = drawWrappedText(svg, o.title, PAD, top + f.axisLabel, o.width - PAD * 2, f.axisLabel, f.family, false, '700');
    top += f.axisLabel * (0.5 + 1.3 * lines);
  }
  const headroom = o.headroom ?? 0;
  const rowHeight = rowHeightFor(f);
  const rowsHeight = Math.max(1, o.rows.length) * rowHeight;

  // Row labels first: their width decides the left margin (at most 40 % of the figure).
  const labels = svg.append('g').attr('class', 'row-labels')
    .style('fill', chartColors.fg).style('font-family', f.family).style('font-size', `${f.tick}px`);
  const texts = o.rows.map((label, i) =>
    labels.append('text').attr('y', top + headroom + rowHeight * (i + 0.5)).attr('dy', '0.35em').attr('text-anchor', 'end').text(label));
  const maxLabel = Math.min(o.width * 0.4, Math.max(40, ...texts.map((t) => t.node()?.getComputedTextLength() ?? 0)));
  for (const text of texts) fitText(text, maxLabel);
  const left = PAD + maxLabel + 12;
  labels.attr('transform', `translate(${left - 12},0)`);

  const plotWidth = Math.max(60, o.width - left - PAD * 2);
  const x = makeScale(o.xType, o.xDomain, [0, plotWidth]);
  const plotHeight = headroom + rowsHeight;
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${left},${top})`);

  const ticks = Math.max(2, Math.floor(plotWidth / (f.tick * 6)));
  const gridValues = o.xType === 'log' && decadesWithin(o.xDomain).length >= 2 ? decadesWithin(o.xDomain) : x.ticks(ticks);
  const grid = plot.append('g').attr('class', 'grid');
  for (const v of gridValues) {
    grid.append('line').attr('x1', x(v)).attr('x2', x(v)).attr('y1', 0).attr('y2', plotHeight)
      .style('stroke', chartColors.grid).style('stroke-width', '1.5px');
  }
  for (let i = 1; i < o.rows.length; i++) {
    grid.append('line').attr('x1', 0).attr('x2', plotWidth).attr('y1', headroom + rowHeight * i).attr('y2', headroom + rowHeight * i)
      .style('stroke', chartColors.grid).style('stroke-width', '1px').style('stroke-dasharray', '2 4');
  }

  const label = o.xType === 'log' ? logTickLabel(o.xDomain) : linearTickLabel(o.xDomain, ticks);
  const axis = plot.append('g').attr('class', 'axis x-axis').attr('transform', `translate(0,${plotHeight})`)
    .style('color', chartColors.fg).style('font-family', f.family).style('font-size', `${f.tick}px`);
  axis.call(axisBottom(x).ticks(ticks).tickSizeOuter(0).tickSize(8).tickPadding(6).tickFormat((v: NumberValue) => label(+v)));
  axis.selectAll('path, line').style('stroke-width', '2px');
  plot.append('line').attr('class', 'y-axis').attr('x1', 0).attr('x2', 0).attr('y1', 0).attr('y2', plotHeight)
    .style('stroke', chartColors.fg).style('stroke-width', '2px');

  const bottom = top + plotHeight + axisHeight(f);
  const xLabel = svg.append('text')
    .attr('class', 'axis-label x-label')
    .attr('x', left + plotWidth / 2)
    .attr('y', bottom - 8)
    .attr('text-anchor', 'middle')
    .style('fill', chartColors.fg).style('font-family', f.family).style('font-size', `${f.axisLabel}px`).style('font-weight', '600')
    .text(o.xLabel);
  // A long label on a narrow figure: centre it on the figure and shrink it to fit, not below 13 px.
  const xLabelLength = xLabel.node()?.getComputedTextLength() ?? 0;
  if (xLabelLength > plotWidth) {
    const room = o.width - PAD * 2;
    xLabel.attr('x', o.width / 2);
    if (xLabelLength > room) xLabel.style('font-size', `${Math.max(13, (f.axisLabel * room) / xLabelLength)}px`);
  }

  return {
    x,
    rowY: (i) => headroom + rowHeight * (i + 0.5),
    rowHeight,
    box: { left, top, width: plotWidth, height: plotHeight },
    plot,
    bottom,
  };
}

/** Shortens a label with an ellipsis until it fits; the full text stays as its tooltip. */
function fitText(text: Selection<SVGTextElement, unknown, null, undefined>, maxWidth: number): void {
  const node = text.node();
  if (!node) return;
  const full = node.textContent ?? '';
  if (node.getComputedTextLength() <= maxWidth) return;
  text.append('title').text(full);
  let chars = full.length;
  while (chars > 1 && node.getComputedTextLength() > maxWidth) {
    chars--;
    node.firstChild!.textContent = `${full.slice(0, chars)}…`;
  }
}

/**
 * Wraps a text into lines no wider than maxWidth (at spaces, and between any two CJK characters);
 * returns the number of lines drawn.
 */
export function drawWrappedText(
  g: Group | Svg, text: string, x: number, y: number, maxWidth: number, fontPx: number, family: string, italic = false, weight = '400',
): number {
  const el = g.append('text').attr('x', x).attr('y', y)
    .style('fill', chartColors.fg).style('font-family', family).style('font-size', `${fontPx}px`)
    .style('font-style', italic ? 'italic' : 'normal').style('font-weight', weight);
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  let line = '';
  let lines = 0;
  let tspan = el.append('tspan').attr('x', x).attr('dy', 0);
  for (const token of tokens) {
    const next = line + token;
    tspan.text(next);
    if (line !== '' && (tspan.node()?.getComputedTextLength() ?? 0) > maxWidth) {
      tspan.text(line.trimEnd());
      lines++;
      line = token.trimStart();
      tspan = el.append('tspan').attr('x', x).attr('dy', `${fontPx * 1.3}px`).text(line);
    } else {
      line = next;
    }
  }
  return lines + 1;
}

/** A note in the middle of an empty plot, wrapped to its width, with a halo over whatever is behind it. */
export function drawEmptyNote(g: Group, width: number, height: number, text: string, fonts: ChartFonts): void {
  const note = g.append('g').attr('class', 'empty-note')
    .style('text-anchor', 'middle').style('stroke', chartColors.bg).style('stroke-width', '5px')
    .style('stroke-linejoin', 'round').style('paint-order', 'stroke');
  const lineHeight = fonts.legend * 1.3;
  const maxWidth = Math.max(120, width - 24);
  // Measure first, then centre the block of lines vertically.
  const lines = drawWrappedText(note, text, width / 2, 0, maxWidth, fonts.legend, fonts.family);
  note.attr('transform', `translate(0,${height / 2 - ((lines - 1) * lineHeight) / 2 + fonts.legend * 0.35})`);
}

/**
 * Background and a title that wraps (the figures sit two to a row at 1024 px, narrower than
 * their titles); returns where the content below the title starts.
 */
export function drawFigureHeader(svg: Svg, width: number, height: number, title: string, fonts: ChartFonts): number {
  svg.append('rect').attr('class', 'background').attr('width', width).attr('height', height).style('fill', chartColors.bg);
  if (!title) return PAD;
  const lines = drawWrappedText(svg, title, PAD, PAD + fonts.title * 0.8, width - PAD * 2, fonts.title, fonts.family, false, '700');
  return PAD + fonts.title * (0.6 + 1.3 * lines);
}
