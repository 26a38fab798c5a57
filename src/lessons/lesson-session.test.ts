import { describe, expect, it } from 'vitest';
import type { Lesson, LessonSummary } from '../../lessons/build/lesson-types.ts';
import { createAppCore } from '../app/app-core.ts';
import { fixtureScreen, type FixtureInstance } from '../app/fixtures/fixture-screen.ts';
import { queryFor } from '../common/query/url-state.ts';
import { tr } from '../i18n/i18n.ts';
import { AnswerStore, type KeyValueStorage } from './answer-store.ts';
import { LessonSession, type AnswerEvent } from './lesson-session.ts';

/** A lesson of three steps on two fixture screens, written here only. */
function fixtureLesson(locale: 'en' | 'zh-CN'): Lesson {
  const q = { id: 'q1', type: 'numeric' as const, prompt: ['Level?'], answer: 3, tolerance: 0.5, unit: '', modelAnswer: ['3'] };
  return {
    id: 'demo', version: 2, locale, title: locale === 'en' ? 'Demo' : '演示', level: 'introductory', minutes: 10,
    learningGoals: [], sources: [], intro: [],
    steps: [
      { id: 'one', title: ['One'], blocks: [], sim: { set: { screen: 'alpha', alphaLevel: 2 }, look: 'alpha-chart' } },
      { id: 'two', title: ['Two'], blocks: [{ k: 'question', q }], sim: { set: { screen: 'beta', betaLevel: 8 }, waitFor: { key: 'betaLevel', below: 4 } } },
      { id: 'three', title: ['Three'], blocks: [] },
    ],
  };
}
const SUMMARY: LessonSummary = { id: 'demo', version: 2, level: 'introductory', minutes: 10, title: { en: 'Demo', 'zh-CN': '演示' }, steps: 3 };

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function build(search: string, storage = memoryStorage()) {
  const core = createAppCore([fixtureScreen('alpha'), fixtureScreen('beta')], {
    search, languages: ['en'], announcer: { announce: () => {} }, reducedMotion: () => false, openHelp: () => {}, lessons: [SUMMARY],
  });
  const posted: AnswerEvent[] = [];
  const loads: string[] = [];
  const session = new LessonSession({
    core, settings: core.lessons, summaries: [SUMMARY], store: new AnswerStore(storage),
    load: async (id, locale) => {
      loads.push(`${id}/${locale}`);
      return fixtureLesson(locale);
    },
    linkKeys: new Set(new URLSearchParams(search).keys()), postAnswer: (e) => void posted.push(e),
  });
  return { core, session, posted, loads, storage };
}
const settle = () => new Promise((r) => setTimeout(r, 0));
const warningsOf = (core: ReturnType<typeof build>['core']) => core.warnings.list.value.map((w) => tr(w.message)).join(' ');

describe('lesson session', () => {
  it('a link opens the lesson at its step, set as the step says, paused; the link names lesson and step', async () => {
    const { core, session } = build('?lesson=demo&step=2');
    await settle();
    expect(session.step?.id).toBe('two');
    expect(core.app.screen.value).toBe('beta');
    expect(core.state.get('betaLevel')).toBe(8);
    const beta = core.screens.find((s) => s.definition.id === 'beta')!.instance as FixtureInstance;
    expect(beta.calls).toContain('pause');
    expect(queryFor(core.state)).toContain('lesson=demo');
    expect(queryFor(core.state)).toContain('step=2');
  });

  it('a step that points at a view tells the app each time it opens, so the panel holding the view opens with it', async () => {
    const { core, session } = build('?lesson=demo&step=1');
    await settle();
    const seen: string[] = [];
    expect(session.openedLook.value).toEqual({ look: 'alpha-chart' });
    session.openedLook.subscribe((o) => o && seen.push(o.look));
    await core.api.set({ step: 3 });
    await core.api.set({ step: 1 });
    expect(seen).toEqual(['alpha-chart']);
  });

  it("the link's own values win on opening (a reload keeps what the student changed)", async () => {
    const { core } = build('?lesson=demo&step=2&betaLevel=1');
    await settle();
    expect(core.state.get('betaLevel')).toBe(1);
  });

  it('set({step}) opens any step, in any order; a step past the end is named and the last one shown', async () => {
    const { core, session } = build('?lesson=demo');
    await settle();
    expect(session.step?.id).toBe('one');
    await core.api.set({ step: 3 });
    expect(session.step?.id).toBe('three');
    await core.api.set({ step: 1 });
    expect(core.state.get('alphaLevel')).toBe(2);
    await core.api.set({ step: 9 });
    expect(core.state.get('step')).toBe(3);
    expect(warningsOf(core)).toContain('Step 9 does not exist in “Demo”, which has 3 steps');
  });

  it('an unknown lesson is named in the warning and the app opens without one; no lesson, no link key', async () => {
    const { core, session } = build('?lesson=nope');
    await settle();
    expect(session.lesson.value).toBeNull();
    expect(warningsOf(core)).toContain('"lesson" = "nope"');
    expect(queryFor(core.state)).not.toContain('lesson=');
  });

  it('answers are checked, kept across a reload, and posted for an embedding page', async () => {
    const storage = memoryStorage();
    const first = build('?lesson=demo&step=2', storage);
    await settle();
    const q = first.session.step!.blocks[0]!;
    if (q.k !== 'question') throw new Error('fixture');
    expect(first.session.answer(q.q, 3.4)).toBe(true);
    expect(first.posted).toEqual([{ interphase: 1, event: 'answer', lesson: 'demo', step: 2, question: 'q1', answer: 3.4, correct: true }]);
    const again = build('?lesson=demo&step=2', storage);
    await settle();
    expect(again.session.work.value.answers.q1).toMatchObject({ answer: 3.4, correct: true, step: 2 });
    again.session.clearAnswers();
    expect(build('?lesson=demo', storage).session.work.value.answers).toEqual({});
  });

  it("a step's task is met by the student's own change, and stays met", async () => {
    const { core, session } = build('?lesson=demo&step=2');
    await settle();
    expect(session.taskMet.value).toBe(false);
    core.apply({ betaLevel: 3 });
    expect(session.taskMet.value).toBe(true);
    core.apply({ betaLevel: 9 });
    expect(session.taskMet.value).toBe(true);
    expect(session.work.value.met).toEqual(['two']);
  });

  it('a language switch reloads the text in that language and sets nothing again', async () => {
    const { core, session, loads } = build('?lesson=demo&step=2');
    await settle();
    core.apply({ betaLevel: 5 });
    core.apply({ locale: 'zh-CN' });
    await settle();
    expect(loads).toEqual(['demo/en', 'demo/zh-CN']);
    expect(session.lesson.value?.title).toBe('演示');
    expect(core.state.get('betaLevel')).toBe(5);
  });

  it('Reset All keeps the lesson open at its step', async () => {
    const { core, session } = build('?lesson=demo&step=2');
    await settle();
    await core.resetAll();
    expect(core.state.get('lesson')).toBe('demo');
    expect(session.step?.id).toBe('two');
  });
});
