import type { CsvCell } from '../../../common/export/csv.ts';
import { chartColors } from '../../../charts/chart-colors.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import type { Group, Svg } from '../../../charts/chart-frame.ts';
import { t } from '../../../i18n/i18n.ts';
import { CoatingsChartElement } from './coatings-chart-element.ts';
import { limitsCsv } from './figure-csv.ts';
import { modulusDomain, modulusPoints, temperatureDomain, temperaturePoints, type TemperaturePoint } from './limits-points.ts';
import { drawMark, drawMarkLegend, methodColor, type MarkLegendItem } from './method-marks.ts';
import { coatingName, conditionsText, entryLink, resultPointWords, sourceLink, unitText, valueText } from './point-words.ts';
import { LI_COATING_PRACTICE_MAX_C, LI_MELTING_POINT_C, LI_SHEAR_MODULUS_GPA, MONROE_NEWMAN_MODULUS_GPA } from './reference-limits.ts';
import { drawEmptyNote, drawFigureHeader, drawRowFrame, drawWrappedText } from './row-frame.ts';
import { drawCoatedMark } from './row-marks.ts';

const LIMIT_COLOR = 'var(--ip-warn, #ffcf5c)';
const PRACTICE_FILL = 'var(--ip-site-free, #42d392)';
const PANEL_GAP = 28;

/**
 * <ip-coatings-limits-chart>: the two physical limits drawn as lines. (a) Shear modulus on a log
 * axis: Li's 4.25 GPa, the Monroe–Newman line at twice that, every modulus result in the data
 * against them, and the caveat that a nanometre film is not the bulk layer of the criterion.
 * (b) Process temperature against Li's melting point (a line) and the ≤ 150 °C practice (a band).
 */
export class IpCoatingsLimitsChart extends CoatingsChartElement {
  private readonly lookup = (id: string | null) => sourceLink(this.sources, id);

  private references() {
    return {
      liModulus: entryLink(LI_SHEAR_MODULUS_GPA.source),
      monroeNewman: entryLink(MONROE_NEWMAN_MODULUS_GPA.source),
      melting: entryLink(LI_MELTING_POINT_C.source),
      practice: entryLink(LI_COATING_PRACTICE_MAX_C.source),
    };
  }

  protected override figureTitle(): string {
    return this.chartTitle || t('coatingsCharts.limits.title');
  }

  protected override captionParagraphs(): string[] {
    return [t('coatingsCharts.limits.caption')];
  }

  protected override csvColumns(): string[] {
    return limitsCsv([], [], this.lookup, this.references()).columns;
  }

  protected override csvRows(): CsvCell[][] {
    return limitsCsv(modulusPoints(this.coatings), temperaturePoints(this.coatings), this.lookup, this.references()).rows;
  }

  protected override tableColumns(): string[] {
    return [t('coatingsCharts.column.item'), t('coatingsCharts.column.value'), t('coatingsCharts.column.conditions'), t('coatingsCharts.column.source')];
  }

  protected override tableRows(): CsvCell[][] {
    const refs = this.references();
    const gpa = unitText('GPa');
    const c = t('coatingsCharts.unit.celsius');
    return [
      [t('coatingsCharts.limits.modulus.li'), valueText(LI_SHEAR_MODULUS_GPA.value, gpa, null), '', refs.liModulus.citation],
      [t('coatingsCharts.limits.modulus.line', { li: LI_SHEAR_MODULUS_GPA.value, line: MONROE_NEWMAN_MODULUS_GPA.value }), valueText(MONROE_NEWMAN_MODULUS_GPA.value, gpa, '>'), '', refs.monroeNewman.citation],
      ...modulusPoints(this.coatings).map((p) => [coatingName(p.coatingId), valueText(p.value, gpa, p.bound), conditionsText(p.conditions), this.lookup(p.sourceId).citation]),
      [t('coatingsCharts.limits.temperature.melting', { value: LI_MELTING_POINT_C.value }), valueText(LI_MELTING_POINT_C.value, c, '~'), '', refs.melting.citation],
      [t('coatingsCharts.limits.temperature.practice', { value: LI_COATING_PRACTICE_MAX_C.value }), valueText(LI_COATING_PRACTICE_MAX_C.value, c, null), '', refs.practice.citation],
      ...temperaturePoints(this.coatings).map((p) => [
        coatingName(p.coatingId),
        valueText(p.temperatureC, c, null),
        p.onLi ? t('coatingsCharts.limits.temperature.onLi') : t('coatingsCharts.limits.temperature.offLi'),
        this.lookup(p.sourceId).citation,
      ]),
    ];
  }

