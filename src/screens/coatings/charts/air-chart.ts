import type { CsvCell } from '../../../common/export/csv.ts';
import { chartColors } from '../../../charts/chart-colors.ts';
import type { ChartFonts } from '../../../charts/chart-fonts.ts';
import type { Svg } from '../../../charts/chart-frame.ts';
import { t } from '../../../i18n/i18n.ts';
import { airDomain, airRows, type AirRow } from './air-points.ts';
import { CoatingsChartElement } from './coatings-chart-element.ts';
import { airCsv } from './figure-csv.ts';
import { drawMarkLegend, REFERENCE_COLOR, type MarkLegendItem } from './method-marks.ts';
import {
  coatingName,
  conditionsText,
  entryLink,
  referenceName,
  referencePointWords,
  resultPointWords,
  sourceLink,
  thicknessText,
  unitText,
  valueText,
} from './point-words.ts';
import { ALD_COATED_LI_AIR_H, BARE_LI_AIR_MIN } from './reference-limits.ts';
import { drawFigureHeader, drawRowFrame } from './row-frame.ts';
import { drawCoatedMark, drawReferenceJoin, drawReferenceMark } from './row-marks.ts';

const BAND_FILL = 'var(--ip-warn, #ffcf5c)';
const COATED_BAND_FILL = 'var(--ip-accent, #5cb8ff)';
const HOUR_MIN = 60;
const DAY_MIN = 24 * 60;

/**
 * <ip-coatings-air-chart>: how long Li lasts in air (minutes, log axis), bare Li's 1–5 min band
 * against each coated foil. Minutes on a log axis, because bare Li goes in minutes and coated Li
 * in hours to days: one linear axis could not show both.
 */
export class IpCoatingsAirChart extends CoatingsChartElement {
  private readonly lookup = (id: string | null) => sourceLink(this.sources, id);

  private rows(): AirRow[] {
    return airRows(this.coatings);
  }

  protected override figureTitle(): string {
    return this.chartTitle || t('coatingsCharts.air.title');
  }

  protected override captionParagraphs(): string[] {
    // With no study of its own, the plot holds only the bands: the caption says so, clear of the marks.
    const none = this.rows().length === 0 ? [t('coatingsCharts.air.noStudies')] : [];
    return [...none, t('coatingsCharts.air.caption'), t('coatingsCharts.caveat')];
  }

  protected override csvColumns(): string[] {
    // Both bands come from the review, so one source serves them.
    return airCsv([], this.lookup, entryLink(BARE_LI_AIR_MIN.source)).columns;
  }

  protected override csvRows(): CsvCell[][] {
    return airCsv(this.rows(), this.lookup, entryLink(BARE_LI_AIR_MIN.source)).rows;
  }

  protected override tableColumns(): string[] {
    return [
      t('coatingsCharts.column.coating'), t('coatingsCharts.column.method'), t('coatingsCharts.column.value'),
      t('coatingsCharts.column.reference'), t('coatingsCharts.column.conditions'), t('coatingsCharts.column.source'),
    ];
  }

  protected override tableRows(): CsvCell[][] {
    const [from, to] = BARE_LI_AIR_MIN.range;
    const band: CsvCell[] = [t('coatingsCharts.air.band', { from, to }), '', '', '', '', entryLink(BARE_LI_AIR_MIN.source).citation];
    const coated: CsvCell[] = [t('coatingsCharts.air.coatedBand'), '', '', '', '', entryLink(ALD_COATED_LI_AIR_H.source).citation];
    return [
      band,
      coated,
      ...this.rows().map((r) => [
        coatingName(r.coatingId),
        t(`coatings.method.${r.method}`),
        valueText(r.value, unitText(r.unit), r.bound),
        r.referenceMinutes === null || !r.comparedWith ? '' : `${referenceName(r.comparedWith.label)}: ${valueText(r.comparedWith.value, unitText(r.comparedWith.unit), null)}`,
        conditionsText(r.conditions),
        this.lookup(r.sourceId).citation,
      ]),
    ];
  }

