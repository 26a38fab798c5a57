import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import { chartColors } from '../../../charts/chart-colors.ts';
import type { Group } from '../../../charts/chart-frame.ts';
import type { CoatingMethod } from '../catalogue/coating-types.ts';
import { drawBoundArrow, drawMark, REFERENCE_COLOR } from './method-marks.ts';
import type { Bound } from './result-points.ts';

/**
 * One row of a dot plot: a study's coated value and, where it has one, its uncoated reference
 * joined to it. The caller wraps each marker in its source link; this draws inside the groups
 * it is given. Positions are in px.
 */
export interface RowMarkSpec {
  y: number;
  x: number;
  method: CoatingMethod;
  bound: Bound | null;
  selected: boolean;
  /** The drawn value ("99.8 %"). */
  label: string;
  referenceX: number | null;
}

/** The line joining a reference to its coated value, under both markers. */
export function drawReferenceJoin(g: Group, spec: RowMarkSpec): void {
  if (spec.referenceX === null) return;
  g.append('line')
    .attr('x1', spec.referenceX).attr('x2', spec.x).attr('y1', spec.y).attr('y2', spec.y)
    .style('stroke', REFERENCE_COLOR).style('stroke-width', '3px');
}

export function drawReferenceMark(link: Group, spec: RowMarkSpec): void {
  if (spec.referenceX === null) return;
  drawMark(link.append('g').attr('transform', `translate(${spec.referenceX},${spec.y})`), { method: 'reference', selected: spec.selected });
}

/** The coated marker (open with an arrow for a bound) and its value, on the side away from its reference. */
export function drawCoatedMark(link: Group, spec: RowMarkSpec, plotWidth: number, fonts: ChartFonts): void {
  const g = link.append('g').attr('transform', `translate(${spec.x},${spec.y})`);
  drawMark(g, { method: spec.method, open: spec.bound === '>' || spec.bound === '<', selected: spec.selected });
  if (spec.bound === '>') drawBoundArrow(g, spec.method, 'right', 14);
  if (spec.bound === '<') drawBoundArrow(g, spec.method, 'left', 14);
  const arrowRight = spec.bound === '>' ? 30 : 0;
  const arrowLeft = spec.bound === '<' ? 30 : 0;
  const refLeft = spec.referenceX !== null && spec.referenceX < spec.x;
  const refRight = spec.referenceX !== null && spec.referenceX > spec.x;
  const roomRight = plotWidth - spec.x > fonts.tick * 5 + arrowRight;
  const roomLeft = spec.x > fonts.tick * 5 + arrowLeft;
  let side: 'right' | 'left' | 'above' = 'right';
  if (refLeft) side = roomRight ? 'right' : 'above';
  else if (refRight) side = roomLeft ? 'left' : 'above';
  else side = roomRight ? 'right' : 'left';
  const text = g.append('text')
    .attr('class', 'value-label')
    .attr('dy', '0.35em')
    .style('fill', chartColors.fg)
    .style('stroke', chartColors.bg)
    .style('stroke-width', '4px')
    .style('stroke-linejoin', 'round')
    .style('paint-order', 'stroke')
    .style('font-family', fonts.family)
    .style('font-size', `${fonts.tick}px`)
    .style('font-weight', '600')
    .text(spec.label);
  if (side === 'right') text.attr('x', 14 + arrowRight).attr('text-anchor', 'start');
  else if (side === 'left') text.attr('x', -14 - arrowLeft).attr('text-anchor', 'end');
  else text.attr('y', -fonts.tick).attr('text-anchor', 'middle').style('font-size', `${Math.round(fonts.tick * 0.85)}px`);
}
