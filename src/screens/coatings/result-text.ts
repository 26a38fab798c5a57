import { t, tr } from '../../i18n/i18n.ts';
import { published } from '../../i18n/format.ts';
import type { CoatingData, CoatingResultData } from './catalogue/coating-types.ts';
import { comparedLabelRef, resultTextRef } from './catalogue/coating-words.ts';
import { unitText, valueText } from './charts/point-words.ts';

/** The words of a result in the tables; the figures' words (point-words.ts) are shared, so both say the same. */

/** What a result says, in words: its value with unit and bound, or the finding's text. */
export function resultText(coating: CoatingData, r: CoatingResultData): string {
  if (r.value === null || r.unit === null) return tr(resultTextRef(coating.id, r.id));
  return valueText(r.value, unitText(r.unit), r.bound ?? null);
}

/** The words beside a number (what it was measured at, a caveat), where the data has them. */
export function resultNote(coating: CoatingData, r: CoatingResultData): string | null {
  return r.value !== null && r.hasText ? tr(resultTextRef(coating.id, r.id)) : null;
}

export function comparedText(r: CoatingResultData): string {
  const c = r.comparedWith;
  return c ? `${tr(comparedLabelRef(c.label))}: ${valueText(c.value, unitText(c.unit), null)}` : '';
}

export function thicknessText(thicknessNm: CoatingData['thicknessNm']): string {
  if (thicknessNm === null) return t('coatings.card.notGiven');
  if (Array.isArray(thicknessNm)) return t('coatings.thickness.range', { min: published(thicknessNm[0]), max: published(thicknessNm[1]) });
  return t('coatings.thickness.one', { nm: published(thicknessNm) });
}

export function temperatureText(c: number | null): string {
  return c === null ? t('coatings.card.notGiven') : t('coatings.temperature', { c: published(c) });
}
