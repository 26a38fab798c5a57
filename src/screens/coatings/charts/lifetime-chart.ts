import type { CsvCell } from '../../../common/export/csv.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import { drawPlotFrame, type Svg } from '../../../charts/chart-frame.ts';
import { drawEmptyNote, drawFigureHeader } from './row-frame.ts';
import { t } from '../../../i18n/i18n.ts';
import { CoatingsChartElement } from './coatings-chart-element.ts';
import { lifetimeCsv } from './figure-csv.ts';
import { lifetimeDomains, lifetimeFigure, type LifetimeFigure, type LifetimePoint } from './lifetime-points.ts';
import { drawBoundArrow, drawMark, drawMarkLegend, methodColor, REFERENCE_COLOR, type MarkLegendItem } from './method-marks.ts';
import {
  coatingName,
  conditionsText,
  referenceName,
  referencePointWords,
  resultPointWords,
  sourceLink,
  thicknessText,
  unitText,
  valueText,
} from './point-words.ts';

/** How far in from the plot's left edge the bare-Li references sit, px. */
const REFERENCE_INSET = 16;

/**
 * <ip-coatings-lifetime-chart>: symmetric Li‖Li lifetime (h) against coating thickness (nm),
 * both on log axes. Log thickness, because the coatings run from a few nm (ALD oxides, MLD
 * alucone) to hundreds (lithicones): on a linear axis every ALD film would sit in one column
 * at the left. Bare Li of the same study is a diamond at the left edge, joined to its coating.
 */
export class IpCoatingsLifetimeChart extends CoatingsChartElement {
  constructor() {
    super();
    // Title and legend wrap on a half-width figure: leave the plot its height.
    this.height = 520;
  }

  private figure(): LifetimeFigure {
    return lifetimeFigure(this.coatings);
  }

  protected override figureTitle(): string {
    return this.chartTitle || t('coatingsCharts.lifetime.title');
  }

  protected override captionParagraphs(): string[] {
    const { unplaced } = this.figure();
    const parts = [t('coatingsCharts.lifetime.caption'), t('coatingsCharts.caveat')];
    if (unplaced.length > 0) parts.push(t('coatingsCharts.unplaced', { names: unplaced.map(coatingName).join(t('coatingsCharts.listSeparator')) }));
    return parts;
  }

  protected override csvColumns(): string[] {
    return lifetimeCsv([], this.lookup).columns;
  }

  protected override csvRows(): CsvCell[][] {
    return lifetimeCsv(this.figure().points, this.lookup).rows;
  }

  protected override tableColumns(): string[] {
    return [
      t('coatingsCharts.column.coating'), t('coatingsCharts.column.method'), t('coatingsCharts.column.thickness'),
      t('coatingsCharts.column.value'), t('coatingsCharts.column.reference'), t('coatingsCharts.column.conditions'),
      t('coatingsCharts.column.source'),
    ];
  }

  protected override tableRows(): CsvCell[][] {
    const h = unitText('h');
    return this.figure().points.map((p) => [
      coatingName(p.coatingId),
      t(`coatings.method.${p.method}`),
      thicknessText(p.thicknessRangeNm ?? p.thicknessNm),
      valueText(p.value, h, p.bound),
      p.referenceH === null || !p.comparedWith ? '' : `${referenceName(p.comparedWith.label)}: ${valueText(p.referenceH, h, null)}`,
      conditionsText(p.conditions),
      this.lookup(p.sourceId).citation,
    ]);
  }

  private readonly lookup = (id: string | null) => sourceLink(this.sources, id);

