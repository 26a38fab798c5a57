import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createAppProbe } from './app-probe.ts';
import { compileLessons, readLessonFiles } from './compile-lessons.ts';
import { LESSON_ORDER } from './lesson-order.ts';
import type { Lesson, Question } from './lesson-types.ts';
import { expectedGpcNm } from '../../worker/ald/expected.ts';
import { AldModel } from '../../worker/ald/model.ts';
import { findProcess } from '../../worker/ald/processes.ts';
import type { Recipe } from '../../worker/ald/types.ts';
import { PlatingApi } from '../../worker/plating/api.ts';
import type { PlatingResults, SubstrateId } from '../../worker/plating/types.ts';

/**
 * The numeric questions that ask a student to read a value off the simulation: each answer and
 * tolerance in the lesson files must hold what the model shows with the step's own settings, so
 * a change to a model that moves a number a lesson quotes turns this red instead of marking a
 * careful student wrong. Calculations from numbers the step prints are not listed here.
 */

const DIR = fileURLToPath(new URL('../', import.meta.url));
const { compiled } = compileLessons(readLessonFiles(DIR), { label: 'lessons', order: LESSON_ORDER, probe: createAppProbe() });

type Settings = Record<string, unknown>;
/** The seeds a student may meet: the default first, then two they may have typed. */
const SEEDS = [1, 2, 3];

const recipeOf = (s: Settings): Recipe => ({
  pulseAS: Number(s.pulseAS), purgeAS: Number(s.purgeAS), pulseBS: Number(s.pulseBS), purgeBS: Number(s.purgeBS),
  temperatureC: Number(s.temperatureC),
});
/** The chart's expected GPC (Å) for the step's process and recipe, with changes. */
const chartGpcA = (s: Settings, change: Partial<Recipe> = {}) =>
  expectedGpcNm(findProcess(String(s.process)), { ...recipeOf(s), ...change }) * 10;

const platingRuns = new Map<string, PlatingResults[]>();
/** Per-substrate results at the end of a run, as the results table shows them. */
function plated(s: Settings, seed: number, change: Settings = {}): Record<string, PlatingResults> {
  const config = { ...s, ...change };
  const substrates = String(config.substrates).split(',') as SubstrateId[];
  const key = JSON.stringify([substrates, config.currentMAcm2, config.capacityMAhcm2, seed]);
  if (!platingRuns.has(key)) {
    const api = new PlatingApi();
    api.init({ substrates, currentMAcm2: Number(config.currentMAcm2), capacityMAhcm2: Number(config.capacityMAhcm2), seed });
    platingRuns.set(key, api.advance(1).runs.map((r) => r.results));
  }
  return Object.fromEntries(platingRuns.get(key)!.map((r, i) => [substrates[i]!, r]));
}

interface Reading {
  lesson: string;
  question: string;
  /** What the student reads on screen, from the step's settings. */
  read: (s: Settings, seed: number) => number;
}

