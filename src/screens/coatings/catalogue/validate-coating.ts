import { parseSubstrateId } from '../../../../worker/plating/substrate-id.ts';
import { RECIPE_PRESET_IDS } from '../../reactor/recipe-presets.ts';
import {
  CELL_KINDS,
  CELL_PATTERN,
  METHODS,
  PATHWAYS,
  PROPERTIES,
  QUANTITIES,
  RATINGS,
  UNITS,
  type CoatingData,
  type CoatingResultData,
  type ComparedWith,
  type PropertyEvidenceData,
  type Pathway,
  type PropertyId,
  type Quantity,
  type ResultConditions,
  type ResultUnit,
  type SimulationLinks,
  type SourceEntry,
} from './coating-types.ts';
import {
  RESERVED_COATING_IDS,
  coatingFateRef,
  coatingNameRef,
  coatingSummaryRef,
  propertyEvidenceRef,
  resultTextRef,
} from './coating-words.ts';

/**
 * Checks the coatings catalogue: each data file against CoatingData, sources.json against
 * SourceEntry, and the files against each other, the sources and the simulation. Throws naming
 * the file and the field. The build runs it (vite.config.ts), so the app ships plain data.
 */
export class CoatingValidationError extends Error {
  constructor(fileName: string, field: string, problem: string) {
    super(`${fileName}: field "${field}" ${problem}`);
    this.name = 'CoatingValidationError';
  }
}

type Obj = Record<string, unknown>;
type Fail = (field: string, problem: string) => never;

/** The unit each measured quantity is given in; a result in another unit is a slip. */
const QUANTITY_UNITS: Record<Exclude<Quantity, 'finding'>, readonly ResultUnit[]> = {
  symmetricLifetime: ['h'],
  cycleLife: ['cycles'],
  coulombicEfficiency: ['%'],
  ionicConductivity: ['S/cm'],
  shearModulus: ['GPa'],
  nucleationOverpotential: ['mV'],
  airStability: ['min', 'h'],
  currentTolerated: ['mA/cm2'],
  thickness: ['nm'],
};

const BOUNDS = ['>', '<', '~'] as const;
const GROW_REASONS = ['no-half-reactions', 'not-modelled'] as const;
const PLATE_REASONS = ['coats-li', '3d-host', 'not-modelled'] as const;
/** The reason a card of a pathway that does not coat Cu must give for having no Plating-lab link. */
const PLATE_REASON_OFF_COPPER: Partial<Record<Pathway, (typeof PLATE_REASONS)[number]>> = { 'coating-on-li': 'coats-li', '3d-host': '3d-host' };

const KEY = /^[a-z0-9][a-z0-9-]*$/;
const DOI = /^10\.\d{4,9}\/\S+$/;

function checkers(fail: Fail) {
  const obj = (v: unknown, field: string): Obj =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(field, 'must be an object');
  const str = (v: unknown, field: string): string =>
    typeof v === 'string' && v.trim() !== '' ? v : fail(field, 'must be a non-empty string');
  const num = (v: unknown, field: string): number =>
    typeof v === 'number' && Number.isFinite(v) ? v : fail(field, 'must be a finite number');
  const positive = (v: unknown, field: string): number => {
    const n = num(v, field);
    return n > 0 ? n : fail(field, `must be greater than 0, got ${n}`);
  };
  const nullable = <T>(v: unknown, field: string, read: (v: unknown, field: string) => T): T | null =>
    v === null ? null : v === undefined ? fail(field, 'is missing (write null where the source gives none)') : read(v, field);
  const oneOf = <T extends string>(v: unknown, field: string, values: readonly T[]): T =>
    typeof v === 'string' && (values as readonly string[]).includes(v)
      ? (v as T)
      : fail(field, `must be one of ${values.map((x) => `"${x}"`).join(', ')}, got ${JSON.stringify(v)}`);
  // Ids form catalogue keys and URL values.
  const key = (v: unknown, field: string): string =>
    KEY.test(str(v, field)) ? (v as string) : fail(field, 'must be lower-case letters, digits and hyphens');
  // A formula or abbreviation reads the same in every language; a word (three lower-case letters in a row) needs the catalogue.
  const formula = (v: unknown, field: string): string =>
    /\p{Ll}{3,}/u.test(str(v, field))
      ? fail(field, `"${v as string}" has a word in it: write formulas and abbreviations only (e.g. "AlEG/Al2O3", "LiGL"); words go in the catalogue`)
      : (v as string);
  const bool = (v: unknown, field: string): boolean => (typeof v === 'boolean' ? v : fail(field, 'must be true or false'));
  // A misspelt field would be dropped without a word; name it instead.
  const onlyKeys = (o: Obj, field: string, allowed: readonly string[]): void => {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) fail(field === '' ? k : `${field}.${k}`, `is not a field of this object (allowed: ${allowed.join(', ')})`);
    }
  };
  return { obj, str, num, positive, nullable, oneOf, key, formula, bool, onlyKeys };
}

