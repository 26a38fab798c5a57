import { describe, expect, it } from 'vitest';
import { clampSubstrateId, parseSubstrateId } from './substrate-id.ts';
import { naiveWalker } from './naive-walker.ts';
import { PRESETS, DEFAULT_COMPARISON } from './presets.ts';
import { describeSubstrate } from './describe.ts';

describe('substrate ids', () => {
  it('accepts cu, tio2 1–20 nm and LAS 25–50 nm', () => {
    for (const id of ['cu', 'tio2-1', 'tio2-20', 'las11-25', 'las14-50', 'tio2-2.5']) expect(parseSubstrateId(id).ok).toBe(true);
  });
  it('rejects bad ids with a message that names the id', () => {
    for (const id of ['', 'ag', 'tio2-0.5', 'tio2-21', 'las11-10', 'las14-60', 'tio2-', 'TIO2-5']) {
      const r = parseSubstrateId(id);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.params?.id).toBe(id);
    }
  });
  it('the link list parser is the same parser: it only adds case, spaces and clamping', () => {
    expect(clampSubstrateId(' TiO2-30 ')).toBe('tio2-20');
    expect(clampSubstrateId('las11-10')).toBe('las11-25');
    expect(clampSubstrateId('tio2-05')).toBe('tio2-5');
    for (const item of ['', 'ag', 'tio2', 'tio2-', 'cu-5', 'tio2-x']) {
      expect(clampSubstrateId(item), item).toBeNull();
      expect(parseSubstrateId(item).ok, item).toBe(false);
    }
    for (const item of ['cu', 'tio2-0.5', 'las14-60', 'tio2-2.5']) expect(parseSubstrateId(clampSubstrateId(item)!).ok, item).toBe(true);
  });
  it('every parameter of every preset substrate has a source, or a reason when it is a model choice', () => {
    for (const p of [...Object.values(PRESETS), DEFAULT_COMPARISON]) {
      for (const id of p.substrates) {
        const info = describeSubstrate(id);
        expect(info.parameters.length).toBeGreaterThan(5);
        for (const q of info.parameters) {
          if (q.modelChoice) expect(q.why, `${id}: ${q.name.key}`).toBeTruthy();
          else expect(q.source?.citation, `${id}: ${q.name.key}`).toBeTruthy();
        }
      }
    }
  });
});

describe('naive walker baseline', () => {
  it('places exactly the requested attachments (same charge as the model)', () => {
    const r = naiveWalker(64, 300, 1);
    let li = 0;
    for (const c of r.cells) if (c === 1) li++;
    expect(li).toBe(300);
  });
});
