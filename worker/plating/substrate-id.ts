import { PLATING_LIMITS } from './limits.ts';
import type { SubstrateId } from './types.ts';

export type SubstrateKind = 'cu' | 'tio2' | 'las11' | 'las14';

export interface ParsedSubstrate {
  id: SubstrateId;
  kind: SubstrateKind;
  /** Coating thickness in nm (0 for bare Cu). */
  thicknessNm: number;
}

export type ParseResult = { ok: true; value: ParsedSubstrate } | { ok: false; error: string };

const PATTERN = /^(tio2|las11|las14)-(\d+(?:\.\d+)?)$/;

/** Parses `cu`, `tio2-<nm>` (1–20 nm), `las11-<nm>` or `las14-<nm>` (25–50 nm). */
export function parseSubstrateId(id: string): ParseResult {
  if (id === 'cu') return { ok: true, value: { id, kind: 'cu', thicknessNm: 0 } };
  const m = PATTERN.exec(id);
  if (!m) {
    return { ok: false, error: `Unknown substrate "${id}": use cu, tio2-<nm>, las11-<nm> or las14-<nm>.` };
  }
  const kind = m[1] as SubstrateKind;
  const thicknessNm = Number(m[2]);
  const range = kind === 'tio2' ? PLATING_LIMITS.tio2ThicknessNm : PLATING_LIMITS.lasThicknessNm;
  if (thicknessNm < range.min || thicknessNm > range.max) {
    return {
      ok: false,
      error: `Substrate "${id}": ${kind === 'tio2' ? 'TiO2' : 'LAS'} thickness must be ${range.min}–${range.max} nm.`,
    };
  }
  return { ok: true, value: { id, kind, thicknessNm } };
}

/** Like parseSubstrateId but throws the error message. */
export function requireSubstrate(id: string): ParsedSubstrate {
  const r = parseSubstrateId(id);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export function substrateLabel(p: ParsedSubstrate): string {
  switch (p.kind) {
    case 'cu': return 'Bare Cu';
    case 'tio2': return `${p.thicknessNm} nm TiO₂ on Cu`;
    case 'las11': return `${p.thicknessNm} nm LAS 1:1 on Cu`;
    case 'las14': return `${p.thicknessNm} nm LAS 1:4 on Cu`;
  }
}