/** Words for the screen are catalogue entries, so every language has them; the data holds none. */
const PROSE_FIELDS = ['name', 'title', 'summary', 'description', 'fate', 'evidence', 'text', 'note', 'label', 'why', 'caption'];

function noProse(o: Obj, field: string, fail: Fail, where: (name: string) => string): void {
  for (const name of PROSE_FIELDS) {
    if (o[name] !== undefined) {
      fail(field === '' ? name : `${field}.${name}`, `is text for the screen: put it in src/i18n/*/coatings-data.ts as ${where(name)}`);
    }
  }
}

/** Checks sources.json; throws naming the source and the field. */
export function validateSources(data: unknown, fileName = 'sources.json'): Record<string, SourceEntry> {
  const fail: Fail = (field, problem) => {
    throw new CoatingValidationError(fileName, field, problem);
  };
  const { obj, str, key, onlyKeys } = checkers(fail);
  const root = obj(data, '(root)');
  const out: Record<string, SourceEntry> = {};
  for (const [id, value] of Object.entries(root)) {
    key(id, id);
    const s = obj(value, id);
    onlyKeys(s, id, ['authors', 'journal', 'year', 'reviewRef', 'doi']);
    const year = s.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1800 || year > 2100) fail(`${id}.year`, 'must be a year, e.g. 2016');
    const entry: SourceEntry = { authors: str(s.authors, `${id}.authors`), journal: str(s.journal, `${id}.journal`), year };
    if (s.reviewRef !== undefined) {
      const n = s.reviewRef;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) fail(`${id}.reviewRef`, "must be the review's reference number, a positive integer");
      entry.reviewRef = n as number;
    }
    if (s.doi !== undefined) {
      const doi = str(s.doi, `${id}.doi`);
      if (!DOI.test(doi)) fail(`${id}.doi`, 'must be a bare DOI such as 10.1149/1.1850854 (no https://doi.org/)');
      entry.doi = doi;
    }
    out[id] = entry;
  }
  return out;
}

export interface CoatingContext {
  /** Ids in sources.json. */
  sourceIds: ReadonlySet<string>;
  /** Reactor process ids (worker/ald/processes/<id>.json). */
  processIds: ReadonlySet<string>;
}