  protected override drawFigure(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    const moduli = modulusPoints(this.coatings);
    const temperatures = temperaturePoints(this.coatings);
    const top = drawFigureHeader(svg, width, height, this.figureTitle(), fonts);
    const methods = [...new Set([...moduli.map((p) => p.method), ...temperatures.map((p) => p.method)])];
    const legend: MarkLegendItem[] = methods.map((m) => ({ label: t(`coatings.method.${m}`), style: { method: m } }));
    if (temperatures.some((p) => !p.onLi)) {
      legend.push({ label: t('coatingsCharts.limits.temperature.offLi'), style: { method: methods[0] ?? 'ald', open: true } });
    }
    const legendHeight = drawMarkLegend(svg, legend, top, width, fonts);
    const modulusBottom = this.drawModulusPanel(svg, width, top + legendHeight + fonts.tick * 0.5, fonts);
    const temperatureBottom = this.drawTemperaturePanel(svg, width, modulusBottom + PANEL_GAP, fonts, temperatures);
    this.fitHeight(svg, width, temperatureBottom);
    return [
      t('charts.summary.title', { title: this.figureTitle() }),
      t('coatingsCharts.limits.summaryModulus', { n: moduli.length }),
      `${t('coatingsCharts.limits.modulus.lineName', { li: LI_SHEAR_MODULUS_GPA.value, line: MONROE_NEWMAN_MODULUS_GPA.value, citation: this.references().monroeNewman.citation })}.`,
      ...moduli.map((p) => `${resultPointWords(p, this.lookup(p.sourceId)).summary}.`),
      t('coatingsCharts.limits.modulus.caveat'),
      t('coatingsCharts.limits.summaryTemperature', { n: temperatures.length }),
      `${t('coatingsCharts.limits.temperature.meltingName', { value: LI_MELTING_POINT_C.value, citation: this.references().melting.citation })}.`,
      ...temperatures.map((p) => `${this.temperatureWords(p).summary}.`),
    ].join(' ');
  }

