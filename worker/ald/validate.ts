import type { AtomSpec, MoleculeSpec, ProcessDefinition } from './types.ts';
import { MODEL_CHOICES, choiceWhyRef, doubtRef, moleculeNameRef, processNameRef } from './process-words.ts';
import { ATOMIC_MASS_GMOL } from './molar-mass.ts';

export class ProcessValidationError extends Error {
  constructor(fileName: string, field: string, problem: string) {
    super(`${fileName}: field "${field}" ${problem}`);
    this.name = 'ProcessValidationError';
  }
}

type Obj = Record<string, unknown>;

/** Checks one parsed process file against ProcessDefinition; throws naming the file and field. */
export function validateProcess(data: unknown, fileName: string): ProcessDefinition {
  const fail = (field: string, problem: string): never => {
    throw new ProcessValidationError(fileName, field, problem);
  };
  const obj = (v: unknown, field: string): Obj =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(field, 'must be an object');
  const str = (v: unknown, field: string): string =>
    typeof v === 'string' && v.trim() !== '' ? v : fail(field, 'must be a non-empty string');
  const num = (v: unknown, field: string, min = -Infinity, max = Infinity): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(field, 'must be a finite number');
    if (v < min || v > max) return fail(field, `must be between ${min} and ${max}, got ${v}`);
    return v;
  };
  const positive = (v: unknown, field: string): number => {
    const n = num(v, field);
    return n > 0 ? n : fail(field, `must be greater than 0, got ${n}`);
  };
  // Ids form catalogue keys and URL values.
  const key = (v: unknown, field: string): string => {
    const s = str(v, field);
    return /^[a-z0-9][a-z0-9-]*$/.test(s) ? s : fail(field, 'must be lower-case letters, digits and hyphens');
  };
  // Words for the screen are catalogue entries, so every language has them; the data holds none.
  const noProse = (o: Obj, name: string, field: string, catalogueKey: string): void => {
    if (o[name] !== undefined) fail(field, `is text for the screen: put it in src/i18n/*/ald-model.ts as "${catalogueKey}"`);
  };

  const molecule = (v: unknown, field: string): MoleculeSpec => {
    const m = obj(v, field);
    const id = key(m.id, `${field}.id`);
    noProse(m, 'name', `${field}.name`, moleculeNameRef({ id }).key);
    if (!Array.isArray(m.atoms) || m.atoms.length === 0) fail(`${field}.atoms`, 'must be a non-empty array');
    const atoms = (m.atoms as unknown[]).map((a, i): AtomSpec => {
      const f = `${field}.atoms[${i}]`;
      const o = obj(a, f);
      return { el: str(o.el, `${f}.el`), x: num(o.x, `${f}.x`), y: num(o.y, `${f}.y`), z: num(o.z, `${f}.z`) };
    });
    if (!Array.isArray(m.bonds)) fail(`${field}.bonds`, 'must be an array');
    const bonds = (m.bonds as unknown[]).map((b, i): [number, number] => {
      const f = `${field}.bonds[${i}]`;
      if (!Array.isArray(b) || b.length !== 2) return fail(f, 'must be a pair of atom indices');
      const pair = b.map((x, k) => num(x, `${f}[${k}]`, 0, atoms.length - 1));
      if (!pair.every(Number.isInteger)) fail(f, 'must hold integer atom indices');
      return [pair[0], pair[1]];
    });
    return { id, formula: str(m.formula, `${field}.formula`), atoms, bonds };
  };

  const p = obj(data, '(root)');
  const id = key(p.id, 'id');
  noProse(p, 'name', 'name', processNameRef({ id }).key);
  noProse(p, 'doubt', 'doubt', `${doubtRef({ id }).key}, with "gpcDoubtful": true`);
  for (const field of MODEL_CHOICES) {
    const choice = p[field];
    if (typeof choice === 'object' && choice !== null) noProse(choice as Obj, 'why', `${field}.why`, choiceWhyRef({ id }, field).key);
  }
  const kind = p.kind === 'ALD' || p.kind === 'MLD' ? p.kind : fail('kind', 'must be "ALD" or "MLD"');
  if (!Array.isArray(p.halfReactions) || p.halfReactions.length !== 2) fail('halfReactions', 'must be an array of two strings');
  const halfReactions = p.halfReactions as unknown[];

  const source = obj(p.source, 'source');
  const windowChoice = obj(p.temperatureWindowC, 'temperatureWindowC');
  const windowValue = obj(windowChoice.value, 'temperatureWindowC.value');
  const min = num(windowValue.min, 'temperatureWindowC.value.min');
  const max = num(windowValue.max, 'temperatureWindowC.value.max');
  if (max <= min) fail('temperatureWindowC.value.max', `must be above min (${min}), got ${max}`);
  const doseChoice = obj(p.dose, 'dose');
  const dose = obj(doseChoice.value, 'dose.value');
  const residence = obj(p.residenceTimeS, 'residenceTimeS');
  const steric = obj(p.stericRadiusSites, 'stericRadiusSites');

  const definition: ProcessDefinition = {
    id,
    kind,
    coating: str(p.coating, 'coating'),
    precursorA: molecule(p.precursorA, 'precursorA'),
    precursorB: molecule(p.precursorB, 'precursorB'),
    byproduct: molecule(p.byproduct, 'byproduct'),
    fragmentA: molecule(p.fragmentA, 'fragmentA'),
    fragmentB: molecule(p.fragmentB, 'fragmentB'),
    halfReactions: [str(halfReactions[0], 'halfReactions[0]'), str(halfReactions[1], 'halfReactions[1]')],
    gpcNm: positive(p.gpcNm, 'gpcNm'),
    gpcTemperatureC: num(p.gpcTemperatureC, 'gpcTemperatureC', -273.15),
    source: {
      citation: str(source.citation, 'source.citation'),
      ...(source.doi === undefined ? {} : { doi: str(source.doi, 'source.doi') }),
      ...(source.via === undefined ? {} : { via: str(source.via, 'source.via') }),
    },
    temperatureWindowC: { value: { min, max } },
    dose: {
      value: {
        pressurePa: positive(dose.pressurePa, 'dose.value.pressurePa'),
        siteAreaM2: positive(dose.siteAreaM2, 'dose.value.siteAreaM2'),
        stickingA: num(dose.stickingA, 'dose.value.stickingA', 1e-12, 1),
        stickingB: num(dose.stickingB, 'dose.value.stickingB', 1e-12, 1),
      },
    },
    residenceTimeS: { value: positive(residence.value, 'residenceTimeS.value') },
    // Radii above 4 sites would wrap around the smallest lattices the view draws.
    stericRadiusSites: { value: num(steric.value, 'stericRadiusSites.value', 0, 4) },
  };
  if (p.gpcDoubtful !== undefined) {
    if (typeof p.gpcDoubtful !== 'boolean') fail('gpcDoubtful', 'must be true or false');
    if (p.gpcDoubtful) definition.gpcDoubtful = true;
  }
  if (p.reactiveGroupLoss !== undefined) {
    const h = obj(p.reactiveGroupLoss, 'reactiveGroupLoss');
    const hs = obj(h.source, 'reactiveGroupLoss.source');
    definition.reactiveGroupLoss = {
      temperatureC: num(h.temperatureC, 'reactiveGroupLoss.temperatureC', definition.gpcTemperatureC + 1),
      // A loss: positive, and below the GPC at the published growth temperature.
      gpcNm: num(h.gpcNm, 'reactiveGroupLoss.gpcNm', 1e-6, definition.gpcNm),
      source: {
        citation: str(hs.citation, 'reactiveGroupLoss.source.citation'),
        ...(hs.doi === undefined ? {} : { doi: str(hs.doi, 'reactiveGroupLoss.source.doi') }),
        ...(hs.via === undefined ? {} : { via: str(hs.via, 'reactiveGroupLoss.source.via') }),
      },
    };
  }
  if (p.byproductsPerReaction !== undefined) {
    const b = p.byproductsPerReaction;
    if (!Array.isArray(b) || b.length !== 2) fail('byproductsPerReaction', 'must be an array of two counts');
    const counts = b as unknown[];
    definition.byproductsPerReaction = [
      num(counts[0], 'byproductsPerReaction[0]', 0),
      num(counts[1], 'byproductsPerReaction[1]', 0),
    ];
  }
  if (p.film !== undefined) {
    const f = obj(p.film, 'film');
    const formula = obj(f.formula, 'film.formula');
    if (Object.keys(formula).length === 0) fail('film.formula', 'must name at least one element');
    const fs = obj(f.source, 'film.source');
    definition.film = {
      formula: Object.fromEntries(
        Object.entries(formula).map(([el, n]) => {
          if (ATOMIC_MASS_GMOL[el] === undefined) fail(`film.formula.${el}`, 'is not an element with a known atomic mass');
          return [el, positive(n, `film.formula.${el}`)];
        }),
      ),
      densityGcm3: positive(f.densityGcm3, 'film.densityGcm3'),
      source: {
        citation: str(fs.citation, 'film.source.citation'),
        ...(fs.doi === undefined ? {} : { doi: str(fs.doi, 'film.source.doi') }),
        ...(fs.via === undefined ? {} : { via: str(fs.via, 'film.source.via') }),
      },
    };
  }
  return definition;
}
