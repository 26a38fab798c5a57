import type { Lesson, LessonSummary, Question, Step } from '../../lessons/build/lesson-types.ts';
import type { AppCore } from '../app/app-core.ts';
import { Observable } from '../common/state/observable.ts';
import { msg, t } from '../i18n/i18n.ts';
import type { LocaleId } from '../i18n/locales.ts';
import { checkAnswer, type Answer } from './answer-check.ts';
import type { AnswerStore, LessonWork } from './answer-store.ts';
import { conditionKeys, conditionMet } from './conditions.ts';
import { NO_LESSON, type LessonSettings } from './lesson-settings.ts';

/** What a course page receives for every answer, when the app is embedded. */
export interface AnswerEvent {
  interphase: 1;
  event: 'answer';
  lesson: string;
  step: number;
  question: string;
  answer: Answer;
  correct: boolean | null;
}

export interface LessonSessionOptions {
  core: AppCore;
  settings: LessonSettings;
  summaries: readonly LessonSummary[];
  load(id: string, locale: 'en' | 'zh-CN'): Promise<Lesson>;
  store: AnswerStore;
  /** Keys the opening link gave: the first step opened leaves them as the link says. */
  linkKeys: ReadonlySet<string>;
  /** Posts an answer to the embedding page (nothing when not embedded). */
  postAnswer(event: AnswerEvent): void;
}

/** The lesson text's language: the app's, or English for a locale lessons are not written in (en-XA). */
export function lessonLocale(locale: LocaleId): 'en' | 'zh-CN' {
  return locale === 'zh-CN' ? 'zh-CN' : 'en';
}

/**
 * Drives the simulation from the open lesson: loads its text in the app's language, applies a
 * step's settings when the step is opened (by the panel, a link or set({step})) and pauses,
 * watches the step's task, and keeps the student's answers. Steps never lock: any may be opened.
 */
export class LessonSession {
  readonly lesson = new Observable<Lesson | null>(null);
  readonly work = new Observable<LessonWork>({ answers: {}, met: [] });
  /** Whether the open step's task is met now (null: the step has none). */
  readonly taskMet = new Observable<boolean | null>(null);
  /** Set each time a step opens that points at a view, so the app can open the panel that holds it. */
  readonly openedLook = new Observable<{ look: string } | null>(null);

  readonly #o: LessonSessionOptions;
  #request = 0;
  /** The lesson id and step last applied to the simulation, so a language switch re-applies nothing. */
  #applied: { id: string; step: number } | null = null;
  #firstStep = true;
  #stopWatch: (() => void)[] = [];

