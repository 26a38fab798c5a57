import { describe, expect, it } from 'vitest';
import { publishedThicknessNm } from './published-thickness.ts';

describe('the published line of a film of several processes', () => {
  it('adds each completed cycle its own process GPC, in growth order', () => {
    const processes = [
      { id: 'al2o3', gpcNm: 0.13 },
      { id: 'alucone-eg', gpcNm: 0.4 },
    ];
    // Two Al2O3 cycles, then three alucone cycles.
    const points = publishedThicknessNm({ processIds: ['al2o3', 'alucone-eg'], cycleProcess: Uint8Array.from([0, 0, 1, 1, 1]) }, processes);
    expect(points.map(([c]) => c)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(points[2]![1]).toBeCloseTo(0.26, 10);
    expect(points[5]![1]).toBeCloseTo(0.26 + 1.2, 10);
  });
});
