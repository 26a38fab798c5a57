import { msg, t, tr } from '../../i18n/i18n.ts';
import { scientific, sig } from '../../i18n/format.ts';
import { CELL_KINDS, type CellKind, type CoatingData, type CoatingResultData, type ResultConditions, type ResultUnit } from './catalogue/coating-types.ts';
import { comparedLabelRef, resultTextRef } from './catalogue/coating-words.ts';

/** Units as a reader writes them; the data keeps plain ASCII so links and CSV stay simple. */
const UNIT_TEXT: Record<ResultUnit, string> = {
  h: 'h',
  cycles: 'cycles',
  '%': '%',
  'S/cm': 'S/cm',
  GPa: 'GPa',
  mV: 'mV',
  nm: 'nm',
  'mAh/cm2': 'mAh/cm²',
  'mA/cm2': 'mA/cm²',
  'Ω·cm2': 'Ω·cm²',
  min: 'min',
};

export function unitText(unit: ResultUnit): string {
  return unit === 'cycles' ? t('coatings.unit.cycles') : UNIT_TEXT[unit];
}

/** A number as a paper prints it: conductivities in powers of ten, the rest to three figures. */
export function numberText(value: number): string {
  const size = Math.abs(value);
  return size !== 0 && (size < 0.01 || size >= 1e6) ? scientific(value, 1) : sig(value, 3);
}

export function valueText(value: number, unit: ResultUnit, bound?: CoatingResultData['bound']): string {
  const n = `${numberText(value)} ${unitText(unit)}`;
  return bound ? `${t(`coatings.result.bound.${bound}`)} ${n}` : n;
}

/** What a result says, in words: its value with unit and bound, or the finding's text. */
export function resultText(coating: CoatingData, r: CoatingResultData): string {
  if (r.value === null || r.unit === null) return tr(resultTextRef(coating.id, r.id));
  return valueText(r.value, r.unit, r.bound);
}

/** The words beside a number (what it was measured at, a caveat), where the data has them. */
export function resultNote(coating: CoatingData, r: CoatingResultData): string | null {
  return r.value !== null && r.hasText ? tr(resultTextRef(coating.id, r.id)) : null;
}

export function comparedText(r: CoatingResultData): string {
  const c = r.comparedWith;
  return c ? `${tr(comparedLabelRef(c.label))}: ${valueText(c.value, c.unit)}` : '';
}

/** A cell as papers write it ("Li‖Cu"), or what a measurement without a cell was made on, in words. */
export function cellText(cell: string): string {
  return (CELL_KINDS as readonly string[]).includes(cell) ? t(`coatings.cell.${cell as CellKind}`) : cell;
}

/** Cell, current, capacity and electrolyte, in that order, for what the study states. */
export function conditionsText(c: ResultConditions): string {
  const parts = [
    c.cell === null ? null : cellText(c.cell),
    c.currentMAcm2 === null ? null : tr(msg('coatings.conditions.current', { value: numberText(c.currentMAcm2) })),
    c.capacityMAhcm2 === null ? null : tr(msg('coatings.conditions.capacity', { value: numberText(c.capacityMAhcm2) })),
    c.electrolyte,
  ].filter((p): p is string => p !== null && p !== '');
  return parts.length ? parts.join(' · ') : t('coatings.conditions.none');
}

export function thicknessText(thicknessNm: CoatingData['thicknessNm']): string {
  if (thicknessNm === null) return t('coatings.card.notGiven');
  if (Array.isArray(thicknessNm)) return t('coatings.thickness.range', { min: sig(thicknessNm[0]), max: sig(thicknessNm[1]) });
  return t('coatings.thickness.one', { nm: sig(thicknessNm) });
}

export function temperatureText(c: number | null): string {
  return c === null ? t('coatings.card.notGiven') : t('coatings.temperature', { c: sig(c) });
}
