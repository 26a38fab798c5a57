import { describe, expect, it } from 'vitest';
import { clampDomain, coversDomain, dataDomain, decadesWithin, isPlottable, padDomainTop, panDomain, zoomDomain } from './scale-domain.ts';

describe('dataDomain', () => {
  it('spans the finite values', () => {
    expect(dataDomain([3, -2, Number.NaN, 7, Number.POSITIVE_INFINITY], 'linear')).toEqual([-2, 7]);
  });
  it('ignores zero and negative values on a log axis', () => {
    expect(dataDomain([0, -5, 0.01, 100], 'log')).toEqual([0.01, 100]);
  });
  it('widens a single value instead of collapsing', () => {
    expect(dataDomain([5, 5], 'linear')).toEqual([4.5, 5.5]);
    expect(dataDomain([0], 'linear')).toEqual([-1, 1]);
    expect(dataDomain([2], 'log')).toEqual([0.2, 20]);
  });
  it('falls back to a unit domain when nothing is plottable', () => {
    expect(dataDomain([], 'linear')).toEqual([0, 1]);
    expect(dataDomain([-1, 0], 'log')).toEqual([1, 10]);
  });
});

describe('isPlottable', () => {
  it('rejects non-positive values only on log axes', () => {
    expect(isPlottable(0, 'linear')).toBe(true);
    expect(isPlottable(0, 'log')).toBe(false);
    expect(isPlottable(Number.NaN, 'linear')).toBe(false);
  });
});

describe('zoomDomain', () => {
  it('halves a linear window about its centre', () => {
    expect(zoomDomain([0, 100], 0.5, [0, 100], 'linear')).toEqual([25, 75]);
  });
  it('zooms a log window in log space (geometric centre)', () => {
    const [a, b] = zoomDomain([1, 10_000], 0.5, [1, 10_000], 'log');
    expect(a).toBeCloseTo(10, 9);
    expect(b).toBeCloseTo(1000, 9);
  });
  it('never zooms out past the full domain', () => {
    expect(zoomDomain([20, 80], 4, [0, 100], 'linear')).toEqual([0, 100]);
  });
  it('zooming in then out by the inverse factor restores the window', () => {
    const inner = zoomDomain([0, 100], 0.5, [0, 100], 'linear');
    expect(zoomDomain(inner, 2, [0, 100], 'linear')).toEqual([0, 100]);
  });
});

describe('panDomain', () => {
  it('shifts by a fraction of the window width', () => {
    expect(panDomain([20, 40], 0.5, [0, 100], 'linear')).toEqual([30, 50]);
  });
  it('stops at the edge and keeps the width', () => {
    expect(panDomain([80, 100], 0.5, [0, 100], 'linear')).toEqual([80, 100]);
    expect(panDomain([5, 25], -0.5, [0, 100], 'linear')).toEqual([0, 20]);
  });
});

describe('clampDomain', () => {
  it('orders a reversed window (a right-to-left brush)', () => {
    expect(clampDomain([60, 40], [0, 100], 'linear')).toEqual([40, 60]);
  });
});

describe('coversDomain', () => {
  it('tells a zoomed window from the full one', () => {
    expect(coversDomain([0, 100], [0, 100])).toBe(true);
    expect(coversDomain([0, 50], [0, 100])).toBe(false);
  });
});

describe('padDomainTop', () => {
  it('raises only the top, by a fraction of the span', () => {
    expect(padDomainTop([0, 20], 0.05, 'linear')).toEqual([0, 21]);
  });
  it('pads a log axis by a fraction of its decades', () => {
    expect(padDomainTop([1, 100], 0.5, 'log')[1]).toBeCloseTo(1000, 6);
  });
});

describe('decadesWithin', () => {
  it('lists the powers of ten inside the domain, ends included', () => {
    expect(decadesWithin([0.02, 100])).toEqual([0.1, 1, 10, 100]);
  });
  it('is empty for a non-positive domain', () => {
    expect(decadesWithin([0, 1])).toEqual([]);
  });
});
