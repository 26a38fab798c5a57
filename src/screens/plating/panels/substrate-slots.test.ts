import { describe, expect, it } from 'vitest';
import { parseSubstrateId, substrateIdOf, thicknessRangeNm } from '../../../../worker/plating/substrate-id.ts';
import { defaultThicknessNm, KIND_OPTIONS, nextSubstrate, replaceAt, slotOf, TIO2_PRESETS_NM } from './substrate-slots.ts';

describe('substrate slots', () => {
  it('round-trips ids through (kind, thickness)', () => {
    for (const id of ['cu', 'tio2-5', 'tio2-20', 'las11-50', 'las14-25']) {
      const s = slotOf(id);
      expect(substrateIdOf(s.kind, s.thicknessNm)).toBe(id);
    }
  });
  it('builds ids the model accepts for every kind at its default and every TiO₂ preset', () => {
    for (const { kind } of KIND_OPTIONS) expect(parseSubstrateId(substrateIdOf(kind, defaultThicknessNm(kind))).ok).toBe(true);
    for (const nm of TIO2_PRESETS_NM) expect(parseSubstrateId(substrateIdOf('tio2', nm)).ok).toBe(true);
  });
  it('falls back to bare Cu for an unknown id', () => {
    expect(slotOf('gold-3')).toEqual({ kind: 'cu', thicknessNm: 0 });
  });
  it('has no thickness for bare Cu and the model limits otherwise', () => {
    expect(thicknessRangeNm('cu')).toBeNull();
    expect(thicknessRangeNm('tio2')).toEqual({ min: 1, max: 20 });
    expect(thicknessRangeNm('las14')).toEqual({ min: 25, max: 50 });
  });
  it('adds a substrate not yet shown', () => {
    expect(nextSubstrate([])).toBe('cu');
    expect(nextSubstrate(['cu', 'tio2-5'])).toBe('las11-50');
  });
  it('replaces one slot', () => {
    expect(replaceAt(['cu', 'tio2-5'], 1, 'tio2-10')).toEqual(['cu', 'tio2-10']);
  });
});
