import { describe, expect, it } from 'vitest';
import { MIN_NUCLEI_COUNTED, patchSideUm } from './patch-size.ts';
import { PATCH_UM, SubstrateSim } from './sim.ts';
import type { SubstrateId } from './types.ts';

describe('nucleus patch size', () => {
  it('is the lattice where nuclei are many, and doubles until the expected count reaches the minimum (at most 8x)', () => {
    const perM2For = (count: number, sideUm: number) => count / (sideUm * 1e-6) ** 2;
    expect(patchSideUm(PATCH_UM, perM2For(5000, PATCH_UM))).toBe(PATCH_UM);
    expect(patchSideUm(PATCH_UM, perM2For(40, PATCH_UM))).toBe(2 * PATCH_UM);
    expect(patchSideUm(PATCH_UM, 0)).toBe(8 * PATCH_UM);
  });

  it('every substrate counts its density from at least 50 nuclei at 1 mA/cm², 0.3 mAh/cm², seeds 1–3, including 20 nm TiO2 (Oyakhire 2020 via the review: thicker TiO2 nucleates worse)', () => {
    for (const id of ['cu', 'tio2-5', 'tio2-10', 'tio2-20', 'las11-50', 'las14-25'] as SubstrateId[]) {
      for (const seed of [1, 2, 3]) {
        const sim = new SubstrateSim(id, { currentMAcm2: 1, capacityMAhcm2: 0.3, seed });
        sim.advanceTo(1);
        const r = sim.results();
        expect(r.nucleiCounted, `${id} seed ${seed}`).toBeGreaterThanOrEqual(MIN_NUCLEI_COUNTED);
        expect(sim.frame().patchSizeUm).toBeGreaterThanOrEqual(PATCH_UM);
      }
    }
  });
});
