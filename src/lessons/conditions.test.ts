import { describe, expect, it } from 'vitest';
import { conditionKeys, conditionMet } from './conditions.ts';

const state: Record<string, unknown> = {
  purgeAS: 0.5,
  purgeBS: 5,
  currentMAcm2: 5,
  status: 'done',
  substrates: ['cu', 'tio2-5'],
  results: { cu: { sandTimeS: 120 } },
};
const get = (k: string) => state[k];

describe('lesson task conditions', () => {
  it('compares numbers with the bound the step names', () => {
    expect(conditionMet({ key: 'purgeAS', below: 1 }, get)).toBe(true);
    expect(conditionMet({ key: 'purgeBS', below: 1 }, get)).toBe(false);
    expect(conditionMet({ key: 'currentMAcm2', atLeast: 5 }, get)).toBe(true);
    expect(conditionMet({ key: 'currentMAcm2', above: 5 }, get)).toBe(false);
    expect(conditionMet({ key: 'currentMAcm2', atMost: 5 }, get)).toBe(true);
  });

  it('a bound on a value that is not a number is not met', () => {
    expect(conditionMet({ key: 'status', atLeast: 0 }, get)).toBe(false);
  });

  it('matches enum values, substrate prefixes and result fields', () => {
    expect(conditionMet({ key: 'status', equals: 'done' }, get)).toBe(true);
    expect(conditionMet({ key: 'substrates', includes: 'tio2-' }, get)).toBe(true);
    expect(conditionMet({ key: 'substrates', includes: 'las' }, get)).toBe(false);
    expect(conditionMet({ key: 'results.cu.sandTimeS', above: 100 }, get)).toBe(true);
    expect(conditionMet({ key: 'results.tio2-5.sandTimeS', above: 100 }, get)).toBe(false);
  });

  it('combines with all and any, and watches the top-level keys it reads', () => {
    const purgeShort = { any: [{ key: 'purgeAS', below: 1 }, { key: 'purgeBS', below: 1 }] };
    expect(conditionMet(purgeShort, get)).toBe(true);
    expect(conditionMet({ all: [{ key: 'status', equals: 'done' }, { key: 'currentMAcm2', atLeast: 6 }] }, get)).toBe(false);
    expect(conditionKeys({ all: [purgeShort, { key: 'results.cu.sandTimeS', above: 1 }] })).toEqual(['purgeAS', 'purgeBS', 'results']);
  });
});
