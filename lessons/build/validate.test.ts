import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createAppProbe } from './app-probe.ts';
import { compileLessons, readLessonFiles } from './compile-lessons.ts';
import { formatProblem } from './problems.ts';

const GOOD = fileURLToPath(new URL('./fixtures/good/', import.meta.url));
const LABEL = 'lessons/build/fixtures/good';
const EN = 'demo-lesson/index.md';
const ZH = 'demo-lesson/index.zh-CN.md';
const probe = createAppProbe();
const base = readLessonFiles(GOOD);

type Edit = (files: Map<string, string>) => void;

function replace(file: string, from: string, to: string): Edit {
  return (files) => {
    const text = files.get(file)!;
    if (!text.includes(from)) throw new Error(`fixture ${file} has no ${JSON.stringify(from)}`);
    files.set(file, text.replace(from, to));
  };
}
/** The same edit in both languages, as a sim block or an answer must be. */
const both = (from: string, to: string): Edit => (files) => [EN, ZH].forEach((f) => replace(f, from, to)(files));

function problems(...edits: Edit[]): string[] {
  const files = new Map(base);
  for (const edit of edits) edit(files);
  return compileLessons(files, { label: LABEL, order: ['demo-lesson'], probe }).problems.map(formatProblem);
}

/** `file:line:` of the first line of the good fixture holding `needle` (the edits keep line numbers). */
function at(file: string, needle: string, nth = 1): string {
  const lines = base.get(file)!.split('\n');
  let seen = 0;
  const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  if (i < 0) throw new Error(`fixture ${file} has no line with ${JSON.stringify(needle)}`);
  return `${LABEL}/${file}:${i + 1}:`;
}

describe('the good fixture', () => {
  const { compiled, problems: found } = compileLessons(base, { label: LABEL, order: ['demo-lesson'], probe });
  const en = compiled.lessons.find((l) => l.locale === 'en')!;
  const zh = compiled.lessons.find((l) => l.locale === 'zh-CN')!;

  it('has no problems and compiles both languages and the guide', () => {
    expect(found.map(formatProblem)).toEqual([]);
    expect(compiled.summaries).toEqual([
      { id: 'demo-lesson', version: 2, level: 'introductory', minutes: 10, title: { en: 'A demo lesson', 'zh-CN': '演示课程' }, steps: 2 },
    ]);
    expect(compiled.guides.map((g) => [g.locale, g.title])).toEqual([['en', 'Teacher guide'], ['zh-CN', '教师指南']]);
  });

  it('turns markdown into typed nodes, never HTML', () => {
    expect(en.intro).toEqual([{ k: 'p', c: ['An introduction that cites ', { k: 'cite', id: 'puurunen2005' }, ' and runs over two lines.'] }]);
    expect(en.learningGoals[0]).toEqual(['Grow a film of ', { k: 'b', c: ['Al₂O₃'] }, ' ', { k: 'cite', id: 'puurunen2005' }, '.']);
    const grow = en.steps[0]!;
    expect(grow.id).toBe('grow');
    expect(grow.title).toEqual(['Grow a film']);
    expect(grow.blocks[0]).toEqual({
      k: 'p',
      c: ['Press ', { k: 'b', c: ['Run it'] }, ' and watch the ', { k: 'i', c: ['film'] }, ' grow; see ', { k: 'code', c: ['pulseAS'] }, ' and ',
        { k: 'a', href: 'https://doi.org/10.1063/1.1940727', c: ['the review'] }, '.'],
    });
    expect(grow.blocks.map((b) => b.k)).toEqual(['p', 'h3', 'ul', 'question', 'question', 'teacher']);
    expect(grow.blocks[5]).toEqual({ k: 'teacher', blocks: [{ k: 'p', c: ['Point at the Film panel.'] }, { k: 'ul', items: [['Ask what repeats.']] }] });
    expect(grow.sim).toEqual({
      set: { screen: 'reactor', process: 'al2o3', pulseAS: 0.02, purgeAS: 60 },
      run: { cycles: 5 },
      look: 'reactor-3d',
      waitFor: { any: [{ key: 'purgeAS', below: 1 }, { key: 'cycle', atLeast: 3 }] },
    });
    expect(en.steps[1]!.blocks[0]).toEqual({ k: 'ol', items: [['Choose the substrates.'], ['Plate.']] });
  });

  it('compiles the three kinds of question', () => {
    const questions = en.steps.flatMap((s) => s.blocks.flatMap((b) => (b.k === 'question' ? [b.q] : [])));
    expect(questions).toEqual([
      {
        id: 'q-choice', type: 'choice', prompt: ['Which gas leaves in pulse A?'], choices: [['Water'], ['Methane']], answer: 1,
        feedback: [['No: water comes in pulse B.'], ['Yes.']], modelAnswer: ['Methane ', { k: 'cite', id: 'puurunen2005' }, '.'],
      },
      { id: 'q-number', type: 'numeric', prompt: ['How many CH₄ leave per Al?'], answer: 3, tolerance: 0.5, unit: 'CH₄/Al', modelAnswer: ['Three.'] },
      { id: 'q-text', type: 'text', prompt: ['Why do dendrites grow?'], modelAnswer: ["Past Sand's time the ions run out at the surface ", { k: 'cite', id: 'webpage' }, '.'] },
    ]);
  });

  it('joins Chinese lines without a space and keeps one between Latin words', () => {
    expect(zh.intro).toEqual([{ k: 'p', c: ['引言引用了 ', { k: 'cite', id: 'puurunen2005' }, '，并且跨越两行。'] }]);
    expect(zh.steps[0]!.sim).toEqual(en.steps[0]!.sim);
  });
});

