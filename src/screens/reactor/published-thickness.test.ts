import { describe, expect, it } from 'vitest';
import { publishedThicknessNm } from './published-thickness.ts';

describe('the published line of a film of several processes', () => {
  it('adds each completed cycle its own process GPC, in growth order', () => {
    // Two Al2O3 cycles, then three alucone cycles.
    const points = publishedThicknessNm({ cycleProcess: Uint8Array.from([0, 0, 1, 1, 1]), publishedGpcNm: [0.13, 0.4] });
    expect(points.map(([c]) => c)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(points[2]![1]).toBeCloseTo(0.26, 10);
    expect(points[5]![1]).toBeCloseTo(0.26 + 1.2, 10);
  });
});
