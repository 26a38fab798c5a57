import { PLATING_LIMITS } from '../../../../worker/plating/limits.ts';
import { parseSubstrateId, type SubstrateKind } from '../../../../worker/plating/substrate-id.ts';

/** The setup panel's slot logic: substrate ids <-> (kind, thickness) choices. */

export const MAX_SLOTS = 4;

export const KIND_OPTIONS: readonly { kind: SubstrateKind; label: string }[] = [
  { kind: 'cu', label: 'Bare Cu' },
  { kind: 'tio2', label: 'TiO₂ on Cu' },
  { kind: 'las11', label: 'LAS 1:1 on Cu' },
  { kind: 'las14', label: 'LAS 1:4 on Cu' },
];

/** The thicknesses Oyakhire (1, 5, 10 nm) and Tan (10, 20 nm) tested. */
export const TIO2_PRESETS_NM = [1, 5, 10, 20] as const;

export function thicknessRangeNm(kind: SubstrateKind): { min: number; max: number } | null {
  if (kind === 'cu') return null;
  return kind === 'tio2' ? PLATING_LIMITS.tio2ThicknessNm : PLATING_LIMITS.lasThicknessNm;
}

/** The published thickness to start from when a slot switches kind: 5 nm TiO₂ (Oyakhire), 50 nm LAS (Cao). */
export function defaultThicknessNm(kind: SubstrateKind): number {
  if (kind === 'cu') return 0;
  return kind === 'tio2' ? 5 : 50;
}

export function substrateIdOf(kind: SubstrateKind, thicknessNm: number): string {
  return kind === 'cu' ? 'cu' : `${kind}-${thicknessNm}`;
}

export interface SlotChoice {
  kind: SubstrateKind;
  thicknessNm: number;
}

/** Unknown ids fall back to bare Cu, so the panel always shows something valid. */
export function slotOf(id: string): SlotChoice {
  const parsed = parseSubstrateId(id);
  return parsed.ok ? { kind: parsed.value.kind, thicknessNm: parsed.value.thicknessNm } : { kind: 'cu', thicknessNm: 0 };
}


const ADD_ORDER = ['cu', 'tio2-5', 'las11-50', 'las14-50', 'tio2-20', 'tio2-10'];

/** The substrate a new slot starts with: the first of a teaching order not already shown. */
export function nextSubstrate(existing: readonly string[]): string {
  return ADD_ORDER.find((id) => !existing.includes(id)) ?? 'cu';
}

export function replaceAt(list: readonly string[], index: number, id: string): string[] {
  return list.map((v, i) => (i === index ? id : v));
}
