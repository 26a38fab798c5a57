import type { CsvCell } from '../../../common/export/csv.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import type { Svg } from '../../../charts/chart-frame.ts';
import { t } from '../../../i18n/i18n.ts';
import { CoatingsChartElement } from './coatings-chart-element.ts';
import { efficiencyDomain, efficiencyRows, type EfficiencyRow } from './efficiency-points.ts';
import { efficiencyCsv } from './figure-csv.ts';
import { drawMarkLegend, type MarkLegendItem } from './method-marks.ts';
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
import { drawEmptyNote, drawFigureHeader, drawRowFrame } from './row-frame.ts';
import { drawCoatedMark, drawReferenceJoin, drawReferenceMark } from './row-marks.ts';

/**
 * <ip-coatings-efficiency-chart>: Coulombic efficiency (%) as a dot plot, one row per study,
 * the coated electrode beside the uncoated reference the same study measured.
 */
export class IpCoatingsEfficiencyChart extends CoatingsChartElement {
  private readonly lookup = (id: string | null) => sourceLink(this.sources, id);

  private rows(): EfficiencyRow[] {
    return efficiencyRows(this.coatings);
  }

  protected override figureTitle(): string {
    return this.chartTitle || t('coatingsCharts.efficiency.title');
  }

  protected override captionParagraphs(): string[] {
    return [t('coatingsCharts.efficiency.caption'), t('coatingsCharts.caveat')];
  }

  protected override csvColumns(): string[] {
    return efficiencyCsv([], this.lookup).columns;
  }

  protected override csvRows(): CsvCell[][] {
    return efficiencyCsv(this.rows(), this.lookup).rows;
  }

  protected override tableColumns(): string[] {
    return [
      t('coatingsCharts.column.coating'), t('coatingsCharts.column.method'), t('coatingsCharts.column.value'),
      t('coatingsCharts.column.reference'), t('coatingsCharts.column.conditions'), t('coatingsCharts.column.source'),
    ];
  }

  protected override tableRows(): CsvCell[][] {
    const pc = unitText('%');
    return this.rows().map((r) => [
      coatingName(r.coatingId),
      t(`coatings.method.${r.method}`),
      valueText(r.value, pc, r.bound),
      r.referencePercent === null || !r.comparedWith ? '' : `${referenceName(r.comparedWith.label)}: ${valueText(r.referencePercent, pc, null)}`,
      conditionsText(r.conditions),
      this.lookup(r.sourceId).citation,
    ]);
  }

  protected override drawFigure(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    const rows = this.rows();
    const pc = unitText('%');
    const top = drawFigureHeader(svg, width, height, this.figureTitle(), fonts);
    const methods = [...new Set(rows.map((r) => r.method))];
    const legend: MarkLegendItem[] = methods.map((m) => ({ label: t(`coatings.method.${m}`), style: { method: m } }));
    if (rows.some((r) => r.referencePercent !== null)) legend.push({ label: t('coatingsCharts.legend.reference'), style: { method: 'reference' } });
    const legendHeight = drawMarkLegend(svg, legend, top, width, fonts);
    const byCoating = new Map(this.coatings.map((c) => [c.id, c]));

    const frame = drawRowFrame(svg, {
      width, top: top + legendHeight + fonts.tick * 0.5, fonts,
      rows: rows.map((r) => coatingName(r.coatingId)),
      xType: 'linear', xDomain: efficiencyDomain(rows), xLabel: t('coatingsCharts.efficiency.x'),
    });
    this.fitHeight(svg, width, frame.bottom);
    if (rows.length === 0) {
      drawEmptyNote(frame.plot, frame.box.width, frame.box.height, t('coatingsCharts.empty'), fonts);
      return [t('charts.summary.title', { title: this.figureTitle() }), t('coatingsCharts.empty')].join(' ');
    }

    const joins = frame.plot.append('g').attr('class', 'joins');
    const marks = frame.plot.append('g').attr('class', 'points');
    const summary: string[] = [];
    rows.forEach((r, i) => {
      const link = this.lookup(r.sourceId);
      const spec = {
        y: frame.rowY(i), x: frame.x(r.value), method: r.method, bound: r.bound, selected: r.coatingId === this.selected,
        label: valueText(r.value, pc, r.bound), referenceX: r.referencePercent === null ? null : frame.x(r.referencePercent),
      };
      drawReferenceJoin(joins, spec);
      const reference = r.referencePercent !== null && r.comparedWith ? { label: r.comparedWith.label, value: r.referencePercent, unit: pc } : null;
      if (reference) {
        const words = referencePointWords(r, reference.label, reference.value, pc, link);
        drawReferenceMark(this.pointLink(marks, `${r.key}#reference`, r.coatingId, link, words), spec);
      }
      const words = resultPointWords(r, link, { thickness: thicknessText(byCoating.get(r.coatingId)?.thicknessNm ?? null), reference });
      drawCoatedMark(this.pointLink(marks, r.key, r.coatingId, link, words), spec, frame.box.width, fonts);
      summary.push(`${words.summary}.`);
    });
    return [t('charts.summary.title', { title: this.figureTitle() }), t('coatingsCharts.summary.count', { n: rows.length }), ...summary].join(' ');
  }
}

customElements.define('ip-coatings-efficiency-chart', IpCoatingsEfficiencyChart);

declare global {
  interface HTMLElementTagNameMap {
    'ip-coatings-efficiency-chart': IpCoatingsEfficiencyChart;
  }
}
