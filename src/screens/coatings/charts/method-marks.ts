import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import type { CoatingMethod } from '../catalogue/coating-types.ts';
import { chartColors, seriesColor } from '../../../charts/chart-colors.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import type { Group, Svg } from '../../../charts/chart-frame.ts';

/**
 * How the figures mark a method: by shape first and colour second, so ALD, MLD and the hybrid
 * stay apart in grey print and for colour-blind readers. The colours are the theme's series 1,
 * 2 and 4 (blue, orange, magenta in both profiles): blue against orange is the pair most
 * colour-vision deficiencies still tell apart.
 */
const METHOD_SYMBOL: Record<CoatingMethod, SymbolType> = { ald: symbolCircle, mld: symbolSquare, hybrid: symbolTriangle };
const METHOD_COLOR_INDEX: Record<CoatingMethod, number> = { ald: 0, mld: 1, hybrid: 3 };

/** Marker area in px², the d3-symbol measure: about a 14 px circle. */
export const MARK_AREA = 160;
/** The uncoated reference (bare Li, bare Cu) of a study: a neutral diamond. */
export const REFERENCE_COLOR = 'var(--ip-muted, #b4c0cc)';

export function methodColor(method: CoatingMethod): string {
  return seriesColor(METHOD_COLOR_INDEX[method]);
}

export interface MarkStyle {
  method: CoatingMethod | 'reference';
  /** A bound: drawn open (hollow). */
  open?: boolean;
  selected?: boolean;
}

/** Draws one marker centred on the group's origin. */
export function drawMark(g: Group, style: MarkStyle): void {
  const isReference = style.method === 'reference';
  const color = isReference ? REFERENCE_COLOR : methodColor(style.method as CoatingMethod);
  const type = isReference ? symbolDiamond : METHOD_SYMBOL[style.method as CoatingMethod];
  const area = style.selected ? MARK_AREA * 2 : MARK_AREA;
  // The focus ring sits under the marker; CSS shows it while the point's link has focus.
  g.append('circle').attr('class', 'focus-ring').attr('r', Math.sqrt(area) * 0.9 + 6);
  if (style.selected) {
    g.append('circle').attr('class', 'selected-ring').attr('r', Math.sqrt(area) * 0.9 + 4)
      .style('fill', 'none').style('stroke', chartColors.fg).style('stroke-width', '2.5px');
  }
  g.append('path')
    .attr('class', 'mark')
    .attr('d', symbol(type, area)() ?? '')
    .style('fill', style.open ? chartColors.bg : color)
    .style('stroke', style.open ? color : chartColors.bg)
    .style('stroke-width', style.open ? '3px' : '1.5px');
}

/** A lower bound's arrow (or an upper bound's, pointing down), from the marker's edge. */
export function drawBoundArrow(g: Group, method: CoatingMethod, direction: 'up' | 'down' | 'right' | 'left', length = 22): void {
  const color = methodColor(method);
  const start = 10;
  const end = start + length;
  const [dx, dy] = { up: [0, -1], down: [0, 1], right: [1, 0], left: [-1, 0] }[direction];
  g.append('line')
    .attr('class', 'bound-arrow')
    .attr('x1', dx * start).attr('y1', dy * start).attr('x2', dx * end).attr('y2', dy * end)
    .style('stroke', color).style('stroke-width', '3px');
  // The head: a small triangle pointing away from the marker.
  const tip = [dx * (end + 7), dy * (end + 7)];
  const side = [-dy * 6, dx * 6];
  const base = [dx * end, dy * end];
  g.append('path')
    .attr('d', `M${tip[0]},${tip[1]}L${base[0]! + side[0]!},${base[1]! + side[1]!}L${base[0]! - side[0]!},${base[1]! - side[1]!}Z`)
    .style('fill', color);
}

export interface MarkLegendItem {
  label: string;
  style: MarkStyle;
  /** Draw the bound arrow beside the marker. */
  arrow?: boolean;
  /** A horizontal bar behind the marker (a thickness range). */
  bar?: boolean;
  /** A filled band swatch instead of a marker. */
  band?: string;
  /** A vertical line swatch (a limit) in this colour, dashed or not. */
  line?: { color: string; dashed: boolean };
}

const SWATCH = 36;
const PAD = 16;

/** Marker legend in rows that wrap at maxWidth; returns its height. */
export function drawMarkLegend(svg: Svg, items: readonly MarkLegendItem[], top: number, maxWidth: number, fonts: ChartFonts): number {
  if (items.length === 0) return 0;
  const rowHeight = fonts.legend * 2;
  const legend = svg.append('g').attr('class', 'legend').style('font-family', fonts.family).style('font-size', `${fonts.legend}px`);
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const entry = legend.append('g');
    const swatch = entry.append('g').attr('transform', `translate(${SWATCH / 2},0)`);
    if (item.band) {
      swatch.append('rect').attr('x', -SWATCH / 2).attr('y', -8).attr('width', SWATCH).attr('height', 16).style('fill', item.band);
    } else if (item.line) {
      swatch.append('line').attr('y1', -10).attr('y2', 10)
        .style('stroke', item.line.color).style('stroke-width', '3px').style('stroke-dasharray', item.line.dashed ? '6 4' : 'none');
    } else {
      if (item.bar && item.style.method !== 'reference') {
        swatch.append('line').attr('x1', -SWATCH / 2).attr('x2', SWATCH / 2)
          .style('stroke', methodColor(item.style.method)).style('stroke-width', '6px').style('stroke-opacity', '0.55');
      }
      const mark = swatch.append('g').attr('transform', item.arrow ? 'translate(0,6) scale(0.8)' : 'scale(0.8)');
      drawMark(mark, { ...item.style, selected: false });
      if (item.arrow && item.style.method !== 'reference') drawBoundArrow(mark, item.style.method, 'up', 6);
    }
    const text = entry.append('text').attr('x', SWATCH + 8).attr('dy', '0.35em').style('fill', chartColors.fg).text(item.label);
    const entryWidth = SWATCH + 8 + (text.node()?.getComputedTextLength() ?? 0) + 24;
    if (x > PAD && x + entryWidth > maxWidth) {
      x = PAD;
      row++;
    }
    entry.attr('transform', `translate(${x},${top + row * rowHeight + rowHeight / 2})`);
    x += entryWidth;
  }
  return (row + 1) * rowHeight;
}
