import { describe, expect, it } from 'vitest';
import { createRng } from '../common/rng.ts';
import { SubstrateSim } from './sim.ts';
import { VoxelDeposit, type WalkRule } from './voxel-deposit.ts';

const WALK: WalkRule = { drift: 0.7, stick: 0.7, focus: 0, focusWindowCells: 1, relaxHops: 0, wetting: false, captureHops: 0, underCoatCells: 0 };

/** Fills layers [0, layers) of an 8 x 8 deposit except the cells listed. */
function block(layers: number, holes: Array<[number, number, number]> = []): VoxelDeposit {
  const d = new VoxelDeposit(8, 1);
  const skip = new Set(holes.map(([x, y, z]) => `${x},${y},${z}`));
  for (let z = 0; z < layers; z++) for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) if (!skip.has(`${x},${y},${z}`)) d.attach(x, y, z);
  return d;
}

describe('voxel deposit: what is measured on the lattice', () => {
  it('porosity counts the voids below each column top, and height × (1 − porosity) is the dense thickness', () => {
    expect(block(3).porosity).toBe(0);
    // Two buried voids in 192 cells of column volume.
    const d = block(3, [[1, 1, 0], [5, 2, 1]]);
    expect(d.porosity).toBeCloseTo(2 / 192, 12);
    // An overhang: a column with Li at z = 0 and z = 3 only adds two voids and raises its top to 4.
    const o = block(1);
    o.attach(0, 0, 3);
    expect(o.height[0]).toBe(4);
    expect(o.porosity).toBeCloseTo(2 / 67, 12);
    expect(o.meanHeightCells * (1 - o.porosity)).toBeCloseTo(o.totalCells / 64, 12);
  });

  it('a flat film exposes one unit of area per unit; a buried void adds its six faces over 1.5', () => {
    expect(block(3).exposedArea(false)).toBeCloseTo(1, 12);
    expect(block(3, [[3, 3, 1]]).exposedArea(false)).toBeCloseTo(1 + 6 / 1.5 / 64, 12);
    // Under a coating on top the pores are not exposed.
    expect(block(3, [[3, 3, 1]]).exposedArea(true)).toBeCloseTo(1, 12);
  });

  it('places exactly the quanta asked for, none before there is Li, and every walk ends next to Li or the substrate', () => {
    const d = new VoxelDeposit(32, 0.4);
    const rng = createRng(3);
    expect(d.grow(100, WALK, rng)).toBe(0);
    expect(d.seed(6, 6)).toBe(1);
    expect(d.seed(6, 6)).toBe(0);
    expect(d.grow(5000, WALK, rng)).toBe(5000);
    expect(d.totalCells).toBe(5001);
    let cells = 0;
    for (let z = 0; z < d.maxHeight; z++) {
      for (let y = 0; y < 32; y++) {
        for (let x = 0; x < 32; x++) {
          if (!d.isLi(x, y, z)) continue;
          cells++;
          // Cu is not wetted: each cell rests on Li or touches Li beside it (no floating Li).
          const touches = z === 0 || d.isLi(x, y, z - 1) || d.isLi(x, y, z + 1) || d.isLi((x + 1) & 31, y, z) ||
            d.isLi((x + 31) & 31, y, z) || d.isLi(x, (y + 1) & 31, z) || d.isLi(x, (y + 31) & 31, z);
          expect(touches).toBe(true);
        }
      }
    }
    expect(cells).toBe(5001);
  });

  it('a reduction on first contact grows a porous deposit; a rare one with relaxation fills it in (the walk, not a set porosity)', () => {
    const grown = (stick: number, relaxHops: number) => {
      const d = new VoxelDeposit(32, 0.4);
      const rng = createRng(5);
      for (let i = 0; i < 40; i++) d.seed(rng() * 12.8, rng() * 12.8);
      d.grow(20000, { ...WALK, stick, relaxHops }, rng);
      return d.porosity;
    };
    expect(grown(1, 0)).toBeGreaterThan(0.4);
    expect(grown(0.05, 4)).toBeLessThan(0.1);
  });
});

describe('voxel deposit in the plating model (model choices, not calibrations: the one porosity number read, a bound, is checked as a prediction in golden.test.ts)', () => {
  const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
  it('at 1 mA/cm², 0.5 mAh/cm², seeds 1–10: bare Cu is porous and stands taller than dense Li; 5 nm TiO2 is denser (Tan et al., J. Power Sources 2020: Li on TiO2-coated Cu is denser); LAS 1:1 is dense (Cao, Meng, Elam 2016)', () => {
    for (const seed of seeds) {
      const r = (id: 'cu' | 'tio2-5' | 'las11-50') => {
        const sim = new SubstrateSim(id, { currentMAcm2: 1, capacityMAhcm2: 0.5, seed });
        sim.advanceTo(1);
        return sim.results();
      };
      const cu = r('cu'), ti = r('tio2-5'), las = r('las11-50');
      expect(cu.porosity).toBeGreaterThan(0.3);
      expect(cu.depositHeightUm).toBeGreaterThan(1.4 * cu.depositThicknessUm);
      expect(ti.porosity).toBeLessThan(cu.porosity - 0.2);
      expect(las.porosity).toBeLessThan(0.01);
      for (const x of [cu, ti, las]) expect(x.depositHeightUm * (1 - x.porosity)).toBeCloseTo(x.depositThicknessUm, 9);
    }
  });
});
