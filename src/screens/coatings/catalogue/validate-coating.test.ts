import { describe, expect, it } from 'vitest';
import good from './fixtures/fixture-coating.json';
import fixtureSources from './fixtures/fixture-sources.json';
import { loadCoatings, validateCoating, validateSources, type CoatingContext } from './validate-coating.ts';

const brokenFiles = import.meta.glob<{ default: unknown }>('./fixtures/broken-*.json', { eager: true });

const context: CoatingContext = { sourceIds: new Set(Object.keys(fixtureSources)), processIds: new Set(['fixture-process', 'al2o3']) };

type Json = Record<string, any>;
/** The good fixture with one change made to a copy. */
function mutated(change: (d: Json) => void): Json {
  const d = structuredClone(good) as Json;
  change(d);
  return d;
}
const check = (d: unknown) => () => validateCoating(d, 'fixture-coating.json', context);

describe('validateCoating: the good fixture', () => {
  it('passes, and comes back field for field as written (nothing dropped, nothing added)', () => {
    expect(validateCoating(good, 'fixture-coating.json', context)).toStrictEqual(good);
  });
});

describe('validateCoating: each broken fixture file names the file and the field', () => {
  const expected: Record<string, RegExp> = {
    'broken-prose-name.json': /^broken-prose-name\.json: field "name" is text for the screen: .*"coatingsData\.fixture-coating\.name"/,
    'broken-finding-with-value.json': /^broken-finding-with-value\.json: field "results\[1\]\.value" must be null for a finding/,
    'broken-unknown-source.json': /^broken-unknown-source\.json: field "results\[0\]\.source" names "nobody2099", which is not in sources\.json/,
    'broken-missing-property.json': /^broken-missing-property\.json: field "properties\.adherent" is missing/,
    'broken-bad-substrate.json': /^broken-bad-substrate\.json: field "simulation\.plate\.substrates\[1\]" "tio2-50" is not a Plating-lab substrate/,
  };
  it('has a fixture for every expectation and an expectation for every fixture', () => {
    expect(Object.keys(brokenFiles).map((p) => p.split('/').pop()).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [name, message] of Object.entries(expected)) {
    it(name, () => {
      expect(() => validateCoating(brokenFiles[`./fixtures/${name}`]!.default, name, context)).toThrow(message);
    });
  }
});

describe('validateCoating: one mistake at a time', () => {
  const cases: [string, (d: Json) => void, RegExp][] = [
    ['an id with capitals', (d) => (d.id = 'Fixture'), /field "id" must be lower-case/],
    ['the reserved id "compared"', (d) => (d.id = 'compared'), /field "id" "compared" is a reserved catalogue key/],
    ['an unknown method', (d) => (d.method = 'cvd'), /field "method" must be one of "ald", "mld", "hybrid", got "cvd"/],
    ['an unknown pathway', (d) => (d.pathway = 'separator'), /field "pathway" must be one of/],
    ['a thickness range upside down', (d) => (d.thicknessNm = [10, 1]), /field "thicknessNm\[1\]" must be above min \(10\)/],
    ['a negative thickness', (d) => (d.thicknessNm = -3), /field "thicknessNm" must be greater than 0/],
    ['a missing temperature (null is how to say none)', (d) => delete d.processTemperatureC, /field "processTemperatureC" is missing \(write null/],
    ['a misspelt field', (d) => (d.thicknesNm = 5), /field "thicknesNm" is not a field of this object/],
    ['a summary in the data', (d) => (d.summary = 'x'), /field "summary" is text for the screen: .*"coatingsData\.fixture-coating\.summary"/],
    ['a fate text in the data', (d) => (d.fate = 'x'), /field "fate" is text for the screen: .*coatingsData\.fixture-coating\.fate", with "hasFate": true/],
    ['evidence words in a property', (d) => (d.properties.uniform.evidence = 'x'), /field "properties\.uniform\.evidence" is text .*"coatingsData\.fixture-coating\.property\.uniform"/],
    ['words in a result', (d) => (d.results[0].text = 'x'), /field "results\[0\]\.text" is text .*"coatingsData\.fixture-coating\.result\.lifetime", with "hasText": true/],
    ['an unknown quantity', (d) => (d.results[0].quantity = 'lifetime'), /field "results\[0\]\.quantity" must be one of/],
    ['an unknown unit', (d) => (d.results[0].unit = 'hours'), /field "results\[0\]\.unit" must be one of/],
    ['a unit that does not fit the quantity', (d) => (d.results[0].unit = 'min'), /field "results\[0\]\.unit" must be "h" for symmetricLifetime, got "min"/],
    ['a value given as text', (d) => (d.results[0].value = '> 200'), /field "results\[0\]\.value" must be a finite number/],
    ['an unknown bound', (d) => (d.results[0].bound = '>='), /field "results\[0\]\.bound" must be one of ">", "<", "~"/],
    ['a bound on a finding', (d) => (d.results[1].bound = '>'), /field "results\[1\]\.bound" goes only with a number/],
    ['a unit on a finding', (d) => (d.results[1].unit = 'h'), /field "results\[1\]\.unit" must be null for a finding/],
    ['hasText on a finding', (d) => (d.results[1].hasText = true), /field "results\[1\]\.hasText" is implied for a finding/],
    ['hasText false', (d) => (d.results[0].hasText = false), /field "results\[0\]\.hasText" is either true or left out/],
    ['two results with one id', (d) => (d.results[1].id = 'lifetime'), /field "results\[1\]\.id" "lifetime" is used twice/],
    ['a comparison in another unit', (d) => (d.results[0].comparedWith.unit = 'min'), /field "results\[0\]\.comparedWith\.unit" must be the result's own unit \("h"\)/],
    ['a comparison label that is not a key', (d) => (d.results[0].comparedWith.label = 'bare Li'), /field "results\[0\]\.comparedWith\.label" must be lower-case/],
    ['a condition left out', (d) => delete d.results[0].conditions.electrolyte, /field "results\[0\]\.conditions\.electrolyte" is missing/],
    ['a zero current', (d) => (d.results[0].conditions.currentMAcm2 = 0), /field "results\[0\]\.conditions\.currentMAcm2" must be greater than 0/],
    ['an unknown rating', (d) => (d.properties.uniform.rating = 'maybe'), /field "properties\.uniform\.rating" must be one of "yes", "partial", "no", "not reported"/],
    ['a source with "not reported"', (d) => (d.properties.uniform.source = 'fixture-source'), /field "properties\.uniform\.source" must be null with 'not reported'/],
    ['a rating without a source', (d) => (d.properties.chemicallyStable.source = null), /field "properties\.chemicallyStable\.source" must name the source of the rating "partial"/],
    ['a property source not in sources.json', (d) => (d.properties.chemicallyStable.source = 'kozen'), /field "properties\.chemicallyStable\.source" names "kozen", which is not in sources\.json/],
    ['an eighth property', (d) => (d.properties.cheap = { rating: 'yes', source: 'fixture-source' }), /field "properties\.cheap" is not a field/],
    ['a Reactor process that does not exist', (d) => (d.simulation.grow.process = 'zro2'), /field "simulation\.grow\.process" "zro2" is not a Reactor process \(known: al2o3, fixture-process\)/],
    ['a recipe preset that does not exist', (d) => (d.simulation.grow = { recipePreset: 'las99' }), /field "simulation\.grow\.recipePreset" "las99" is not a Reactor recipe preset \(known: tio2-5nm, /],
    ['a process and a preset in one link', (d) => (d.simulation.grow = { recipePreset: 'tio2-5nm', process: 'al2o3' }), /field "simulation\.grow/],
    ['no grow link and no reason', (d) => (d.simulation.grow = null), /field "simulation\.growReason" must be one of "no-half-reactions", "not-modelled", got undefined/],
    ['a grow link and a reason', (d) => (d.simulation.growReason = 'not-modelled'), /field "simulation\.growReason" goes only with "grow": null/],
    ['no plate link and no reason', (d) => (d.simulation.plate = null), /field "simulation\.plateReason" must be one of "coats-li", "3d-host", "not-modelled"/],
    ['a plate link and a reason', (d) => (d.simulation.plateReason = 'coats-li'), /field "simulation\.plateReason" goes only with "plate": null/],
    ['bare Cu not first', (d) => (d.simulation.plate.substrates = ['tio2-5', 'cu']), /field "simulation\.plate\.substrates\[0\]" must be "cu"/],
    ['bare Cu alone', (d) => (d.simulation.plate.substrates = ['cu']), /field "simulation\.plate\.substrates" must list bare Cu and at least one coated/],
    ['a substrate twice', (d) => (d.simulation.plate.substrates = ['cu', 'tio2-5', 'tio2-5']), /lists a substrate twice/],
    ['a substrate spelled loosely', (d) => (d.simulation.plate.substrates = ['cu', 'TiO2-5']), /"TiO2-5" is not a Plating-lab substrate/],
    ['a card that coats Li with a Plating-lab link', (d) => (d.pathway = 'coating-on-li'), /field "simulation\.plate" a "coating-on-li" card does not plate in the Plating lab, which models coated Cu: use "plate": null, "plateReason": "coats-li"/],
    ['a 3D host given the coats-li reason', (d) => Object.assign(d, { pathway: '3d-host', simulation: { ...d.simulation, plate: null, plateReason: 'coats-li' } }), /"plateReason": "3d-host"/],
    ['a word in the material', (d) => (d.material = 'TiO2 film'), /field "material" "TiO2 film" has a word in it/],
    ['hasFate as a string', (d) => (d.hasFate = 'yes'), /field "hasFate" must be true or false/],
  ];
  for (const [what, change, message] of cases) {
    it(what, () => {
      expect(check(mutated(change))).toThrow(message);
    });
  }

  it('a plate reason given alone is accepted, and so is a grow reason', () => {
    const d = mutated((x) => {
      x.simulation = { grow: null, growReason: 'no-half-reactions', plate: null, plateReason: 'coats-li' };
    });
    expect(validateCoating(d, 'fixture-coating.json', context).simulation).toStrictEqual(d.simulation);
  });
});

describe('validateSources', () => {
  it('passes the fixture sources unchanged', () => {
    expect(validateSources(fixtureSources)).toStrictEqual(fixtureSources);
  });
  const cases: [string, unknown, RegExp][] = [
    ['a DOI written as a link', { a: { authors: 'A', journal: 'J', year: 2020, doi: 'https://doi.org/10.1/x' } }, /field "a\.doi" must be a bare DOI/],
    ['a year as text', { a: { authors: 'A', journal: 'J', year: '2020' } }, /field "a\.year" must be a year/],
    ['a reference number of zero', { a: { authors: 'A', journal: 'J', year: 2020, reviewRef: 0 } }, /field "a\.reviewRef" must be the review's reference number/],
    ['a title, which the entry does not hold', { a: { authors: 'A', journal: 'J', year: 2020, title: 'T' } }, /field "a\.title" is not a field/],
    ['an id with a space', { 'a b': { authors: 'A', journal: 'J', year: 2020 } }, /field "a b" must be lower-case/],
  ];
  for (const [what, data, message] of cases) {
    it(what, () => expect(() => validateSources(data)).toThrow(message));
  }
});

describe('loadCoatings', () => {
  const file = (d: unknown) => ({ default: d });
  it('sorts by id and checks each file name against its id', () => {
    const other = mutated((d) => (d.id = 'another-coating'));
    const list = loadCoatings(
      { './x/fixture-coating.json': file(good), './x/another-coating.json': file(other) },
      fixtureSources,
      ['fixture-process'],
    );
    expect(list.map((c) => c.id)).toEqual(['another-coating', 'fixture-coating']);
  });
  it('refuses a file whose name is not its id (so two files cannot share an id)', () => {
    expect(() => loadCoatings({ './x/copy.json': file(good) }, fixtureSources, ['fixture-process'])).toThrow(
      /^copy\.json: field "id" must match the file name: the file for "fixture-coating" is fixture-coating\.json/,
    );
  });
  it('checks the sources file too', () => {
    expect(() => loadCoatings({}, { bad: { authors: 'A', year: 2020 } }, [])).toThrow(/^sources\.json: field "bad\.journal"/);
  });
  it('checks grow links against the process ids it is given', () => {
    expect(() => loadCoatings({ './x/fixture-coating.json': file(good) }, fixtureSources, ['al2o3'])).toThrow(
      /"fixture-process" is not a Reactor process \(known: al2o3\)/,
    );
  });
});
