import { describe, expect, it } from 'vitest';
import { mixRgb, parseCssColor, rampRgb } from './css-color.ts';

describe('parseCssColor', () => {
  it('reads #rgb, #rrggbb and rgb()/rgba()', () => {
    expect(parseCssColor('#fff')).toEqual([255, 255, 255]);
    expect(parseCssColor(' #10151C ')).toEqual([16, 21, 28]);
    expect(parseCssColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseCssColor('rgba(10 20 30 / 0.5)')).toEqual([10, 20, 30]);
  });
  it('returns null for what it cannot read (an unset custom property is "")', () => {
    expect(parseCssColor('')).toBeNull();
    expect(parseCssColor('var(--x)')).toBeNull();
    expect(parseCssColor('#12345')).toBeNull();
  });
});

describe('colour ramps', () => {
  it('mixes linearly and clamps t', () => {
    expect(mixRgb([0, 0, 0], [200, 100, 50], 0.5)).toEqual([100, 50, 25]);
    expect(mixRgb([0, 0, 0], [200, 100, 50], 2)).toEqual([200, 100, 50]);
  });
  it('hits every stop at its even position', () => {
    const stops: [number, number, number][] = [[0, 0, 0], [100, 100, 100], [200, 0, 0]];
    expect(rampRgb(stops, 0)).toEqual([0, 0, 0]);
    expect(rampRgb(stops, 0.5)).toEqual([100, 100, 100]);
    expect(rampRgb(stops, 1)).toEqual([200, 0, 0]);
    expect(rampRgb(stops, 0.75)).toEqual([150, 50, 50]);
  });
});