  constructor(options: LessonSessionOptions) {
    this.#o = options;
    const { settings, core } = options;
    settings.lesson.subscribe(() => void this.#load());
    core.app.locale.subscribe(() => void this.#load());
    settings.step.subscribe(() => this.#openStep());
    void this.#load();
  }

  get summary(): LessonSummary | undefined {
    return this.#o.summaries.find((s) => s.id === this.#o.settings.lesson.value);
  }

  /** The open step (0-based index into lesson.steps), clamped to the lesson. */
  get stepIndex(): number {
    const n = this.lesson.value?.steps.length ?? 1;
    return Math.min(Math.max(this.#o.settings.step.value, 1), n) - 1;
  }

  get step(): Step | undefined {
    return this.lesson.value?.steps[this.stepIndex];
  }

  open(id: string): void {
    this.#o.core.apply({ lesson: id, step: 1 }, 'common.origin.control');
  }

  close(): void {
    this.#o.core.apply({ lesson: NO_LESSON }, 'common.origin.control');
  }

  goTo(stepNumber: number): void {
    this.#o.core.apply({ step: stepNumber }, 'common.origin.control');
  }

  /** The step's "Run it": what its `sim.run` asks for, through the host API. */
  async run(): Promise<void> {
    const run = this.step?.sim?.run;
    const api = this.#o.core.api;
    if (!run) return;
    if (run === 'play') await api.play();
    else if (run === 'toEnd') await api.runToEnd();
    else await api.runCycles(run.cycles);
  }

  answer(q: Question, answer: Answer): boolean | null {
    const lesson = this.lesson.value;
    if (!lesson) return null;
    const correct = checkAnswer(q, answer);
    const step = this.stepIndex + 1;
    const work: LessonWork = {
      ...this.work.value,
      answers: { ...this.work.value.answers, [q.id]: { step, answer, correct, at: new Date().toISOString() } },
    };
    this.#save(lesson, work);
    this.#o.postAnswer({ interphase: 1, event: 'answer', lesson: lesson.id, step, question: q.id, answer, correct });
    return correct;
  }

  clearAnswers(): void {
    const lesson = this.lesson.value;
    if (!lesson) return;
    this.#o.store.clear(lesson.id, lesson.version);
    this.work.set(this.#o.store.load(lesson.id, lesson.version));
    this.#watchTask();
  }

  async #load(): Promise<void> {
    const id = this.#o.settings.lesson.value;
    const request = ++this.#request;
    if (id === NO_LESSON || !this.#o.summaries.some((s) => s.id === id)) {
      this.lesson.set(null);
      this.#applied = null;
      this.#watchTask();
      return;
    }
    try {
      const lesson = await this.#o.load(id, lessonLocale(this.#o.core.app.locale.value));
      if (request !== this.#request) return;
      this.work.set(this.#o.store.load(lesson.id, lesson.version));
      this.lesson.set(lesson);
      this.#openStep();
    } catch {
      if (request !== this.#request) return;
      this.#o.core.warnings.add([msg('lessons.loadFailed', { lesson: id })]);
    }
  }

  /** Clamps the step to the lesson and, when it is a new step, sets the simulation as it says. */
  #openStep(): void {
    const lesson = this.lesson.value;
    if (!lesson) return;
    const asked = this.#o.settings.step.value;
    const n = lesson.steps.length;
    if (asked > n) {
      this.#o.core.warnings.add([msg('lessons.stepOutOfRange', { value: asked, steps: n, lesson: lesson.title })]);
      this.#o.core.state.set({ step: n });
      return;
    }
    const here = { id: lesson.id, step: asked };
    if (this.#applied?.id === here.id && this.#applied.step === here.step) {
      this.#watchTask();
      return;
    }
    this.#applied = here;
    const set = { ...(this.step?.sim?.set ?? {}) };
    // The opening link's own values win once, so a reload keeps what the student changed.
    if (this.#firstStep) for (const key of this.#o.linkKeys) delete set[key];
    this.#firstStep = false;
    if (Object.keys(set).length > 0) this.#o.core.apply(set, 'common.origin.lesson');
    const look = this.step?.sim?.look;
    if (look) this.openedLook.set({ look });
    void this.#o.core.api.pause();
    this.#watchTask();
  }

  /** Follows the open step's task on the keys it reads; a task met once stays met. */
  #watchTask(): void {
    for (const stop of this.#stopWatch) stop();
    this.#stopWatch = [];
    const lesson = this.lesson.value;
    const step = this.step;
    const condition = step?.sim?.waitFor;
    if (!lesson || !step || !condition) {
      this.taskMet.set(null);
      return;
    }
    const { state, announcer } = this.#o.core;
    const check = () => {
      const met = this.work.value.met.includes(step.id) || conditionMet(condition, (k) => state.get(k));
      if (met && !this.taskMet.value) {
        if (!this.work.value.met.includes(step.id)) {
          this.#save(lesson, { ...this.work.value, met: [...this.work.value.met, step.id] });
          announcer.announce(t('lessons.task.metAnnounce'));
        }
      }
      this.taskMet.set(met);
    };
    this.taskMet.set(null);
    for (const key of conditionKeys(condition)) if (state.has(key)) this.#stopWatch.push(state.observe(key, check));
    check();
  }

  #save(lesson: Lesson, work: LessonWork): void {
    this.#o.store.save(lesson.id, lesson.version, work);
    this.work.set(work);
  }
}