  /** Panel (a); returns where it ends. */
  private drawModulusPanel(svg: Svg, width: number, top: number, fonts: ChartFonts): number {
    const refs = this.references();
    const gpa = unitText('GPa');
    const moduli = modulusPoints(this.coatings);
    const domain = modulusDomain(moduli);
    const headroom = fonts.tick * 1.8;
    const frame = drawRowFrame(svg, {
      width, top, fonts, headroom, title: t('coatingsCharts.limits.modulus.title'),
      rows: [t('coatingsCharts.limits.modulus.li'), ...moduli.map((p) => coatingName(p.coatingId))],
      xType: 'log', xDomain: domain, xLabel: t('coatingsCharts.limits.modulus.x'),
    });
    const { x, plot, box } = frame;
    const lineX = x(MONROE_NEWMAN_MODULUS_GPA.value);
    // Beyond the line: stiff enough by the criterion (for a bulk layer).
    plot.append('rect').attr('x', lineX).attr('y', headroom * 0.6).attr('width', Math.max(0, box.width - lineX)).attr('height', box.height - headroom * 0.6)
      .style('fill', LIMIT_COLOR).style('fill-opacity', '0.12');
    const lineLabel = t('coatingsCharts.limits.modulus.line', { li: LI_SHEAR_MODULUS_GPA.value, line: MONROE_NEWMAN_MODULUS_GPA.value });
    const line = this.pointLink(plot, 'monroe-newman', null, refs.monroeNewman, {
      name: t('coatingsCharts.limits.modulus.lineName', { li: LI_SHEAR_MODULUS_GPA.value, line: MONROE_NEWMAN_MODULUS_GPA.value, citation: refs.monroeNewman.citation }),
      lines: [lineLabel, t('coatingsCharts.point.source', { citation: refs.monroeNewman.citation })],
      summary: '',
    });
    this.limitLine(line, lineX, headroom, box.height, lineLabel, fonts, 'start');

    // Li itself: the first row, a reference marker with its own source.
    const liLink = this.pointLink(plot, 'li-shear-modulus', null, refs.liModulus, {
      name: t('coatingsCharts.limits.modulus.liName', { value: LI_SHEAR_MODULUS_GPA.value, citation: refs.liModulus.citation }),
      lines: [`${t('coatingsCharts.limits.modulus.li')}: ${valueText(LI_SHEAR_MODULUS_GPA.value, gpa, null)}`, t('coatingsCharts.point.source', { citation: refs.liModulus.citation })],
      summary: '',
    });
    drawCoatedMarkAsReference(liLink, x(LI_SHEAR_MODULUS_GPA.value), frame.rowY(0), valueText(LI_SHEAR_MODULUS_GPA.value, gpa, null), box.width, fonts);

    const marks = plot.append('g').attr('class', 'points');
    moduli.forEach((p, i) => {
      const link = this.lookup(p.sourceId);
      const ratio = p.value / MONROE_NEWMAN_MODULUS_GPA.value;
      const words = resultPointWords(p, link);
      words.lines.splice(1, 0, t('coatingsCharts.limits.modulus.ratio', { ratio }));
      drawCoatedMark(this.pointLink(marks, p.key, p.coatingId, link, words), {
        y: frame.rowY(i + 1), x: x(p.value), method: p.method, bound: p.bound, selected: p.coatingId === this.selected,
        label: valueText(p.value, gpa, p.bound), referenceX: null,
      }, box.width, fonts);
    });

    // The caveat belongs on the figure itself, under the panel it qualifies.
    const lines = drawWrappedText(svg, t('coatingsCharts.limits.modulus.caveat'), 16, frame.bottom + fonts.tick * 0.6, width - 32, fonts.tick, fonts.family, true);
    return frame.bottom + fonts.tick * 0.6 + lines * fonts.tick * 1.3;
  }

  /** Panel (b); returns where it ends. */
  private drawTemperaturePanel(svg: Svg, width: number, top: number, fonts: ChartFonts, points: readonly TemperaturePoint[]): number {
    const refs = this.references();
    const c = t('coatingsCharts.unit.celsius');
    const headroom = fonts.tick * 3.4;
    const frame = drawRowFrame(svg, {
      width, top, fonts, headroom, title: t('coatingsCharts.limits.temperature.title'),
      rows: points.map((p) => coatingName(p.coatingId)),
      xType: 'linear', xDomain: temperatureDomain(points), xLabel: t('coatingsCharts.limits.temperature.x'),
    });
    const { x, plot, box } = frame;
    const practice = LI_COATING_PRACTICE_MAX_C.value;
    const melting = LI_MELTING_POINT_C.value;
    const practiceLabel = t('coatingsCharts.limits.temperature.practice', { value: practice });
    const band = this.pointLink(plot, 'li-coating-practice', null, refs.practice, {
      name: t('coatingsCharts.limits.temperature.practiceName', { value: practice, citation: refs.practice.citation }),
      lines: [practiceLabel, t('coatingsCharts.point.source', { citation: refs.practice.citation })],
      summary: '',
    });
    band.append('rect').attr('x', x(0)).attr('y', fonts.tick * 0.2).attr('width', x(practice) - x(0)).attr('height', box.height - fonts.tick * 0.2)
      .style('fill', PRACTICE_FILL).style('fill-opacity', '0.16').style('stroke', PRACTICE_FILL).style('stroke-width', '2px');
    band.append('text').attr('x', x(0) + 8).attr('y', fonts.tick * 1.2)
      .style('fill', chartColors.fg).style('font-family', fonts.family).style('font-size', `${fonts.tick}px`).style('font-weight', '600')
      .text(practiceLabel);
    const meltingLabel = t('coatingsCharts.limits.temperature.melting', { value: melting });
    const line = this.pointLink(plot, 'li-melting-point', null, refs.melting, {
      name: t('coatingsCharts.limits.temperature.meltingName', { value: melting, citation: refs.melting.citation }),
      lines: [meltingLabel, t('coatingsCharts.point.source', { citation: refs.melting.citation })],
      summary: '',
    });
    this.limitLine(line, x(melting), headroom, box.height, meltingLabel, fonts, x(melting) > box.width * 0.6 ? 'end' : 'start');

    if (points.length === 0) {
      drawEmptyNote(plot, box.width, box.height + headroom, t('coatingsCharts.limits.temperature.none'), fonts);
      return frame.bottom;
    }
    const marks = plot.append('g').attr('class', 'points');
    points.forEach((p, i) => {
      const link = this.lookup(p.sourceId);
      const a = this.pointLink(marks, `temperature/${p.key}`, p.coatingId, link, this.temperatureWords(p));
      drawCoatedMark(a, {
        y: frame.rowY(i), x: x(p.temperatureC), method: p.method, bound: null, selected: p.coatingId === this.selected,
        label: valueText(p.temperatureC, c, null), referenceX: null,
      }, box.width, fonts);
      // Made on Cu or a host: drawn open, the Li limit does not bind it.
      if (!p.onLi) a.selectAll<SVGPathElement, unknown>('path.mark').style('fill', chartColors.bg).style('stroke', methodColor(p.method)).style('stroke-width', '3px');
    });
    return frame.bottom;
  }

