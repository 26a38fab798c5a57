import { describe, expect, it } from 'vitest';
import { periodicShifts } from './periodic.ts';

describe('periodicShifts', () => {
  it('draws an inner disc once', () => {
    expect(periodicShifts(25, 25, 5, 50)).toEqual([[0, 0]]);
  });
  it('repeats a disc over one edge on the opposite side', () => {
    expect(periodicShifts(2, 25, 5, 50)).toEqual([[0, 0], [50, 0]]);
    expect(periodicShifts(25, 48, 5, 50)).toEqual([[0, 0], [0, -50]]);
  });
  it('repeats a corner disc in all four corners', () => {
    expect(periodicShifts(1, 1, 5, 50)).toHaveLength(4);
  });
  it('a disc wider than the patch reaches both sides', () => {
    expect(periodicShifts(25, 25, 30, 50)).toHaveLength(9);
  });
});
