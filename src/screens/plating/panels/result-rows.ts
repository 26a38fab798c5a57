import type { CsvCell } from '../../../common/export/csv.ts';
import type { MessageRef } from '../../../../worker/common/message-ref.ts';
import type { PlatingResults, PublishedValue, SubstrateInfo, SubstrateRun } from '../../../../worker/plating/types.ts';
import { fixed, scientific, sig } from '../../../i18n/format.ts';
import { msg, t, tr } from '../../../i18n/i18n.ts';

/** The results table's rows (in teaching order), their units and number formats. */
export interface ResultRow {
  key: keyof PlatingResults;
  name: MessageRef;
  /** A unit symbol shown after the name; '' for ratios. */
  unit: string;
  /** Name and unit in the CSV export, which stays in English so scripts can read it. */
  csv: readonly [name: string, unit: string];
  format: (value: number) => string;
}

/** A result as one number: a per-cycle list is shown as its mean (null before any cycle ends). */
export function rowValue(row: ResultRow, results: PlatingResults): number | null {
  const v = results[row.key];
  if (!Array.isArray(v)) return v;
  return v.length > 0 ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

/** 3 significant figures, without trailing zeros; tiny and huge values in 10ⁿ notation. */
export function formatSig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return t('plating.results.none');
  const abs = Math.abs(value);
  return abs !== 0 && (abs >= 1e5 || abs < 1e-3) ? scientific(value, digits) : sig(value, digits);
}

/** Seconds, with hours or minutes beside long times so "57 000 s" is not the only hint. */
export function formatSeconds(s: number): string {
  const base = formatSig(s);
  if (s >= 3600) return `${base} (${sig(s / 3600, 2)} h)`;
  if (s >= 120) return `${base} (${sig(s / 60, 2)} min)`;
  return base;
}

export const RESULT_ROWS: readonly ResultRow[] = [
  { key: 'nucleationOverpotentialMV', name: msg('plating.result.nucleationOverpotentialMV'), unit: 'mV', csv: ['Nucleation overpotential', 'mV'], format: (v) => fixed(v, 1) },
  { key: 'plateauPotentialMV', name: msg('plating.result.plateauPotentialMV'), unit: 'mV', csv: ['Growth plateau vs Li/Li+', 'mV'], format: (v) => fixed(v, 1) },
  { key: 'nucleiDensityPerCm2', name: msg('plating.result.nucleiDensityPerCm2'), unit: 'cm⁻²', csv: ['Nuclei density', 'per cm²'], format: (v) => scientific(v) },
  { key: 'nucleiCounted', name: msg('plating.result.nucleiCounted'), unit: '', csv: ['Nuclei counted on the patch', ''], format: (v) => sig(v, 6) },
  { key: 'meanNucleusDiameterUm', name: msg('plating.result.meanNucleusDiameterUm'), unit: 'µm', csv: ['Mean island diameter', 'µm'], format: (v) => formatSig(v) },
  { key: 'exposedAreaRatio', name: msg('plating.result.exposedAreaRatio'), unit: '', csv: ['Exposed area ratio', ''], format: (v) => fixed(v, 2) },
  { key: 'roughnessRel', name: msg('plating.result.roughnessRel'), unit: '', csv: ['Roughness', 'std / mean'], format: (v) => fixed(v, 2) },
  { key: 'maxToMeanHeight', name: msg('plating.result.maxToMeanHeight'), unit: '', csv: ['Max / mean height', ''], format: (v) => fixed(v, 2) },
  { key: 'depositHeightUm', name: msg('plating.result.depositHeightUm'), unit: 'µm', csv: ['Deposit height', 'µm'], format: (v) => formatSig(v) },
  { key: 'porosity', name: msg('plating.result.porosity'), unit: '', csv: ['Porosity', 'void fraction'], format: (v) => fixed(v, 2) },
  { key: 'depositThicknessUm', name: msg('plating.result.depositThicknessUm'), unit: 'µm', csv: ['Dense-equivalent thickness', 'µm'], format: (v) => formatSig(v) },
  { key: 'sandTimeS', name: msg('plating.result.sandTimeS'), unit: 's', csv: ['Sand\'s time', 's'], format: formatSeconds },
  { key: 'dendriteOnsetS', name: msg('plating.result.dendriteOnsetS'), unit: 's', csv: ['Dendrite onset', 's'], format: formatSeconds },
  { key: 'coulombicEfficiency', name: msg('plating.result.coulombicEfficiency'), unit: '%', csv: ['Coulombic efficiency, mean over cycles', '0-1'], format: (v) => fixed(100 * v, 1) },
  { key: 'deadLiMAhcm2', name: msg('plating.result.deadLiMAhcm2'), unit: 'mAh/cm²', csv: ['Dead Li', 'mAh/cm2'], format: (v) => formatSig(v) },
  { key: 'seiLossMAhcm2', name: msg('plating.result.seiLossMAhcm2'), unit: 'mAh/cm²', csv: ['Li in the SEI', 'mAh/cm2'], format: (v) => formatSig(v) },
];

export function simulatedText(row: ResultRow, run: SubstrateRun): string {
  const v = rowValue(row, run.results);
  return v === null ? t('plating.results.none') : row.format(v);
}

export function publishedFor(row: ResultRow, info: SubstrateInfo | undefined): PublishedValue | undefined {
  return info?.published[row.key];
}

export function publishedText(p: PublishedValue): string {
  // Published numbers keep the digits the paper gave (129.5 mV stays 129.5); words stand alone.
  return typeof p.value === 'number' ? `${formatSig(p.value, 4)}${p.unit ? ` ${p.unit}` : ''}` : tr(p.value);
}

export function rowHeading(row: ResultRow): string {
  return row.unit ? `${tr(row.name)} (${row.unit})` : tr(row.name);
}

/** Columns named by substrate id (`tio2-5`), as in links, so the headers read the same in every language. */
export function resultsCsvColumns(runs: readonly SubstrateRun[]): string[] {
  return ['result', 'unit', ...runs.flatMap((r) => [
    `${r.substrateId}: simulated`, `${r.substrateId}: published`, `${r.substrateId}: published unit`,
    `${r.substrateId}: electrolyte`, `${r.substrateId}: source`,
  ])];
}

/** One CSV row per result; numbers at full precision, null as "none"; a published remark in the reader's language. */
export function resultsCsvRows(runs: readonly SubstrateRun[], infos: readonly SubstrateInfo[]): CsvCell[][] {
  return RESULT_ROWS.map((row) => [...row.csv, ...runs.flatMap((run): CsvCell[] => {
    const v = rowValue(row, run.results);
    const p = publishedFor(row, infos.find((i) => i.id === run.substrateId));
    const published = p === undefined ? undefined : typeof p.value === 'number' ? p.value : tr(p.value);
    return [v ?? 'none', published, p?.unit, p?.electrolyte ? tr(p.electrolyte) : undefined, p ? sourceText(p) : undefined];
  })]);
}

export function sourceText(p: PublishedValue): string {
  return p.source.doi ? `${p.source.citation}, doi:${p.source.doi}` : p.source.citation;
}