  protected override drawFigure(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    const { points } = this.figure();
    const top = drawFigureHeader(svg, width, height, this.figureTitle(), fonts);
    const methods = [...new Set(points.map((p) => p.method))];
    const legend: MarkLegendItem[] = (methods.length > 0 ? methods : (['ald', 'mld'] as const)).map((m) => ({
      label: t(`coatings.method.${m}`), style: { method: m },
    }));
    if (points.some((p) => p.bound === '>')) legend.push({ label: t('coatingsCharts.legend.bound'), style: { method: methods[0] ?? 'ald', open: true }, arrow: true });
    if (points.some((p) => p.referenceH !== null)) legend.push({ label: t('coatingsCharts.legend.reference'), style: { method: 'reference' } });
    if (points.some((p) => p.thicknessRangeNm)) legend.push({ label: t('coatingsCharts.legend.range'), style: { method: methods[0] ?? 'ald' }, bar: true });
    const legendHeight = drawMarkLegend(svg, legend, top, width, fonts);

    const domains = lifetimeDomains(points);
    const frame = drawPlotFrame(svg, {
      width, height, top: top + legendHeight + fonts.tick, fonts,
      xScaleType: 'log', yScaleType: 'log', xDomain: domains.x, yDomain: domains.y,
      xLabel: t('coatingsCharts.lifetime.x'), yLabel: t('coatingsCharts.lifetime.y'), clipId: `${this.chartId}-clip`,
    });
    const { x, y } = frame;

    if (points.length === 0) {
      drawEmptyNote(frame.plot, frame.box.width, frame.box.height, t('coatingsCharts.empty'), fonts);
      return [t('charts.summary.title', { title: this.figureTitle() }), t('coatingsCharts.empty')].join(' ');
    }

    const h = unitText('h');
    const links = frame.plot.append('g').attr('class', 'references');
    const marks = frame.plot.append('g').attr('class', 'points');
    // Draw the selected coating last, so it is on top.
    const ordered = [...points].sort((a, b) => Number(a.coatingId === this.selected) - Number(b.coatingId === this.selected));
    for (const p of ordered) {
      const px = x(p.thicknessNm);
      const py = y(p.value);
      const selected = p.coatingId === this.selected;
      const link = this.lookup(p.sourceId);
      if (p.referenceH !== null && p.comparedWith) {
        const ry = y(p.referenceH);
        links.append('path')
          .attr('d', `M${REFERENCE_INSET},${ry}H${px}V${py}`)
          .style('fill', 'none').style('stroke', REFERENCE_COLOR).style('stroke-width', '2px').style('stroke-dasharray', '6 5');
        const words = referencePointWords(p, p.comparedWith.label, p.referenceH, h, link);
        const ref = this.pointLink(links, `${p.key}#reference`, p.coatingId, link, words);
        const g = ref.append('g').attr('transform', `translate(${REFERENCE_INSET},${ry})`);
        drawMark(g, { method: 'reference', selected });
      }
      if (p.thicknessRangeNm) {
        marks.append('line')
          .attr('x1', x(p.thicknessRangeNm[0])).attr('x2', x(p.thicknessRangeNm[1])).attr('y1', py).attr('y2', py)
          .style('stroke', methodColor(p.method)).style('stroke-width', '6px').style('stroke-opacity', '0.55').style('stroke-linecap', 'round');
      }
      const words = resultPointWords(p, link, {
        thickness: thicknessText(p.thicknessRangeNm ?? p.thicknessNm),
        reference: p.referenceH !== null && p.comparedWith ? { label: p.comparedWith.label, value: p.referenceH, unit: h } : null,
      });
      const a = this.pointLink(marks, p.key, p.coatingId, link, words);
      const g = a.append('g').attr('transform', `translate(${px},${py})`);
      drawMark(g, { method: p.method, open: p.bound === '>' || p.bound === '<', selected });
      if (p.bound === '>') drawBoundArrow(g, p.method, 'up');
      if (p.bound === '<') drawBoundArrow(g, p.method, 'down');
    }

    return this.summary(points);
  }

  private summary(points: readonly LifetimePoint[]): string {
    const h = unitText('h');
    const items = points.map((p) => {
      const words = resultPointWords(p, this.lookup(p.sourceId), {
        thickness: thicknessText(p.thicknessRangeNm ?? p.thicknessNm),
        reference: p.referenceH !== null && p.comparedWith ? { label: p.comparedWith.label, value: p.referenceH, unit: h } : null,
      });
      // The conditions and the source are on each point; the overview keeps to what is plotted.
      return words.summary;
    });
    return [
      t('charts.summary.title', { title: this.figureTitle() }),
      t('coatingsCharts.summary.count', { n: points.length }),
      ...items.map((s) => `${s}.`),
    ].join(' ');
  }
}

customElements.define('ip-coatings-lifetime-chart', IpCoatingsLifetimeChart);

declare global {
  interface HTMLElementTagNameMap {
    'ip-coatings-lifetime-chart': IpCoatingsLifetimeChart;
  }
}