  protected override drawFigure(svg: Svg, width: number, height: number, fonts: ChartFonts): string {
    const rows = this.rows();
    const [bandFrom, bandTo] = BARE_LI_AIR_MIN.range;
    const bandSource = entryLink(BARE_LI_AIR_MIN.source);
    const top = drawFigureHeader(svg, width, height, this.figureTitle(), fonts);
    const methods = [...new Set(rows.map((r) => r.method))];
    const legend: MarkLegendItem[] = [
      { label: t('coatingsCharts.air.band', { from: bandFrom, to: bandTo }), style: { method: 'reference' }, band: BAND_FILL },
      { label: t('coatingsCharts.air.coatedBand'), style: { method: 'reference' }, band: COATED_BAND_FILL },
      ...methods.map((m): MarkLegendItem => ({ label: t(`coatings.method.${m}`), style: { method: m } })),
    ];
    if (rows.some((r) => r.referenceMinutes !== null)) legend.push({ label: t('coatingsCharts.legend.reference'), style: { method: 'reference' } });
    const legendHeight = drawMarkLegend(svg, legend, top, width, fonts);
    const domain = airDomain(rows);
    const headroom = fonts.tick * 1.8;
    const frame = drawRowFrame(svg, {
      width, top: top + legendHeight + fonts.tick * 0.5, fonts, headroom,
      rows: rows.map((r) => coatingName(r.coatingId)),
      xType: 'log', xDomain: domain, xLabel: t('coatingsCharts.air.x'),
    });
    this.fitHeight(svg, width, frame.bottom);
    const { x, plot, box } = frame;

    // Bare Li's band, a link to its source like every point.
    const bandLink = this.pointLink(plot, 'bare-li-band', null, bandSource, {
      name: t('coatingsCharts.air.bandName', { from: bandFrom, to: bandTo, citation: bandSource.citation }),
      lines: [t('coatingsCharts.air.band', { from: bandFrom, to: bandTo }), t('coatingsCharts.point.source', { citation: bandSource.citation })],
      summary: '',
    });
    bandLink.append('rect').attr('class', 'band')
      .attr('x', x(bandFrom)).attr('width', Math.max(2, x(bandTo) - x(bandFrom))).attr('y', 0).attr('height', box.height)
      .style('fill', BAND_FILL).style('fill-opacity', '0.35').style('stroke', BAND_FILL).style('stroke-width', '2px');
    // The review's summary for ALD-coated Li, "up to several tens of hours": from where bare Li has
    // failed, solid to 20 h and fading out by 100 h, since only the upper reach is given, and loosely.
    const [reachFromH, reachToH] = ALD_COATED_LI_AIR_H.reachH;
    const coatedSource = entryLink(ALD_COATED_LI_AIR_H.source);
    const coatedLink = this.pointLink(plot, 'ald-coated-li-band', null, coatedSource, {
      name: t('coatingsCharts.air.coatedBandName', { citation: coatedSource.citation }),
      lines: [t('coatingsCharts.air.coatedBand'), t('coatingsCharts.point.source', { citation: coatedSource.citation })],
      summary: '',
    });
    const x0 = x(bandTo);
    const reachWidth = Math.max(2, x(reachToH * 60) - x0);
    const fade = svg.append('defs').append('linearGradient').attr('id', 'ald-coated-li-reach');
    for (const [offset, opacity] of [[0, 0.3], [(x(reachFromH * 60) - x0) / reachWidth, 0.3], [1, 0]] as const) {
      fade.append('stop').attr('offset', offset).style('stop-color', COATED_BAND_FILL).style('stop-opacity', opacity);
    }
    coatedLink.append('rect').attr('class', 'band')
      .attr('x', x0).attr('width', reachWidth).attr('y', 0).attr('height', box.height)
      .style('fill', 'url(#ald-coated-li-reach)');
    // A dashed edge where the fade ends, so the band's reach reads on a projector too.
    coatedLink.append('line').attr('x1', x0 + reachWidth).attr('x2', x0 + reachWidth).attr('y1', 0).attr('y2', box.height)
      .style('stroke', COATED_BAND_FILL).style('stroke-width', '2px').style('stroke-dasharray', '8 5');
    // Hour and day guides, so minutes read as the times a student knows.
    for (const [minutes, label] of [[HOUR_MIN, t('coatingsCharts.air.hour')], [DAY_MIN, t('coatingsCharts.air.day')]] as const) {
      if (minutes < domain[0] || minutes > domain[1]) continue;
      plot.append('line').attr('x1', x(minutes)).attr('x2', x(minutes)).attr('y1', headroom * 0.6).attr('y2', box.height)
        .style('stroke', REFERENCE_COLOR).style('stroke-width', '2px').style('stroke-dasharray', '6 5');
      plot.append('text').attr('x', x(minutes)).attr('y', headroom * 0.45).attr('text-anchor', 'middle')
        .style('fill', chartColors.fg).style('font-family', fonts.family).style('font-size', `${fonts.tick}px`).text(label);
    }

    const bands = [
      `${t('coatingsCharts.air.bandName', { from: bandFrom, to: bandTo, citation: bandSource.citation })}.`,
      `${t('coatingsCharts.air.coatedBandName', { citation: coatedSource.citation })}.`,
    ];
    if (rows.length === 0) {
      return [t('charts.summary.title', { title: this.figureTitle() }), ...bands, t('coatingsCharts.air.noStudies')].join(' ');
    }

    const joins = plot.append('g').attr('class', 'joins');
    const marks = plot.append('g').attr('class', 'points');
    const byCoating = new Map(this.coatings.map((c) => [c.id, c]));
    const summary: string[] = [];
    rows.forEach((r, i) => {
      const link = this.lookup(r.sourceId);
      const spec = {
        y: frame.rowY(i), x: x(r.minutes), method: r.method, bound: r.bound, selected: r.coatingId === this.selected,
        label: valueText(r.value, unitText(r.unit), r.bound), referenceX: r.referenceMinutes === null ? null : x(r.referenceMinutes),
      };
      drawReferenceJoin(joins, spec);
      const reference = r.referenceMinutes !== null && r.comparedWith
        ? { label: r.comparedWith.label, value: r.comparedWith.value, unit: unitText(r.comparedWith.unit) }
        : null;
      if (reference) {
        drawReferenceMark(this.pointLink(marks, `${r.key}#reference`, r.coatingId, link, referencePointWords(r, reference.label, reference.value, reference.unit, link)), spec);
      }
      const words = resultPointWords(r, link, { thickness: thicknessText(byCoating.get(r.coatingId)?.thicknessNm ?? null), reference });
      drawCoatedMark(this.pointLink(marks, r.key, r.coatingId, link, words), spec, box.width, fonts);
      summary.push(`${words.summary}.`);
    });
    return [
      t('charts.summary.title', { title: this.figureTitle() }),
      ...bands,
      t('coatingsCharts.summary.count', { n: rows.length }),
      ...summary,
    ].join(' ');
  }
}

customElements.define('ip-coatings-air-chart', IpCoatingsAirChart);

declare global {
  interface HTMLElementTagNameMap {
    'ip-coatings-air-chart': IpCoatingsAirChart;
  }
}
