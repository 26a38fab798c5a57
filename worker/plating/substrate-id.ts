import { ref, type MessageRef } from '../common/message-ref.ts';
import { ModelError } from '../common/model-error.ts';
import { PLATING_LIMITS } from './limits.ts';
import type { SubstrateId, SubstrateKind } from './types.ts';

/** The one reader of substrate ids: the worker, the setup panel and the link/set() list parser use it. */

export interface ParsedSubstrate {
  id: SubstrateId;
  kind: SubstrateKind;
  /** Coating thickness in nm (0 for bare Cu). */
  thicknessNm: number;
}

export type ParseResult = { ok: true; value: ParsedSubstrate } | { ok: false; error: MessageRef };

const PATTERN = /^(?:cu|(tio2|las11|las14)-(\d+(?:\.\d+)?))$/;

/** The coating thicknesses a kind accepts, nm; null for bare Cu. */
export function thicknessRangeNm(kind: SubstrateKind): { min: number; max: number } | null {
  if (kind === 'cu') return null;
  return kind === 'tio2' ? PLATING_LIMITS.tio2ThicknessNm : PLATING_LIMITS.lasThicknessNm;
}

/** The id of a kind and thickness, always spelled the same way (`tio2-5`). */
export function substrateIdOf(kind: SubstrateKind, thicknessNm: number): SubstrateId {
  return kind === 'cu' ? 'cu' : `${kind}-${thicknessNm}`;
}

/** What an id spells, before any range check; null when it spells no substrate. */
function spelled(id: string): { kind: SubstrateKind; thicknessNm: number } | null {
  const m = PATTERN.exec(id);
  if (!m) return null;
  return m[1] === undefined ? { kind: 'cu', thicknessNm: 0 } : { kind: m[1] as SubstrateKind, thicknessNm: Number(m[2]) };
}

/** Parses `cu`, `tio2-<nm>` (1–20 nm), `las11-<nm>` or `las14-<nm>` (25–50 nm), exactly as written. */
export function parseSubstrateId(id: string): ParseResult {
  const s = spelled(id);
  if (!s) return { ok: false, error: ref('platingModel.error.unknownSubstrate', { id }) };
  const range = thicknessRangeNm(s.kind);
  if (range && (s.thicknessNm < range.min || s.thicknessNm > range.max)) {
    const coating = s.kind === 'tio2' ? 'TiO₂' : 'LAS';
    return { ok: false, error: ref('platingModel.error.thickness', { id, coating, min: range.min, max: range.max }) };
  }
  return { ok: true, value: { id: substrateIdOf(s.kind, s.thicknessNm), ...s } };
}

/**
 * The list parser of links and set(): any case and surrounding spaces, a thickness out of range
 * clamped into it; null when the item spells no substrate.
 */
export function clampSubstrateId(item: string): SubstrateId | null {
  const s = spelled(item.trim().toLowerCase());
  if (!s) return null;
  const range = thicknessRangeNm(s.kind);
  return substrateIdOf(s.kind, range ? Math.min(range.max, Math.max(range.min, s.thicknessNm)) : 0);
}

/** Like parseSubstrateId but throws the error message. */
export function requireSubstrate(id: string): ParsedSubstrate {
  const r = parseSubstrateId(id);
  if (!r.ok) throw new ModelError(r.error);
  return r.value;
}

/** The substrate's name ("5 nm TiO₂ on Cu"), translated where it is shown. */
export function substrateLabel(p: ParsedSubstrate): MessageRef {
  return p.kind === 'cu' ? ref('platingModel.substrate.cu') : ref(`platingModel.substrate.${p.kind}`, { nm: p.thicknessNm });
}
