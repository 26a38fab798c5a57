import { describe, expect, it } from 'vitest';
import { AldModel } from './model.ts';
import { PROCESSES, findProcess } from './processes.ts';
import { defaultRecipe } from './recipe.ts';
import { SequencePlan, formatSequence, parseSequence, type Sequence } from './sequence.ts';
import type { Recipe } from './types.ts';

const ids = PROCESSES.map((p) => p.id);
const big = { sizeX: 32, sizeY: 32 };
const saturating = (temperatureC: number): Recipe => ({ pulseAS: 1, purgeAS: 300, pulseBS: 1, purgeBS: 300, temperatureC });
const grow = (sequence: Sequence, recipe: Recipe, seed = 7) => {
  const plan = SequencePlan.of(sequence);
  const m = new AldModel(findProcess(plan.processIds[0]!), recipe, seed, big, plan, PROCESSES);
  m.runCycles(plan.total);
  return m.snapshot();
};

describe('calibration: the per-site lattice grows each new process at the GPC its increment is calibrated to (50 saturating cycles, 32×32 lattice, within one cycle)', () => {
  it('ALD TiO2, Ti(OEt)4/H2O: 0.06 nm per cycle (Aarik et al., Thin Solid Films 2000)', () => {
    const s = grow([{ process: 'tio2', cycles: 50 }], saturating(150));
    expect(Math.abs(s.thicknessNm - 50 * 0.06)).toBeLessThan(0.06);
  });

  it('ALD Al2S3, TDMAA/H2S: 0.45 Å per cycle at 100 °C (Meng, Cao, Libera & Elam, Chem. Mater. 2017)', () => {
    const s = grow([{ process: 'al2s3', cycles: 50 }], saturating(100));
    expect(Math.abs(s.thicknessNm - 50 * 0.045)).toBeLessThan(0.045);
  });

  it('ALD Al2S3 between the two published points (Meng, Cao, Libera & Elam, Chem. Mater. 2017: 0.45 Å at 100 °C, 0.1 Å at 250 °C): the lattice grows less the hotter it is, always inside that range', () => {
    const gpc = [125, 175, 225].map((T) => grow([{ process: 'al2s3', cycles: 50 }], saturating(T)).thicknessNm / 50);
    expect(gpc[0]!).toBeGreaterThan(gpc[1]!);
    expect(gpc[1]!).toBeGreaterThan(gpc[2]!);
    for (const g of gpc) expect(g > 0.01 && g < 0.045).toBe(true);
  });

  it('ALD Li2S, LiOtBu/H2S: the stand-in 0.06 nm per cycle, flagged doubtful in the data', () => {
    expect(findProcess('li2s').gpcDoubtful).toBe(true);
    const s = grow([{ process: 'li2s', cycles: 50 }], saturating(150));
    expect(Math.abs(s.thicknessNm - 50 * 0.06)).toBeLessThan(0.06);
  });
});

describe('sequence parser (links, set(), lessons)', () => {
  it('reads runs and supercycles and writes them back the same way', () => {
    const r = parseSequence(' AL2O3*50 , alucone-eg * 50 ', ids);
    expect(r.ok && r.text).toBe('al2o3*50,alucone-eg*50');
    const las = parseSequence('(li2s*1,al2s3*4)*25', ids);
    expect(las.ok && las.value).toEqual([{ supercycle: [{ process: 'li2s', cycles: 1 }, { process: 'al2s3', cycles: 4 }], repeats: 25 }]);
    const mixed = parseSequence('tio2*10,(li2s*1,al2s3*1)*3,al2o3*2', ids);
    expect(mixed.ok && mixed.text).toBe('tio2*10,(li2s*1,al2s3*1)*3,al2o3*2');
  });

  it('reads the host API array form into the same sequence as the text form', () => {
    const a = parseSequence([{ process: 'al2o3', cycles: 50 }, { supercycle: [{ process: 'li2s', cycles: 1 }, { process: 'al2s3', cycles: 4 }], repeats: 2 }], ids);
    const b = parseSequence('al2o3*50,(li2s*1,al2s3*4)*2', ids);
    expect(a.ok && b.ok && a.text === b.text && formatSequence(a.value) === b.text).toBe(true);
  });

  it('clamps counts into range and says so', () => {
    const r = parseSequence('al2o3*0,alucone-eg*99999', ids);
    expect(r.ok && r.clamped && r.text).toBe('al2o3*1,alucone-eg*2000');
  });

  it.each([
    ['', 'aldModel.sequence.empty'],
    ['al2o3', 'aldModel.sequence.badRun'],
    ['al2o3*many', 'aldModel.sequence.badCount'],
    ['zno*10', 'aldModel.sequence.unknownProcess'],
    ['(li2s*1,al2s3*4', 'aldModel.sequence.brackets'],
    ['((li2s*1)*2)*2', 'aldModel.sequence.brackets'],
    ['(li2s*1,al2s3*4)', 'aldModel.sequence.badSupercycle'],
    ['al2o3*2000,al2o3*2000,al2o3*2000', 'aldModel.sequence.tooLong'],
  ])('refuses %j, naming the fault (%s)', (text, key) => {
    const r = parseSequence(text, ids);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.key).toBe(key);
  });

  it('names the bad value in the reason', () => {
    const r = parseSequence('al2o3*10,zno*5', ids);
    expect(!r.ok && r.reason.params?.value).toBe('zno');
    expect(parseSequence(42, ids).ok).toBe(false);
    expect(parseSequence([{ process: 'al2o3' }], ids).ok).toBe(false);
  });
});

