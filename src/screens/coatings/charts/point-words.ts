import type { ResultConditions, ResultUnit, SourceEntry } from '../catalogue/coating-types.ts';
import { coatingNameRef, comparedLabelRef, sourceCitation, sourceHref } from '../catalogue/coating-words.ts';
import { t, tr, type MessageKey } from '../../../i18n/i18n.ts';
import { REVIEW_SOURCE } from './reference-limits.ts';
import type { Bound, ResultPoint } from './result-points.ts';

/**
 * The words around a point: its accessible name, its tooltip lines, its data-table cells. The
 * figures draw; these say what was drawn, in the reader's language.
 */

const UNIT_KEYS: Record<ResultUnit, MessageKey> = {
  h: 'coatingsCharts.unit.h',
  cycles: 'coatingsCharts.unit.cycles',
  '%': 'coatingsCharts.unit.percent',
  'S/cm': 'coatingsCharts.unit.sPerCm',
  GPa: 'coatingsCharts.unit.gpa',
  mV: 'coatingsCharts.unit.mv',
  nm: 'coatingsCharts.unit.nm',
  'mAh/cm2': 'coatingsCharts.unit.mAhPerCm2',
  'mA/cm2': 'coatingsCharts.unit.mAPerCm2',
  'Ω·cm2': 'coatingsCharts.unit.ohmCm2',
  min: 'coatingsCharts.unit.min',
};

export function unitText(unit: ResultUnit): string {
  return t(UNIT_KEYS[unit] as 'coatingsCharts.unit.h');
}

/** "> 200 h": the number as drawn and in the tooltip. */
export function valueText(value: number, unit: string, bound: Bound | null): string {
  const p = { value, unit };
  if (bound === '>') return t('coatingsCharts.value.above', p);
  if (bound === '<') return t('coatingsCharts.value.below', p);
  if (bound === '~') return t('coatingsCharts.value.about', p);
  return t('coatingsCharts.value.exact', p);
}

/** "more than 200 h": the number as a screen reader should say it. */
export function spokenValue(value: number, unit: string, bound: Bound | null): string {
  const p = { value, unit };
  if (bound === '>') return t('coatingsCharts.spoken.above', p);
  if (bound === '<') return t('coatingsCharts.spoken.below', p);
  if (bound === '~') return t('coatingsCharts.spoken.about', p);
  return t('coatingsCharts.value.exact', p);
}

export function thicknessText(thicknessNm: number | [number, number] | null): string | null {
  if (thicknessNm === null) return null;
  if (typeof thicknessNm === 'number') return t('coatingsCharts.thickness.one', { value: thicknessNm });
  return t('coatingsCharts.thickness.range', { from: thicknessNm[0], to: thicknessNm[1] });
}

/**
 * Cell, current, capacity and electrolyte, each said even when the study does not give it. A
 * measurement outside a cell (a film, a bulk crystal, a foil in air) carries no current: what
 * cannot apply is not listed.
 */
export function conditionsText(c: ResultConditions): string {
  const electrochemical = c.cell === null || c.cell.includes('‖');
  const cell =
    c.cell === null ? t('coatingsCharts.conditions.noCell')
      : c.cell === 'film' ? t('coatingsCharts.conditions.film')
        : c.cell === 'air' ? t('coatingsCharts.conditions.air')
          : c.cell === 'bulk' ? t('coatingsCharts.conditions.bulk')
            : electrochemical ? t('coatingsCharts.conditions.cell', { cell: c.cell })
              : c.cell;
  const parts = [cell];
  if (electrochemical || c.currentMAcm2 !== null) {
    parts.push(c.currentMAcm2 === null ? t('coatingsCharts.conditions.noCurrent') : t('coatingsCharts.conditions.current', { value: c.currentMAcm2 }));
  }
  if (electrochemical || c.capacityMAhcm2 !== null) {
    parts.push(c.capacityMAhcm2 === null ? t('coatingsCharts.conditions.noCapacity') : t('coatingsCharts.conditions.capacity', { value: c.capacityMAhcm2 }));
  }
  if (electrochemical || c.electrolyte !== null) {
    parts.push(c.electrolyte === null ? t('coatingsCharts.conditions.noElectrolyte') : t('coatingsCharts.conditions.electrolyte', { electrolyte: c.electrolyte }));
  }
  return parts.join(t('coatingsCharts.listSeparator'));
}

export function coatingName(id: string): string {
  return tr(coatingNameRef(id));
}

export function referenceName(label: string): string {
  return tr(comparedLabelRef(label));
}

export interface SourceLink {
  citation: string;
  href: string;
}

/** A source by id; an id the sources do not hold still gets a link (to the review) and is named as it is. */
export function sourceLink(sources: Record<string, SourceEntry>, id: string | null): SourceLink {
  const entry = id === null ? undefined : sources[id];
  if (!entry) return { citation: id ?? sourceCitation(REVIEW_SOURCE), href: sourceHref(REVIEW_SOURCE) };
  return { citation: sourceCitation(entry), href: sourceHref(entry) };
}

export function entryLink(entry: SourceEntry): SourceLink {
  return { citation: sourceCitation(entry), href: sourceHref(entry) };
}

/** What a point says: a one-line accessible name and the lines of its tooltip. */
export interface PointWords {
  name: string;
  lines: string[];
  /** What is plotted, without conditions and source: a sentence of the figure's overview. */
  summary: string;
}

/**
 * A coated point: coating and value, its thickness (when the figure is not already about it),
 * the same study's uncoated value, its conditions and its source.
 */
export function resultPointWords(
  p: ResultPoint,
  link: SourceLink,
  options: { thickness?: string | null; reference?: { label: string; value: number; unit: string } | null } = {},
): PointWords {
  const coating = coatingName(p.coatingId);
  const unit = unitText(p.unit);
  const reference = options.reference ?? null;
  const referenceLine = (value: string) => reference
    ? t('coatingsCharts.point.reference', { label: referenceName(reference.label), value })
    : null;
  const conditions = conditionsText(p.conditions);
  const source = t('coatingsCharts.point.source', { citation: link.citation });
  const thickness = options.thickness ?? null;
  const seen = [
    t('coatingsCharts.point.value', { coating, value: valueText(p.value, unit, p.bound) }),
    thickness,
    reference ? referenceLine(valueText(reference.value, reference.unit, null)) : null,
    conditions,
    source,
  ];
  const spoken = [
    t('coatingsCharts.point.value', { coating, value: spokenValue(p.value, unit, p.bound) }),
    thickness,
    reference ? referenceLine(valueText(reference.value, reference.unit, null)) : null,
    conditions,
    source,
    t('coatingsCharts.point.opens'),
  ];
  const sep = t('coatingsCharts.sentenceSeparator');
  return { name: compact(spoken).join(sep), lines: compact(seen), summary: compact(spoken.slice(0, 3)).join(sep) };
}

/** The uncoated reference marker of a study (bare Li beside its coating's point). */
export function referencePointWords(p: ResultPoint, label: string, value: number, unit: string, link: SourceLink): PointWords {
  const head = t('coatingsCharts.point.referenceOf', { label: referenceName(label), coating: coatingName(p.coatingId), value: valueText(value, unit, null) });
  const conditions = conditionsText(p.conditions);
  const source = t('coatingsCharts.point.source', { citation: link.citation });
  return {
    name: [head, conditions, source, t('coatingsCharts.point.opens')].join(t('coatingsCharts.sentenceSeparator')),
    lines: [head, conditions, source],
    summary: head,
  };
}

function compact(values: readonly (string | null)[]): string[] {
  return values.filter((v): v is string => v !== null && v !== '');
}
