import type { CsvCell } from '../../../common/export/csv.ts';
import type { ResultConditions } from '../catalogue/coating-types.ts';
import type { AirRow } from './air-points.ts';
import type { EfficiencyRow } from './efficiency-points.ts';
import type { LifetimePoint } from './lifetime-points.ts';
import type { TemperaturePoint } from './limits-points.ts';
import { ALD_COATED_LI_AIR_H, BARE_LI_AIR_MIN, LI_COATING_PRACTICE_MAX_C, LI_MELTING_POINT_C, LI_SHEAR_MODULUS_GPA, MONROE_NEWMAN_MODULUS_GPA } from './reference-limits.ts';
import type { ResultPoint } from './result-points.ts';

/**
 * The figures' CSV exports: the points shown, one row each, in data units with English column
 * names and ids whatever the language on screen (a CSV is data). Sources come in through a
 * lookup so these stay pure: the citation and the link the point opens.
 */
export interface CsvSource {
  citation: string;
  href: string;
}
export type CsvSourceLookup = (sourceId: string | null) => CsvSource;
export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

const CONDITION_COLUMNS = ['cell', 'current_mA_cm2', 'capacity_mAh_cm2', 'electrolyte'];
const SOURCE_COLUMNS = ['source_id', 'source', 'source_url'];

function conditionCells(c: ResultConditions): CsvCell[] {
  return [c.cell, c.currentMAcm2, c.capacityMAhcm2, c.electrolyte];
}

function sourceCells(id: string | null, lookup: CsvSourceLookup): CsvCell[] {
  const s = lookup(id);
  return [id, s.citation, s.href];
}

function head(p: ResultPoint): CsvCell[] {
  return [p.coatingId, p.method, p.pathway, p.resultId];
}

export function lifetimeCsv(points: readonly LifetimePoint[], lookup: CsvSourceLookup): CsvTable {
  return {
    columns: ['coating', 'method', 'pathway', 'result', 'thickness_nm', 'thickness_min_nm', 'thickness_max_nm',
      'bound', 'lifetime_h', 'reference', 'reference_lifetime_h', ...CONDITION_COLUMNS, ...SOURCE_COLUMNS],
    rows: points.map((p) => [
      ...head(p),
      p.thicknessRangeNm ? null : p.thicknessNm,
      p.thicknessRangeNm?.[0] ?? null,
      p.thicknessRangeNm?.[1] ?? null,
      p.bound, p.value,
      p.referenceH === null ? null : p.comparedWith?.label, p.referenceH,
      ...conditionCells(p.conditions), ...sourceCells(p.sourceId, lookup),
    ]),
  };
}

export function efficiencyCsv(rows: readonly EfficiencyRow[], lookup: CsvSourceLookup): CsvTable {
  return {
    columns: ['coating', 'method', 'pathway', 'result', 'bound', 'coulombic_efficiency_percent', 'reference', 'reference_percent',
      ...CONDITION_COLUMNS, ...SOURCE_COLUMNS],
    rows: rows.map((r) => [
      ...head(r), r.bound, r.value,
      r.referencePercent === null ? null : r.comparedWith?.label, r.referencePercent,
      ...conditionCells(r.conditions), ...sourceCells(r.sourceId, lookup),
    ]),
  };
}

/** The two reference bands first (bare Li; the review's summary for ALD-coated Li), then each study. */
export function airCsv(rows: readonly AirRow[], lookup: CsvSourceLookup, bandSource: CsvSource): CsvTable {
  const columns = ['coating', 'method', 'pathway', 'result', 'bound', 'minutes', 'published_value', 'published_unit',
    'reference', 'reference_minutes', ...CONDITION_COLUMNS, ...SOURCE_COLUMNS];
  const [bareFrom, bareTo] = BARE_LI_AIR_MIN.range;
  const [reachFrom, reachTo] = ALD_COATED_LI_AIR_H.reachH;
  const band = (coating: string, id: string, bound: string | null, minutes: string, value: string, unit: string): CsvCell[] =>
    [coating, null, null, id, bound, minutes, value, unit, null, null, 'air', null, null, null, null, bandSource.citation, bandSource.href];
  return {
    columns,
    rows: [
      band('bare-li', 'bare-li-air-band', null, `${bareFrom}-${bareTo}`, `${bareFrom}-${bareTo}`, 'min'),
      // "Up to several tens of hours": an upper reach somewhere in 20-100 h, so the bound is "<".
      band('ald-coated-li', 'ald-coated-li-air-reach', '<', `${reachFrom * 60}-${reachTo * 60}`, `${reachFrom}-${reachTo}`, 'h'),
      ...rows.map((r) => [
        ...head(r), r.bound, r.minutes, r.value, r.unit,
        r.referenceMinutes === null ? null : r.comparedWith?.label, r.referenceMinutes,
        ...conditionCells(r.conditions), ...sourceCells(r.sourceId, lookup),
      ]),
    ],
  };
}

/** Both panels in one table: the reference values first (what the lines are), then the data. */
export function limitsCsv(
  moduli: readonly ResultPoint[],
  temperatures: readonly TemperaturePoint[],
  lookup: CsvSourceLookup,
  references: { liModulus: CsvSource; monroeNewman: CsvSource; melting: CsvSource; practice: CsvSource },
): CsvTable {
  const empty = [null, null, null, null];
  const reference = (item: string, value: number, unit: string, s: CsvSource): CsvCell[] =>
    ['reference', item, null, null, null, null, value, unit, ...empty, null, s.citation, s.href];
  return {
    columns: ['panel', 'item', 'method', 'pathway', 'result', 'bound', 'value', 'unit', ...CONDITION_COLUMNS, ...SOURCE_COLUMNS],
    rows: [
      reference('li-shear-modulus', LI_SHEAR_MODULUS_GPA.value, 'GPa', references.liModulus),
      reference('monroe-newman-threshold', MONROE_NEWMAN_MODULUS_GPA.value, 'GPa', references.monroeNewman),
      reference('li-melting-point', LI_MELTING_POINT_C.value, '°C', references.melting),
      reference('li-coating-practice-max', LI_COATING_PRACTICE_MAX_C.value, '°C', references.practice),
      ...moduli.map((p): CsvCell[] => [
        'shear-modulus', p.coatingId, p.method, p.pathway, p.resultId, p.bound, p.value, p.unit,
        ...conditionCells(p.conditions), ...sourceCells(p.sourceId, lookup),
      ]),
      ...temperatures.map((p): CsvCell[] => [
        'process-temperature', p.coatingId, p.method, p.pathway, null, null, p.temperatureC, '°C',
        ...empty, ...sourceCells(p.sourceId, lookup),
      ]),
    ],
  };
}