  private temperatureWords(p: TemperaturePoint) {
    const c = t('coatingsCharts.unit.celsius');
    const link = this.lookup(p.sourceId);
    const head = t('coatingsCharts.point.value', { coating: coatingName(p.coatingId), value: valueText(p.temperatureC, c, null) });
    const where = p.onLi ? t('coatingsCharts.limits.temperature.onLi') : t('coatingsCharts.limits.temperature.offLi');
    const source = t('coatingsCharts.point.source', { citation: link.citation });
    const sep = t('coatingsCharts.sentenceSeparator');
    return { name: [head, where, source, t('coatingsCharts.point.opens')].join(sep), lines: [head, where, source], summary: [head, where].join(sep) };
  }

  /** A vertical limit line across the rows, its label in the headroom above them. */
  private limitLine(g: Group, x: number, headroom: number, bottom: number, label: string, fonts: ChartFonts, anchor: 'start' | 'end'): void {
    g.append('line').attr('x1', x).attr('x2', x).attr('y1', headroom * 0.55).attr('y2', bottom)
      .style('stroke', LIMIT_COLOR).style('stroke-width', '4px');
    // A wide transparent stroke makes the thin line easy to hover.
    g.append('line').attr('x1', x).attr('x2', x).attr('y1', headroom * 0.55).attr('y2', bottom)
      .style('stroke', 'transparent').style('stroke-width', '14px');
    g.append('text').attr('x', anchor === 'start' ? x + 8 : x - 8).attr('y', headroom * 0.5 + (headroom > fonts.tick * 2.5 ? fonts.tick * 0.9 : 0))
      .attr('text-anchor', anchor)
      .style('fill', chartColors.fg).style('stroke', chartColors.bg).style('stroke-width', '4px').style('paint-order', 'stroke')
      .style('font-family', fonts.family).style('font-size', `${fonts.tick}px`).style('font-weight', '700')
      .text(label);
  }
}

/** Li's own modulus: the neutral reference diamond with its value. */
function drawCoatedMarkAsReference(link: Group, x: number, y: number, label: string, plotWidth: number, fonts: ChartFonts): void {
  const g = link.append('g').attr('transform', `translate(${x},${y})`);
  drawMark(g, { method: 'reference' });
  const right = x < plotWidth * 0.72;
  g.append('text').attr('x', right ? 14 : -14).attr('dy', '0.35em').attr('text-anchor', right ? 'start' : 'end')
    .style('fill', chartColors.fg).style('font-family', fonts.family).style('font-size', `${fonts.tick}px`).style('font-weight', '600')
    .text(label);
}

customElements.define('ip-coatings-limits-chart', IpCoatingsLimitsChart);

declare global {
  interface HTMLElementTagNameMap {
    'ip-coatings-limits-chart': IpCoatingsLimitsChart;
  }
}