/** Checks one parsed coating file against CoatingData; throws naming the file and field. */
export function validateCoating(data: unknown, fileName: string, context: CoatingContext): CoatingData {
  const fail: Fail = (field, problem) => {
    throw new CoatingValidationError(fileName, field, problem);
  };
  const { obj, str, num, positive, nullable, oneOf, key, formula, bool, onlyKeys } = checkers(fail);
  const source = (v: unknown, field: string): string => {
    const id = str(v, field);
    return context.sourceIds.has(id) ? id : fail(field, `names "${id}", which is not in sources.json`);
  };

  const c = obj(data, '(root)');
  const id = key(c.id, 'id');
  if (RESERVED_COATING_IDS.has(id)) fail('id', `"${id}" is a reserved catalogue key; choose another id`);
  noProse(c, '', fail, (name) =>
    name === 'name'
      ? `"${coatingNameRef(id).key}"`
      : name === 'fate'
        ? `"${coatingFateRef(id).key}", with "hasFate": true`
        : `"${coatingSummaryRef(id).key}"`,
  );
  onlyKeys(c, '', ['id', 'method', 'pathway', 'material', 'thicknessNm', 'processTemperatureC', 'hasFate', 'results', 'properties', 'simulation']);

  const thicknessNm = nullable(c.thicknessNm, 'thicknessNm', (v, f): number | [number, number] => {
    if (!Array.isArray(v)) return positive(v, f);
    if (v.length !== 2) return fail(f, 'must be a number, a [min, max] pair or null');
    const lo = positive(v[0], `${f}[0]`);
    const hi = positive(v[1], `${f}[1]`);
    return hi > lo ? [lo, hi] : fail(`${f}[1]`, `must be above min (${lo}), got ${hi}`);
  });

  // Results.
  if (!Array.isArray(c.results)) fail('results', 'must be an array (empty where the review reports nothing)');
  const resultIds = new Set<string>();
  const results = (c.results as unknown[]).map((entry, i): CoatingResultData => {
    const f = `results[${i}]`;
    const r = obj(entry, f);
    const rid = key(r.id, `${f}.id`);
    if (resultIds.has(rid)) fail(`${f}.id`, `"${rid}" is used twice in this coating`);
    resultIds.add(rid);
    noProse(r, f, fail, () => `"${resultTextRef(id, rid).key}"${r.quantity === 'finding' ? '' : ', with "hasText": true'}`);
    onlyKeys(r, f, ['id', 'quantity', 'value', 'bound', 'unit', 'comparedWith', 'conditions', 'source', 'hasText']);
    const quantity = oneOf(r.quantity, `${f}.quantity`, QUANTITIES);
    let value: number | null;
    let unit: ResultUnit | null;
    if (quantity === 'finding') {
      if (r.value !== null) fail(`${f}.value`, `must be null for a finding (its words are "${resultTextRef(id, rid).key}")`);
      if (r.unit !== null) fail(`${f}.unit`, 'must be null for a finding');
      if (r.bound !== undefined) fail(`${f}.bound`, 'goes only with a number, not with a finding');
      if (r.hasText !== undefined) fail(`${f}.hasText`, 'is implied for a finding: leave it out');
      value = null;
      unit = null;
    } else {
      value = num(r.value, `${f}.value`);
      unit = oneOf(r.unit, `${f}.unit`, UNITS);
      const allowed = QUANTITY_UNITS[quantity];
      if (!allowed.includes(unit)) fail(`${f}.unit`, `must be ${allowed.map((u) => `"${u}"`).join(' or ')} for ${quantity}, got "${unit}"`);
    }
    const conditionsObj = obj(r.conditions, `${f}.conditions`);
    onlyKeys(conditionsObj, `${f}.conditions`, ['cell', 'currentMAcm2', 'capacityMAhcm2', 'electrolyte']);
    const conditions: ResultConditions = {
      cell: nullable(conditionsObj.cell, `${f}.conditions.cell`, (v, g) => {
        const cell = str(v, g);
        if (!(CELL_KINDS as readonly string[]).includes(cell) && !CELL_PATTERN.test(cell)) {
          fail(g, `must be cells such as "Li‖Li" or "Li‖S, Li‖LFP", or one of ${CELL_KINDS.join(', ')}; got "${cell}"`);
        }
        return cell;
      }),
      currentMAcm2: nullable(conditionsObj.currentMAcm2, `${f}.conditions.currentMAcm2`, positive),
      capacityMAhcm2: nullable(conditionsObj.capacityMAhcm2, `${f}.conditions.capacityMAhcm2`, positive),
      electrolyte: nullable(conditionsObj.electrolyte, `${f}.conditions.electrolyte`, str),
    };
    const comparedWith = nullable(r.comparedWith, `${f}.comparedWith`, (v, g): ComparedWith => {
      const o = obj(v, g);
      onlyKeys(o, g, ['label', 'value', 'unit']);
      const label = key(o.label, `${g}.label`);
      const cu = oneOf(o.unit, `${g}.unit`, UNITS);
      if (cu !== unit) fail(`${g}.unit`, `must be the result's own unit ("${unit}") so the two can be drawn together`);
      return { label, value: num(o.value, `${g}.value`), unit: cu };
    });
    const result: CoatingResultData = {
      id: rid,
      quantity,
      value,
      unit,
      comparedWith,
      conditions,
      source: source(r.source, `${f}.source`),
    };
    if (r.bound !== undefined) result.bound = oneOf(r.bound, `${f}.bound`, BOUNDS);
    if (r.hasText !== undefined) {
      if (!bool(r.hasText, `${f}.hasText`)) fail(`${f}.hasText`, 'is either true or left out');
      result.hasText = true;
    }
    return result;
  });

  // The seven properties.
  const propsObj = obj(c.properties, 'properties');
  onlyKeys(propsObj, 'properties', PROPERTIES);
  const properties = Object.fromEntries(
    PROPERTIES.map((p): [PropertyId, PropertyEvidenceData] => {
      const f = `properties.${p}`;
      if (propsObj[p] === undefined) fail(f, "is missing: all seven properties are rated, 'not reported' where no source says anything");
      const o = obj(propsObj[p], f);
      noProse(o, f, fail, () => `"${propertyEvidenceRef(id, p).key}"`);
      onlyKeys(o, f, ['rating', 'source']);
      const rating = oneOf(o.rating, `${f}.rating`, RATINGS);
      const src = nullable(o.source, `${f}.source`, source);
      if (rating === 'not reported' && src !== null) fail(`${f}.source`, "must be null with 'not reported' (or rate what the source says)");
      if (rating !== 'not reported' && src === null) fail(`${f}.source`, `must name the source of the rating "${rating}"`);
      return [p, { rating, source: src }];
    }),
  ) as Record<PropertyId, PropertyEvidenceData>;

  // Links into the simulation: a link, or a reason, never both and never neither.
  const s = obj(c.simulation, 'simulation');
  onlyKeys(s, 'simulation', ['grow', 'growReason', 'plate', 'plateReason']);
  const grow = nullable(s.grow, 'simulation.grow', (v, f) => {
    const o = obj(v, f);
    if ('recipePreset' in o) {
      onlyKeys(o, f, ['recipePreset']);
      const recipePreset = str(o.recipePreset, `${f}.recipePreset`);
      if (!(RECIPE_PRESET_IDS as readonly string[]).includes(recipePreset)) {
        fail(`${f}.recipePreset`, `"${recipePreset}" is not a Reactor recipe preset (known: ${RECIPE_PRESET_IDS.join(', ')})`);
      }
      return { recipePreset };
    }
    onlyKeys(o, f, ['process']);
    const process = str(o.process, `${f}.process`);
    if (!context.processIds.has(process)) {
      fail(`${f}.process`, `"${process}" is not a Reactor process (known: ${[...context.processIds].sort().join(', ')})`);
    }
    return { process };
  });
  const plate = nullable(s.plate, 'simulation.plate', (v, f) => {
    const o = obj(v, f);
    onlyKeys(o, f, ['substrates']);
    if (!Array.isArray(o.substrates) || o.substrates.length < 2) fail(`${f}.substrates`, 'must list bare Cu and at least one coated substrate');
    const substrates = (o.substrates as unknown[]).map((x, i) => {
      const id = str(x, `${f}.substrates[${i}]`);
      const parsed = parseSubstrateId(id);
      if (!parsed.ok) fail(`${f}.substrates[${i}]`, `"${id}" is not a Plating-lab substrate (cu, tio2-<1..20>, las11-<25..50>, las14-<25..50>)`);
      return id;
    });
    if (substrates[0] !== 'cu') fail(`${f}.substrates[0]`, 'must be "cu": the Plating lab compares with bare Cu first');
    if (new Set(substrates).size !== substrates.length) fail(`${f}.substrates`, 'lists a substrate twice');
    return { substrates };
  });
  const simulation: SimulationLinks = { grow, plate };
  if (grow === null) simulation.growReason = oneOf(s.growReason, 'simulation.growReason', GROW_REASONS);
  else if (s.growReason !== undefined) fail('simulation.growReason', 'goes only with "grow": null');
  if (plate === null) simulation.plateReason = oneOf(s.plateReason, 'simulation.plateReason', PLATE_REASONS);
  else if (s.plateReason !== undefined) fail('simulation.plateReason', 'goes only with "plate": null');
  // The Plating lab plates on coated Cu only: a card of another pathway links there never, and says why.
  const pathway = oneOf(c.pathway, 'pathway', PATHWAYS);
  const offCopper = PLATE_REASON_OFF_COPPER[pathway];
  if (offCopper && simulation.plateReason !== offCopper) {
    fail('simulation.plate', `a "${pathway}" card does not plate in the Plating lab, which models coated Cu: use "plate": null, "plateReason": "${offCopper}"`);
  }

  return {
    id,
    method: oneOf(c.method, 'method', METHODS),
    pathway,
    material: formula(c.material, 'material'),
    thicknessNm,
    processTemperatureC: nullable(c.processTemperatureC, 'processTemperatureC', num),
    hasFate: bool(c.hasFate, 'hasFate'),
    results,
    properties,
    simulation,
  };
}

/**
 * Checks every coating file (keyed by path) and sources.json together; returns the coatings
 * sorted by id. Ids are unique because each must match its file name (<id>.json).
 */
export function loadCoatings(
  modules: Record<string, { default: unknown }>,
  sources: unknown,
  knownProcessIds: Iterable<string>,
): CoatingData[] {
  const sourceEntries = validateSources(sources);
  const context: CoatingContext = { sourceIds: new Set(Object.keys(sourceEntries)), processIds: new Set(knownProcessIds) };
  const list = Object.keys(modules).map((path) => {
    const fileName = path.split('/').pop() ?? path;
    const coating = validateCoating(modules[path]!.default, fileName, context);
    // The id is the file's name, so two files cannot share one and a card is found by its file.
    if (fileName !== `${coating.id}.json`) {
      throw new CoatingValidationError(fileName, 'id', `must match the file name: the file for "${coating.id}" is ${coating.id}.json`);
    }
    return coating;
  });
  return list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