describe('broken lessons fail with file, line, key and reason', () => {
  it('an unknown key in sim.set', () => {
    const [p, ...rest] = problems(both('"pulseAS": 0.02', '"pulseAZ": 0.02'));
    expect(rest).toEqual([]);
    expect(p).toMatch(/^.*: sim\.set\.pulseAZ: unknown key \(a step may set: screen, speed, process, pulseAS, /);
    expect(p!.startsWith(`${at(EN, '"pulseAS": 0.02')} sim.set.pulseAZ: unknown key`)).toBe(true);
  });

  it('a value the app refuses', () => {
    expect(problems(both('"process": "al2o3"', '"process": "al2o4"'))).toEqual([
      `${at(EN, '"process": "al2o3"')} sim.set.process: "al2o4" is not one of al2o3, al2s3, alucone-eg, alucone-hq, li2s, nylon66, tio2`,
    ]);
    expect(problems(both('"currentMAcm2": 5', '"currentMAcm2": "5"'))).toEqual([
      `${at(EN, '"currentMAcm2": 5')} sim.set.currentMAcm2: "5" is not a number`,
    ]);
  });

  it('a value the app would clamp, with the range and the value it would use', () => {
    expect(problems(both('"pulseAS": 0.02', '"pulseAS": 20'))).toEqual([
      `${at(EN, '"pulseAS": 0.02')} sim.set.pulseAS: 20 is out of range (0.001 to 10 s); the app would use 10`,
    ]);
    expect(problems(both('"substrates": "cu,tio2-5"', '"substrates": "cu,tio2-50"'))).toEqual([
      `${at(EN, '"substrates": "cu,tio2-5"')} sim.set.substrates: "cu,tio2-50" is out of range or not as the app writes it; the app would use "cu,tio2-20"`,
    ]);
  });

  it('keys that are not a step’s to set', () => {
    expect(problems(both('"purgeAS": 60 }', '"purgeAS": 60, "step": 2, "locale": "zh-CN", "cycle": 3 }'))).toEqual([
      `${at(EN, '"purgeAS": 60 }')} sim.set.step: is the lesson player’s own key; a step never sets it`,
      `${at(EN, '"purgeAS": 60 }')} sim.set.locale: is the viewer’s own setting; a step never sets it`,
      `${at(EN, '"purgeAS": 60 }')} sim.set.cycle: read-only`,
    ]);
  });

  it('a missing translation', () => {
    expect(problems((files) => void files.delete(ZH))).toEqual([
      `${LABEL}/${ZH}:1: translation is missing: every lesson needs index.zh-CN.md beside index.md`,
    ]);
    expect(problems((files) => void files.delete('teacher-guide.zh-CN.md'))).toEqual([
      `${LABEL}/teacher-guide.zh-CN.md:1: translation is missing: the teacher guide needs teacher-guide.zh-CN.md beside teacher-guide.md`,
    ]);
  });

  it('step ids that differ between the languages', () => {
    expect(problems(replace(ZH, '{#plate}', '{#plating}'))).toEqual([
      `${at(ZH, '{#plate}')} step 2 is "plating" but index.md has "plate" there (steps must be the same ids in the same order: grow, plate)`,
    ]);
  });

  it('a translated sim block, a changed answer or number', () => {
    expect(problems(replace(ZH, '"run": "toEnd"', '"run": "play"'))).toEqual([
      `${at(ZH, '```sim', 2)} step "plate": sim block differs from index.md (line ${at(EN, '```sim', 2).split(':')[1]}); sim blocks are not translated`,
    ]);
    expect(problems(replace(ZH, 'tolerance: 0.5', 'tolerance: 1'), replace(ZH, 'version: 2', 'version: 3'))).toEqual([
      `${at(ZH, 'version: 2')} version: 3 differs from index.md (2)`,
      `${at(ZH, 'tolerance: 0.5')} question q-number.tolerance: 1 differs from index.md (0.5)`,
    ]);
  });

  it('malformed sim JSON, at its line', () => {
    expect(problems(both('"purgeAS": 60 },', '"purgeAS": 60, },'))).toEqual([
      `${at(EN, '"purgeAS": 60 },')} sim: malformed JSON: Expected double-quoted property name`,
      `${at(ZH, '"purgeAS": 60 },')} sim: malformed JSON: Expected double-quoted property name`,
    ]);
  });

  it('bad questions', () => {
    expect(problems(both('answer: 1\n', 'answer: 2\n'))).toEqual([
      `${at(EN, 'answer: 1')} question q-choice.answer: 2 is not a choice (0 to 1, counted from 0)`,
      `${at(ZH, 'answer: 1')} question q-choice.answer: 2 is not a choice (0 to 1, counted from 0)`,
    ]);
    expect(problems(both('tolerance: 0.5', 'tolerance: 0'))).toEqual([
      `${at(EN, 'tolerance: 0.5')} question q-number.tolerance: 0 must be greater than 0`,
      `${at(ZH, 'tolerance: 0.5')} question q-number.tolerance: 0 must be greater than 0`,
    ]);
    expect(problems(replace(EN, '  - "Yes."\n', ''))).toEqual([
      `${at(EN, 'feedback:')} question q-choice.feedback: has 1 entries for 2 choices (one per choice)`,
      `${at(ZH, 'feedback:')} question q-choice.feedback: 2 entries, index.md has 1`,
    ]);
    expect(problems(replace(EN, 'modelAnswer: "Three."\n', ''))).toEqual([
      `${at(EN, 'id: q-number')} question q-number.modelAnswer: is missing`,
      `${at(ZH, '```question', 2)} step "grow": questions q-choice, q-number differ from index.md (q-choice)`,
    ]);
    expect(problems(both('type: text', 'type: essay'))).toEqual([
      `${at(EN, 'type: text')} question q-text.type: "essay" is not one of choice, numeric, text`,
      `${at(ZH, 'type: text')} question q-text.type: "essay" is not one of choice, numeric, text`,
    ]);
    expect(problems(both('id: q-text', 'id: q-number'))).toEqual([
      `${at(EN, '```question', 3)} question q-number: id is used twice (first at line ${at(EN, '```question', 2).split(':')[1]})`,
      `${at(ZH, '```question', 3)} question q-number: id is used twice (first at line ${at(ZH, '```question', 2).split(':')[1]})`,
    ]);
  });

  it('a source that is never cited', () => {
    expect(problems(both('[webpage]', ''))).toEqual([
      `${at(EN, '  - id: webpage')} sources[1].id: "webpage" is never cited; cite it as [webpage] or remove it`,
      `${at(ZH, '  - id: webpage')} sources[1].id: "webpage" is never cited; cite it as [webpage] or remove it`,
    ]);
  });

  it('a citation that names no source', () => {
    expect(problems(replace(EN, 'modelAnswer: "Three."', 'modelAnswer: "Three [george2010]."'))).toEqual([
      `${at(EN, 'modelAnswer: "Three."')} [george2010]: cites no source of this lesson (sources: puurunen2005, webpage)`,
    ]);
  });

  it('an unknown look id and a run for another screen', () => {
    expect(problems(both('"look": "reactor-3d"', '"look": "reactor-4d"'))).toEqual([
      `${at(EN, '"look": "reactor-3d"')} sim.look: "reactor-4d" is not one of reactor-3d, reactor-recipe, reactor-readouts, reactor-thickness-chart, reactor-saturation-chart, reactor-sequence, plating-setup, plating-top-views, plating-sections, plating-3d, plating-charts, plating-potential-chart, plating-exposed-chart, plating-diameter-charts, plating-snapshots, plating-results`,
      `${at(ZH, '"look": "reactor-3d"')} sim.look: "reactor-4d" is not one of reactor-3d, reactor-recipe, reactor-readouts, reactor-thickness-chart, reactor-saturation-chart, reactor-sequence, plating-setup, plating-top-views, plating-sections, plating-3d, plating-charts, plating-potential-chart, plating-exposed-chart, plating-diameter-charts, plating-snapshots, plating-results`,
    ]);
    expect(problems(both('"run": { "cycles": 5 }', '"run": "toEnd"'))).toEqual([
      `${at(EN, '"run": { "cycles": 5 }')} sim.run: "toEnd" needs the plating screen (runToEnd), but this step shows reactor`,
    ]);
    // Opened by its own link, a step without `screen` shows the first screen, whatever the step before set.
    expect(problems(both('"screen": "plating", ', ''))).toEqual([
      `${at(EN, '"run": "toEnd"')} sim.run: "toEnd" needs the plating screen (runToEnd), but this step shows reactor`,
    ]);
    expect(problems(both('"run": { "cycles": 5 }', '"run": { "cycles": 501 }'))).toEqual([
      `${at(EN, '"run": { "cycles": 5 }')} sim.run: runCycles(n) takes an integer from 1 to 500, not 501`,
    ]);
  });

  it('waitFor keys that get() does not know, or tests that cannot be met', () => {
    expect(problems(both('{ "key": "cycle", "atLeast": 3 }', '{ "key": "cycles", "atLeast": 3 }'))[0]).toMatch(
      /: sim\.waitFor\.any\[1\]\.key: "cycles" is not a key of get\(\) \(known: screen, .*results\.<substrate>\.<field>\)$/,
    );
    expect(problems(both('"results.cu.sandTimeS"', '"results.cu.sandTime"'))).toEqual([
      `${at(EN, '"results.cu.sandTimeS"')} sim.waitFor.all[1].key: "results.cu.sandTime": sandTime is not a result (known: nucleationOverpotentialMV, plateauPotentialMV, nucleiDensityPerCm2, nucleiCounted, meanNucleusDiameterUm, exposedAreaRatio, roughnessRel, maxToMeanHeight, depositHeightUm, porosity, depositThicknessUm, sandTimeS, dendriteOnsetS, coulombicEfficiency, deadLiMAhcm2, seiLossMAhcm2)`,
    ]);
    expect(problems(both('"includes": "tio2-"', '"includes": "gold"'))).toEqual([
      `${at(EN, '"includes": "tio2-"')} sim.waitFor.all[0].includes: "gold" is neither a substrate nor the start of one (kinds: cu, tio2, las11, las14)`,
    ]);
    expect(problems(both('"key": "purgeAS", "below": 1', '"key": "purgeAS", "below": 0.05'))).toEqual([
      `${at(EN, '"key": "purgeAS", "below": 1')} sim.waitFor.any[0].below: 0.05 can never be met: purgeAS runs from 0.1 to 300`,
    ]);
    expect(problems(both('"key": "purgeAS", "below": 1', '"key": "purgeAS", "atLeast": 301'))).toEqual([
      `${at(EN, '"key": "purgeAS", "below": 1')} sim.waitFor.any[0].atLeast: 301 can never be met: purgeAS runs from 0.1 to 300`,
    ]);
    expect(problems(both('"key": "purgeAS", "below": 1', '"key": "purgeAS", "atLeast": 300'))).toEqual([]);
    expect(problems(both('{ "key": "cycle", "atLeast": 3 }', '{ "key": "cycle" }'))).toEqual([
      `${at(EN, '"key": "cycle", "atLeast": 3')} sim.waitFor.any[1]: needs one of equals, atLeast, atMost, below, above, includes`,
      `${at(ZH, '"key": "cycle", "atLeast": 3')} sim.waitFor.any[1]: needs one of equals, atLeast, atMost, below, above, includes`,
    ]);
  });

  it('front matter against lessons/schema.json', () => {
    expect(problems(both('level: introductory', 'level: beginner'), both('minutes: 10', 'minutes: 45'))).toEqual([
      `${at(EN, 'level:')} level: "beginner" is not one of introductory, intermediate, advanced`,
      `${at(EN, 'minutes:')} minutes: 45 is out of range (10 to 20)`,
      `${at(ZH, 'level:')} level: "beginner" is not one of introductory, intermediate, advanced`,
      `${at(ZH, 'minutes:')} minutes: 45 is out of range (10 to 20)`,
    ]);
    expect(problems(both('    url: https://example.org/page\n', ''))).toEqual([
      `${at(EN, '  - id: webpage')} sources[1]: needs doi or url`,
      `${at(ZH, '  - id: webpage')} sources[1]: needs doi or url`,
    ]);
    expect(problems(replace(EN, 'id: demo-lesson', 'id: demo'), replace(ZH, 'id: demo-lesson', 'id: demo'))).toEqual([
      `${at(EN, 'id: demo-lesson')} id: "demo" must be the folder name "demo-lesson"`,
      `${at(ZH, 'id: demo-lesson')} id: "demo" must be the folder name "demo-lesson"`,
    ]);
  });

  it('markdown outside the lesson format', () => {
    expect(problems(replace(EN, '## Plate lithium {#plate}', '## Plate lithium'))[0]).toBe(
      `${at(EN, '## Plate lithium')} step heading must end with {#step-id}: ## <title> {#<step-id>}`,
    );
    expect(problems(both('{#plate}', '{#grow}'))).toEqual([
      `${at(EN, '{#plate}')} step id "grow" is used twice (first at line ${at(EN, '{#grow}').split(':')[1]})`,
      `${at(ZH, '{#plate}')} step id "grow" is used twice (first at line ${at(ZH, '{#grow}').split(':')[1]})`,
    ]);
    expect(problems(replace(EN, 'runs over two lines.', 'runs <b>over</b> [two](http://example.org) lines.'))).toEqual([
      `${at(EN, 'runs over two lines.')} raw HTML "<b>" is not allowed; use markdown`,
      `${at(EN, 'runs over two lines.')} raw HTML "</b>" is not allowed; use markdown`,
      `${at(EN, 'runs over two lines.')} link "http://example.org": only https:// links are allowed`,
    ]);
    expect(problems(replace(EN, '- The coverage.', '- The coverage.\n  - nested'))).toEqual([
      `${at(EN, '- The coverage.')} list items hold one paragraph each (lists have one level)`,
    ]);
    expect(problems(replace(EN, '1. Choose the substrates.', '> A quote.\n\n1. Choose the substrates.'))[0]).toBe(
      `${at(EN, '1. Choose the substrates.')} a blockquote must be a teacher note starting with > [!teacher]`,
    );
  });

  it('a second sim block in a step', () => {
    const second = '```sim\n{ "look": "plating-3d" }\n```\n\n';
    expect(problems(replace(EN, '### What to watch', `${second}### What to watch`))).toEqual([
      `${at(EN, '### What to watch')} step "grow" has a second sim block (first at line ${at(EN, '```sim').split(':')[1]})`,
    ]);
  });

  it('a lesson folder outside the course order, and a guide link to a missing step', () => {
    expect(problems((files) => void files.set('extra/index.md', files.get(EN)!))).toEqual([
      `${LABEL}/extra/index.md:1: lesson folder "extra" is not in the course order (lessons/build/lesson-order.ts: demo-lesson)`,
    ]);
    expect(problems(replace('teacher-guide.md', 'step=2', 'step=3'))).toEqual([
      `${LABEL}/teacher-guide.md:5: lesson=demo-lesson&step=3: demo-lesson has steps 1 to 2`,
    ]);
    expect(problems(replace('teacher-guide.md', '`reactorSeed` |', '|'))).toEqual([
      `${LABEL}/teacher-guide.md:1: the teacher guide does not list the URL keys \`reactorSeed\` (write each in a code span)`,
    ]);
  });
});
