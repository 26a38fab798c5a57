import { describe, expect, it } from 'vitest';
import { coerce, type ParamSpec } from './param-spec.ts';
import { PublicState } from '../embed/public-state.ts';

const seconds: ParamSpec = { kind: 'number', min: 0.001, max: 10, unit: 's' };
const seed: ParamSpec = { kind: 'number', min: 1, max: 100, integer: true, unit: '' };
const list: ParamSpec = {
  kind: 'list',
  minItems: 1,
  maxItems: 2,
  parseItem: (item) => (['cu', 'tio2-5'].includes(item) ? item : null),
};

describe('parameter coercion', () => {
  it('clamps numbers into range and says what it used', () => {
    expect(coerce(seconds, '99', true)).toEqual({ ok: true, value: 10, clamped: { requested: '99', used: 10 } });
    expect(coerce(seconds, 0.5, false)).toEqual({ ok: true, value: 0.5 });
  });
  it('rejects text that is not a number, and strings from the host API', () => {
    expect(coerce(seconds, 'abc', true).ok).toBe(false);
    expect(coerce(seconds, '', true).ok).toBe(false);
    expect(coerce(seconds, '0.5', false).ok).toBe(false);
    expect(coerce(seconds, Number.NaN, false).ok).toBe(false);
  });
  it('rounds integers and reports the rounding', () => {
    expect(coerce(seed, '7.6', true)).toEqual({ ok: true, value: 8, clamped: { requested: '7.6', used: 8 } });
  });
  it('checks every list item, drops repeats and caps the length', () => {
    expect(coerce(list, 'cu,tio2-5', true)).toEqual({ ok: true, value: ['cu', 'tio2-5'] });
    expect(coerce(list, 'cu,nope', true).ok).toBe(false);
    expect(coerce(list, 'cu,cu', true)).toMatchObject({ ok: true, value: ['cu'] });
    expect(coerce(list, '', true).ok).toBe(false);
  });
});

describe('public state', () => {
  it('applies valid keys together and names every rejected or clamped one', () => {
    const state = new PublicState();
    state.writable('pulseAS', seconds, 0.02);
    state.readonly('cycle', 0);
    const result = state.set({ pulseAS: 50, cycle: 3, bogus: 1 });
    expect(result.applied).toEqual({ pulseAS: 10 });
    expect(result.clamped).toEqual({ pulseAS: { requested: 50, used: 10 } });
    expect(result.rejected).toEqual({ cycle: 'read-only', bogus: 'unknown key' });
    expect(state.get('pulseAS')).toBe(10);
  });
  it('lets explicit values win over derived ones', () => {
    const state = new PublicState();
    state.writable('process', { kind: 'enum', values: ['a', 'b'] }, 'a');
    state.writable('temperatureC', { kind: 'number', min: 0, max: 400, unit: '°C' }, 80);
    state.addDeriver((c): Record<string, number> => (c.process === 'b' ? { temperatureC: 150 } : {}));
    state.set({ process: 'b' });
    expect(state.get('temperatureC')).toBe(150);
    state.set({ process: 'b', temperatureC: 120 });
    expect(state.get('temperatureC')).toBe(120);
  });
});
