import { describe, expect, it } from 'vitest';
import { downsampleHeightMap, heightExaggeration, MAX_GRID } from './height-map.ts';

describe('downsampleHeightMap', () => {
  it('leaves a small map alone', () => {
    const g = downsampleHeightMap([1, 2, 3, 4], 2);
    expect(g.n).toBe(2);
    expect(Array.from(g.heightsUm)).toEqual([1, 2, 3, 4]);
  });
  it('keeps at most MAX_GRID per side and samples the original grid points', () => {
    const n = 300;
    const map = Float32Array.from({ length: n * n }, (_, i) => i);
    const g = downsampleHeightMap(map, n);
    expect(g.n).toBeLessThanOrEqual(MAX_GRID);
    expect(g.heightsUm[0]).toBe(0);
    const stride = Math.ceil((n - 1) / (MAX_GRID - 1));
    expect(g.heightsUm[1]).toBe(stride);
    expect(g.heightsUm[g.n]).toBe(stride * n);
  });
});

describe('heightExaggeration', () => {
  it('is 1 when the deposit is tall enough or empty', () => {
    expect(heightExaggeration(50, 20)).toBe(1);
    expect(heightExaggeration(50, 0)).toBe(1);
  });
  it('is a round factor that keeps the peak at or below a quarter of the patch', () => {
    const k = heightExaggeration(50, 1);
    expect([1, 2, 5, 10, 20, 50]).toContain(k);
    expect(k).toBe(10);
    expect(k * 1).toBeLessThanOrEqual(50 * 0.25);
  });
});