const READINGS: Reading[] = [
  {
    lesson: 'ald-layer-by-layer', question: 'q-reacted-share',
    read: (s, seed) => {
      const p = findProcess(String(s.process));
      const m = new AldModel(p, recipeOf(s), seed);
      m.stepHalf();
      const c = m.snapshot().counts;
      return (100 * c.reacted) / (c.free + c.reacted + c.blocked);
    },
  },
  { lesson: 'ald-layer-by-layer', question: 'q-underdose-gpc', read: (s) => chartGpcA(s) },
  { lesson: 'ald-layer-by-layer', question: 'q-saturation-5ms', read: (s) => chartGpcA(s, { pulseAS: 0.005 }) },
  { lesson: 'mld-vs-ald', question: 'q-nylon-gpc', read: (s) => chartGpcA(s) },
  { lesson: 'mld-vs-ald', question: 'q-gpc-175', read: (s) => chartGpcA(s, { temperatureC: 175 }) },
  { lesson: 'mld-vs-ald', question: 'q-hq-150', read: (s) => chartGpcA(s, { temperatureC: 150 }) },
  { lesson: 'why-bare-cu-fails', question: 'q-eta-cu', read: (s, seed) => plated(s, seed).cu!.nucleationOverpotentialMV! },
  {
    // The step quotes the two overpotentials; the student cubes their ratio (Pei's density ∝ η³).
    lesson: 'why-bare-cu-fails', question: 'q-pei-ratio',
    read: (s, seed) =>
      (plated(s, seed, { currentMAcm2: 4 }).cu!.nucleationOverpotentialMV! / plated(s, seed).cu!.nucleationOverpotentialMV!) ** 3,
  },
  { lesson: 'why-bare-cu-fails', question: 'q-exposed-cu', read: (s, seed) => plated(s, seed).cu!.exposedAreaRatio },
  { lesson: 'why-bare-cu-fails', question: 'q-faraday', read: (s, seed) => plated(s, seed).cu!.depositThicknessUm },
  { lesson: 'why-bare-cu-fails', question: 'q-porosity-cu', read: (s, seed) => plated(s, seed).cu!.porosity },
  { lesson: 'why-bare-cu-fails', question: 'q-sand-5', read: (s, seed) => plated(s, seed).cu!.sandTimeS! * (10 / 5) ** 2 },
  {
    // The step quotes Sand's time at 5 mA/cm² (its own run stops before it); plated long enough, the model must agree.
    lesson: 'why-bare-cu-fails', question: 'q-sand-capacity',
    read: (s, seed) => (plated(s, seed, { capacityMAhcm2: 4 }).cu!.sandTimeS! * Number(s.currentMAcm2)) / 3600,
  },
  { lesson: 'coatings-on-copper', question: 'q-eta-tio2', read: (s, seed) => plated(s, seed)['tio2-5']!.nucleationOverpotentialMV! },
  {
    lesson: 'coatings-on-copper', question: 'q-density-ratio',
    read: (s, seed) => { const r = plated(s, seed); return r.cu!.nucleiDensityPerCm2 / r['tio2-5']!.nucleiDensityPerCm2; },
  },
  { lesson: 'coatings-on-copper', question: 'q-las-height', read: (s, seed) => plated(s, seed)['las11-50']!.maxToMeanHeight },
  { lesson: 'coatings-on-copper', question: 'q-las-exposed-high', read: (s, seed) => plated(s, seed)['las11-50']!.exposedAreaRatio },
];

function find(lesson: Lesson, questionId: string): { q: Question; settings: Settings } {
  for (const step of lesson.steps) {
    for (const b of step.blocks) if (b.k === 'question' && b.q.id === questionId) return { q: b.q, settings: step.sim?.set ?? {} };
  }
  throw new Error(`${lesson.id}: no question ${questionId}`);
}

describe('numeric answers a student reads off the simulation agree with the model (default seed 1 and seeds 2, 3)', () => {
  it.each(READINGS.map((r) => [`${r.lesson} ${r.question}`, r] as const))('%s', (_, r) => {
    const versions = compiled.lessons.filter((l) => l.id === r.lesson);
    expect(versions.map((l) => l.locale).sort()).toEqual(['en', 'zh-CN']);
    const [en, zh] = versions.map((l) => find(l, r.question));
    // Both languages ask for the same number from the same settings.
    expect([zh!.q.answer, zh!.q.tolerance, zh!.settings]).toEqual([en!.q.answer, en!.q.tolerance, en!.settings]);
    for (const seed of SEEDS) {
      const shown = r.read(en!.settings, seed);
      expect(Math.abs(shown - en!.q.answer!), `seed ${seed}: the model shows ${shown}, the lesson expects ${en!.q.answer} ± ${en!.q.tolerance}`)
        .toBeLessThanOrEqual(en!.q.tolerance!);
    }
  });

  it('lists every numeric question that quotes a step with settings, or says it is a calculation', () => {
    const listed = new Set(READINGS.map((r) => `${r.lesson} ${r.question}`));
    const calculations = new Set([
      'ald-layer-by-layer q-ch4-per-al', 'ald-layer-by-layer q-residual', 'mld-vs-ald q-ratio', 'mld-vs-ald q-repeat-length',
      'coatings-on-copper q-slope-time', 'coatings-on-copper q-asr', 'coatings-on-copper q-tio2-layer',
    ]);
    const unlisted = compiled.lessons.filter((l) => l.locale === 'en').flatMap((l) =>
      l.steps.filter((s) => s.sim?.set).flatMap((s) => s.blocks.flatMap((b) =>
        b.k === 'question' && b.q.type === 'numeric' && !listed.has(`${l.id} ${b.q.id}`) && !calculations.has(`${l.id} ${b.q.id}`)
          ? [`${l.id} ${b.q.id}`] : [])));
    expect(unlisted).toEqual([]);
  });
});
