import { describe, expect, it } from 'vitest';
import { PlatingApi } from '../../../worker/plating/api.ts';
import type { PlatingConfig } from '../../../worker/plating/types.ts';
import { mergeProgress, platingWorkerCount, shardConfig } from './worker-shards.ts';

const config: PlatingConfig = { substrates: ['las11-50', 'cu', 'tio2-5', 'tio2-10'], currentMAcm2: 1, capacityMAhcm2: 0.05, seed: 3 };

describe('plating worker shards', () => {
  it('one worker per core, one at least, four at most', () => {
    expect([undefined, 0, 1, 2, 8].map(platingWorkerCount)).toEqual([1, 1, 1, 2, 4]);
  });

  it('every substrate goes to exactly one worker, Cu apart from the next costliest, each share in the comparison order', () => {
    const shares = shardConfig(config, 2);
    expect(shares.flatMap((s) => s.substrates).sort()).toEqual([...config.substrates].sort());
    expect(shares.find((s) => s.substrates.includes('cu'))!.substrates).not.toContain('tio2-5');
    for (const s of shares) expect(config.substrates.filter((id) => s.substrates.includes(id))).toEqual(s.substrates);
    expect(shardConfig(config, 8)).toHaveLength(4);
    expect(shardConfig({ ...config, substrates: ['cu'] }, 3)).toHaveLength(1);
  });

  it('shares run apart and merged give what one worker gives, bit for bit', () => {
    const whole = new PlatingApi();
    whole.init(config);
    const one = whole.advance(1);
    const parts = shardConfig(config, 2).map((c) => {
      const api = new PlatingApi();
      api.init(c);
      return api.advance(1);
    });
    expect(mergeProgress(config.substrates, parts)).toEqual(one);
  });
});