describe('a sequence grows one film, block by block', () => {
  const recipe = { ...defaultRecipe(findProcess('al2o3')), temperatureC: 85 };
  const bilayer: Sequence = [{ process: 'al2o3', cycles: 50 }, { process: 'alucone-eg', cycles: 50 }];

  it("the layers' measured thicknesses add up to the film, and each is about its cycles × its own GPC (within 3 cycles)", () => {
    const s = grow(bilayer, recipe);
    expect(s.layers.map((l) => [l.process, l.cycles])).toEqual([['al2o3', 50], ['alucone-eg', 50]]);
    const sum = s.layers.reduce((a, l) => a + l.thicknessNm, 0);
    expect(sum).toBeCloseTo(s.thicknessNm, 6);
    expect(Math.abs(s.layers[0]!.thicknessNm - 50 * 0.13)).toBeLessThan(3 * 0.13);
    expect(Math.abs(s.layers[1]!.thicknessNm - 50 * 0.4)).toBeLessThan(3 * 0.4);
    expect(s.sequence.complete).toBe(true);
    expect(s.nextProcessId).toBeNull();
  });

  it('a cycle in progress counts in its layer, so the sum still matches the film', () => {
    const plan = SequencePlan.of(bilayer);
    const m = new AldModel(findProcess('al2o3'), recipe, 3, {}, plan, PROCESSES);
    m.runCycles(51);
    m.stepHalf();
    m.stepHalf();
    m.stepHalf();
    const s = m.snapshot();
    expect(s.processId).toBe('alucone-eg');
    expect(s.layers[1]!.cycles).toBe(1);
    expect(s.layers.reduce((a, l) => a + l.thicknessNm, 0)).toBeCloseTo(s.thicknessNm, 6);
  });

  it('the order of the blocks is the order of growth: reversed, the bands swap', () => {
    const s = grow([...bilayer].reverse(), recipe);
    expect(s.layers.map((l) => l.process)).toEqual(['alucone-eg', 'al2o3']);
    expect(s.processIds[s.cycleProcess[0]!]).toBe('alucone-eg');
    expect(s.processIds[s.cycleProcess[99]!]).toBe('al2o3');
  });

  it('runCycles stops at the end of the sequence and stepping adds nothing more', () => {
    const plan = SequencePlan.of([{ process: 'al2o3', cycles: 3 }]);
    const m = new AldModel(findProcess('al2o3'), recipe, 1, {}, plan, PROCESSES);
    m.runCycles(10);
    const before = m.snapshot();
    m.stepHalf();
    expect(before.cycle).toBe(3);
    expect(m.snapshot().halfStepCount).toBe(before.halfStepCount);
  });

  it('a single process as a one-block sequence grows the same film as the single process', () => {
    const p = findProcess('al2o3');
    const a = new AldModel(p, recipe, 5);
    const b = new AldModel(p, recipe, 5, {}, SequencePlan.of([{ process: 'al2o3', cycles: 20 }]), PROCESSES);
    a.runCycles(20);
    b.runCycles(20);
    expect(Array.from(b.snapshot().heightNm)).toEqual(Array.from(a.snapshot().heightNm));
  });
});

describe('composition is measured from what each cycle deposited', () => {
  const las = (li: number, al: number, repeats: number) =>
    grow([{ supercycle: [{ process: 'li2s', cycles: li }, { process: 'al2s3', cycles: al }], repeats }], saturating(150));

  it('LAS: the Al/Li ratio follows the sub-cycle ratio (1:4 has 4× the Al per Li of 1:1, within 10 %)', () => {
    const one = las(1, 1, 40).composition!;
    const four = las(1, 4, 20).composition!;
    expect(Object.keys(one).sort()).toEqual(['Al', 'Li', 'S']);
    const ratio = (c: Record<string, number>) => c.Al! / c.Li!;
    expect(Math.abs(ratio(four) / ratio(one) - 4) / 4).toBeLessThan(0.1);
    expect(four.S!).toBeGreaterThan(one.S!);
    const sum = Object.values(four).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  it('one material gives its own formula: Al2O3 is 40 % Al and 60 % O', () => {
    const c = grow([{ process: 'al2o3', cycles: 10 }], saturating(80)).composition!;
    expect(c.Al).toBeCloseTo(0.4, 9);
    expect(c.O).toBeCloseTo(0.6, 9);
  });

  it('a film with a process that has no film data has no composition', () => {
    const s = grow([{ process: 'al2o3', cycles: 5 }, { process: 'alucone-eg', cycles: 5 }], saturating(85));
    expect(s.composition).toBeNull();
  });
});
