import { parseSubstrateId } from '../../../../worker/plating/substrate-id.ts';
import type { SubstrateId, SubstrateKind } from '../../../../worker/plating/types.ts';
import type { MessageRef } from '../../../../worker/common/message-ref.ts';
import { msg } from '../../../i18n/i18n.ts';

/** The setup panel's slot logic: substrate ids <-> (kind, thickness) choices. */

export const KIND_OPTIONS: readonly { kind: SubstrateKind; label: MessageRef }[] = [
  { kind: 'cu', label: msg('platingModel.substrate.cu') },
  { kind: 'tio2', label: msg('plating.kind.tio2') },
  { kind: 'las11', label: msg('plating.kind.las11') },
  { kind: 'las14', label: msg('plating.kind.las14') },
];

/** The thicknesses Oyakhire (1, 5, 10 nm) and Tan (10, 20 nm) tested. */
export const TIO2_PRESETS_NM = [1, 5, 10, 20] as const;

/** The published thickness to start from when a slot switches kind: 5 nm TiO₂ (Oyakhire), 50 nm LAS (Cao). */
export function defaultThicknessNm(kind: SubstrateKind): number {
  if (kind === 'cu') return 0;
  return kind === 'tio2' ? 5 : 50;
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

const ADD_ORDER: readonly SubstrateId[] = ['cu', 'tio2-5', 'las11-50', 'las14-50', 'tio2-20', 'tio2-10'];

/** The substrate a new slot starts with: the first of a teaching order not already shown. */
export function nextSubstrate(existing: readonly string[]): SubstrateId {
  return ADD_ORDER.find((id) => !existing.includes(id)) ?? 'cu';
}

export function replaceAt(list: readonly string[], index: number, id: string): string[] {
  return list.map((v, i) => (i === index ? id : v));
}
