import type { CsvCell } from '../../../common/export/csv.ts';
import type { PlatingResults, PublishedValue, SubstrateInfo, SubstrateRun } from '../../../../worker/plating/types.ts';

/** The results table's rows (in teaching order), their units and number formats. */
export interface ResultRow {
  key: keyof PlatingResults;
  label: string;
  unit: string;
  format: (value: number) => string;
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** 3 significant figures, without trailing zeros; tiny and huge values in 10ⁿ notation. */
export function formatSig(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return 'none';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return formatPower(value, digits);
  return String(Number(value.toPrecision(digits)));
}

/** 1.2 × 10⁶ style, which reads better on a slide than 1.2e6. */
export function formatPower(value: number, digits = 2): string {
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  const exp = String(Number(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c);
  return `${Number(mantissa)} × 10${exp}`;
}

/** Seconds, with hours or minutes beside long times so "57 000 s" is not the only hint. */
export function formatSeconds(s: number): string {
  const base = `${formatSig(s)}`;
  if (s >= 3600) return `${base} (${formatSig(s / 3600, 2)} h)`;
  if (s >= 120) return `${base} (${formatSig(s / 60, 2)} min)`;
  return base;
}

export const RESULT_ROWS: readonly ResultRow[] = [
  { key: 'nucleationOverpotentialMV', label: 'Nucleation overpotential', unit: 'mV', format: (v) => v.toFixed(1) },
  { key: 'nucleiDensityPerCm2', label: 'Nuclei density', unit: 'per cm²', format: (v) => formatPower(v) },
  { key: 'meanNucleusDiameterUm', label: 'Mean island diameter', unit: 'µm', format: (v) => formatSig(v) },
  { key: 'exposedAreaRatio', label: 'Exposed area ratio', unit: '', format: (v) => v.toFixed(2) },
  { key: 'roughnessRel', label: 'Roughness', unit: 'std / mean', format: (v) => v.toFixed(2) },
  { key: 'maxToMeanHeight', label: 'Max / mean height', unit: '', format: (v) => v.toFixed(2) },
  { key: 'depositThicknessUm', label: 'Deposit thickness', unit: 'µm', format: (v) => formatSig(v) },
  { key: 'sandTimeS', label: 'Sand\'s time', unit: 's', format: formatSeconds },
  { key: 'dendriteOnsetS', label: 'Dendrite onset', unit: 's', format: formatSeconds },
];

export function simulatedText(row: ResultRow, run: SubstrateRun): string {
  const v = run.results[row.key];
  return v === null || v === undefined ? 'none' : row.format(v);
}

export function publishedFor(row: ResultRow, info: SubstrateInfo | undefined): PublishedValue | undefined {
  return info?.published[row.key];
}

export function publishedText(p: PublishedValue): string {
  // Published numbers keep the digits the paper gave (129.5 mV stays 129.5).
  const value = typeof p.value === 'number' ? formatSig(p.value, 4) : p.value;
  return p.unit ? `${value} ${p.unit}` : value;
}

export function rowHeading(row: ResultRow): string {
  return row.unit ? `${row.label} (${row.unit})` : row.label;
}

export function resultsCsvColumns(runs: readonly SubstrateRun[]): string[] {
  return ['result', 'unit', ...runs.flatMap((r) => [
    `${r.label}: simulated`, `${r.label}: published`, `${r.label}: published unit`,
    `${r.label}: electrolyte`, `${r.label}: source`,
  ])];
}

/** One CSV row per result; numbers at full precision, null as "none". */
export function resultsCsvRows(runs: readonly SubstrateRun[], infos: readonly SubstrateInfo[]): CsvCell[][] {
  return RESULT_ROWS.map((row) => [row.label, row.unit, ...runs.flatMap((run): CsvCell[] => {
    const v = run.results[row.key];
    const p = publishedFor(row, infos.find((i) => i.id === run.substrateId));
    return [v ?? 'none', p?.value, p?.unit, p?.electrolyte, p ? sourceText(p) : undefined];
  })]);
}

export function sourceText(p: PublishedValue): string {
  return p.source.doi ? `${p.source.citation}, doi:${p.source.doi}` : p.source.citation;
}
