import { describe, expect, it } from 'vitest';
import fixture from './fixtures/fixture-process.json';
import { AldModel } from './model.ts';
import { PROCESSES } from './processes.ts';
import { loadProcesses } from './process-files.ts';
import { defaultRecipe } from './recipe.ts';
import { ProcessValidationError, validateProcess } from './validate.ts';

describe('process data files', () => {
  it('loads the seven published processes from worker/ald/processes/', () => {
    expect(PROCESSES.map((p) => p.id).sort()).toEqual(['al2o3', 'al2s3', 'alucone-eg', 'alucone-hq', 'li2s', 'nylon66', 'tio2']);
    expect(PROCESSES.find((p) => p.id === 'nylon66')?.gpcDoubtful).toBe(true);
  });

  // Titanium ethoxide, Ti(OC2H5)4, is the largest molecule drawn (33 atoms).
  it('every molecule is drawable: at most 33 atoms, bonds inside the atom list', () => {
    for (const p of PROCESSES) {
      for (const m of [p.precursorA, p.precursorB, p.byproduct, p.fragmentA, p.fragmentB]) {
        expect(m.atoms.length).toBeLessThanOrEqual(33);
        for (const [i, j] of m.bonds) {
          const [a, b] = [m.atoms[i], m.atoms[j]];
          const length = Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
          expect(length).toBeGreaterThan(0.8);
          expect(length).toBeLessThan(2.4);
        }
      }
    }
  });

  it('a fixture process (a new JSON file) validates and grows with no code change', () => {
    const [process] = loadProcesses({ './fixtures/fixture-process.json': { default: fixture } });
    expect(process.id).toBe('fixture-zno');
    const m = new AldModel(process, { ...defaultRecipe(process), pulseAS: 1, pulseBS: 1, purgeAS: 300, purgeBS: 300 }, 9, {
      sizeX: 32,
      sizeY: 32,
    });
    m.runCycles(50);
    expect(Math.abs(m.snapshot().thicknessNm - 50 * process.gpcNm)).toBeLessThan(process.gpcNm);
  });
});

describe('validator', () => {
  const bad = (patch: (o: Record<string, unknown>) => void) => {
    const copy = structuredClone(fixture) as unknown as Record<string, unknown>;
    patch(copy);
    return () => validateProcess(copy, 'broken.json');
  };

  it('rejects a negative GPC, naming the file and the field', () => {
    expect(bad((o) => (o.gpcNm = -1))).toThrow(ProcessValidationError);
    expect(bad((o) => (o.gpcNm = -1))).toThrow(/broken\.json: field "gpcNm"/);
  });

  it('names nested fields: a missing atom coordinate, a missing molecule id, a wrong kind', () => {
    expect(
      bad((o) => delete (o.precursorA as { atoms: Record<string, unknown>[] }).atoms[2].x),
    ).toThrow(/field "precursorA\.atoms\[2\]\.x"/);
    expect(bad((o) => delete (o.byproduct as Record<string, unknown>).id)).toThrow(/field "byproduct\.id"/);
    expect(bad((o) => (o.kind = 'CVD'))).toThrow(/field "kind"/);
    expect(bad((o) => ((o.temperatureWindowC as { value: { max: number } }).value.max = 0))).toThrow(
      /field "temperatureWindowC\.value\.max"/,
    );
  });

  it('turns away words for the screen, naming the catalogue key they belong under', () => {
    expect(bad((o) => (o.name = 'ZnO'))).toThrow(/field "name".*aldModel\.process\.fixture-zno\.name/);
    expect(bad((o) => ((o.dose as Record<string, unknown>).why = 'because'))).toThrow(
      /field "dose\.why".*aldModel\.process\.fixture-zno\.doseWhy/,
    );
    expect(bad((o) => ((o.precursorB as Record<string, unknown>).name = 'water'))).toThrow(/aldModel\.molecule\.water/);
    expect(bad((o) => (o.doubt = 'maybe'))).toThrow(/field "doubt"/);
    expect(bad((o) => (o.id = 'Has Spaces'))).toThrow(/field "id"/);
  });

  it('rejects duplicate ids across files', () => {
    expect(() => loadProcesses({ 'a.json': { default: fixture }, 'b.json': { default: fixture } })).toThrow(/duplicate/);
  });
});
