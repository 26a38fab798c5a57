import { describe, expect, it } from 'vitest';
import { formatUm, roundLengthUm, scaleBar } from './scale-bar.ts';

describe('roundLengthUm', () => {
  it('picks the largest 1-2-5 step not above the limit', () => {
    expect(roundLengthUm(15)).toBe(10);
    expect(roundLengthUm(19.9)).toBe(10);
    expect(roundLengthUm(20)).toBe(20);
    expect(roundLengthUm(49)).toBe(20);
    expect(roundLengthUm(7)).toBe(5);
    expect(roundLengthUm(0.3)).toBeCloseTo(0.2, 12);
    expect(roundLengthUm(1)).toBe(1);
  });
  it('gives 0 for empty or broken spans', () => {
    expect(roundLengthUm(0)).toBe(0);
    expect(roundLengthUm(-3)).toBe(0);
    expect(roundLengthUm(Number.NaN)).toBe(0);
  });
});

describe('scaleBar', () => {
  it('keeps the bar within the fraction and its pixels in proportion', () => {
    const bar = scaleBar(50, 400, 0.3);
    expect(bar.lengthUm).toBe(10);
    expect(bar.lengthPx).toBeCloseTo(80, 9);
    expect(bar.lengthPx).toBeLessThanOrEqual(400 * 0.3);
    expect(bar.label).toBe('10 µm');
  });
});

describe('formatUm', () => {
  it('drops needless decimals', () => {
    expect(formatUm(10)).toBe('10 µm');
    expect(formatUm(0.5)).toBe('0.5 µm');
    expect(formatUm(2.5)).toBe('2.5 µm');
    expect(formatUm(0.2)).toBe('0.2 µm');
  });
});
