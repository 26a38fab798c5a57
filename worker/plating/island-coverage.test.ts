import { describe, expect, it } from 'vitest';
import { coveredFraction } from './island-coverage.ts';

describe('coveredFraction', () => {
  it('matches a disc area within the raster error', () => {
    const f = coveredFraction([50], [50], [20], 100, 400);
    expect(f).toBeCloseTo((Math.PI * 400) / 10000, 2);
  });
  it('counts overlapping discs once and wraps round the periodic patch', () => {
    const one = coveredFraction([50], [50], [10], 100, 400);
    expect(coveredFraction([50, 50], [50, 50], [10, 10], 100, 400)).toBe(one);
    expect(coveredFraction([0], [0], [10], 100, 400)).toBeCloseTo(one, 2);
  });
  it('is 0 with no islands', () => {
    expect(coveredFraction([], [], [], 50)).toBe(0);
  });
});
