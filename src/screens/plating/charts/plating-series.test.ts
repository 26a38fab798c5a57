import { describe, expect, it } from 'vitest';
import type { SubstrateRun } from '../../../../worker/plating/types.ts';
import { diametersAt, exposedAreaSeries, nearZeroDomainMV, snapshotMoments, potentialSeriesMV } from './plating-series.ts';

function run(id: string, cap: number[], v: number[]): SubstrateRun {
  return {
    substrateId: id, label: { key: 'common.verbatim', params: { text: id } },
    curves: { capacityMAhcm2: Float32Array.from(cap), timeS: Float32Array.from(cap), potentialV: Float32Array.from(v), exposedAreaRatio: Float32Array.from(cap.map(() => 1)) },
  } as unknown as SubstrateRun;
}

describe('plating chart series', () => {
  const runs = [run('cu', [0, 0.001, 0.01], [0, -0.13, -0.03]), run('tio2-5', [0, 0.0005, 0.002], [1.5, 0, -0.02])];
  it('converts V to mV and keeps each substrate on its slot colour', () => {
    const s = potentialSeriesMV(runs);
    expect(s[0]!.points[1]![1]).toBeCloseTo(-130, 3);
    expect(s.map((x) => x.colorIndex)).toEqual([0, 1]);
    expect(exposedAreaSeries(runs)[1]!.colorIndex).toBe(1);
    expect(s.map((x) => x.label)).toEqual(['cu', 'tio2-5']);
  });
  it('the near-0 V window holds the deepest dip and zero', () => {
    const [lo, hi] = nearZeroDomainMV(potentialSeriesMV(runs))!;
    expect(lo).toBeLessThan(-130);
    expect(hi).toBeGreaterThan(0);
    expect(hi).toBeLessThan(1500);
  });
  it('has no near-0 V window without a negative potential', () => {
    expect(nearZeroDomainMV(potentialSeriesMV([run('x', [0, 1], [0.1, 0.2])]))).toBeUndefined();
  });
});

describe('island diameters for the histograms', () => {
  const frame = (cap: number, radii: number[]) => ({ capacityMAhcm2: cap, islandRadiusUm: Float32Array.from(radii) });
  const r = {
    substrateId: 'cu', label: { key: 'platingModel.substrate.cu' }, diametersUm: Float32Array.from([40]),
    snapshots: [frame(0.1, [0.5, 1]), frame(0.3, [2])],
  } as unknown as SubstrateRun;
  it('doubles a snapshot\'s radii, or takes the end-of-run list', () => {
    expect(diametersAt(r, 0.1)).toEqual([1, 2]);
    expect(diametersAt(r, 'end')).toEqual([40]);
    expect(diametersAt(r, 1)).toEqual([]);
  });
  it('lists the snapshot capacities reached', () => {
    expect(snapshotMoments([r])).toEqual([0.1, 0.3]);
  });
});
