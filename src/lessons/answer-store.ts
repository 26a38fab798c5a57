import type { Answer } from './answer-check.ts';

/** One saved answer, with what the student needs to find it again. */
export interface SavedAnswer {
  /** 1-based step number. */
  step: number;
  answer: Answer;
  correct: boolean | null;
  /** ISO time of the last change. */
  at: string;
}

export interface LessonWork {
  answers: Record<string, SavedAnswer>;
  /** Ids of steps whose task (`waitFor`) the student has met. */
  met: string[];
}

/** The part of Web Storage the store uses, so tests can pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const empty = (): LessonWork => ({ answers: {}, met: [] });

/**
 * A student's answers, kept in the browser per lesson and lesson version (a new version may ask
 * different questions), so they survive a reload and work offline. Storage that is full or
 * switched off loses nothing on screen: the work stays in memory for the session.
 */
export class AnswerStore {
  readonly #storage: KeyValueStorage | null;
  readonly #memory = new Map<string, LessonWork>();

  constructor(storage: KeyValueStorage | null) {
    this.#storage = storage;
  }

  static key(lessonId: string, version: number): string {
    return `interphase.lesson.${lessonId}.v${version}`;
  }

  load(lessonId: string, version: number): LessonWork {
    const key = AnswerStore.key(lessonId, version);
    const kept = this.#memory.get(key);
    if (kept) return kept;
    let work = empty();
    try {
      const raw = this.#storage?.getItem(key);
      if (raw) work = parseWork(raw);
    } catch {
      // Unreadable storage: start empty rather than fail the lesson.
    }
    this.#memory.set(key, work);
    return work;
  }

  save(lessonId: string, version: number, work: LessonWork): void {
    const key = AnswerStore.key(lessonId, version);
    this.#memory.set(key, work);
    try {
      this.#storage?.setItem(key, JSON.stringify(work));
    } catch {
      // Quota or privacy mode: the answers live on in memory for this visit.
    }
  }

  clear(lessonId: string, version: number): void {
    const key = AnswerStore.key(lessonId, version);
    this.#memory.set(key, empty());
    try {
      this.#storage?.removeItem(key);
    } catch {
      // As above.
    }
  }
}

function parseWork(raw: string): LessonWork {
  const data = JSON.parse(raw) as Partial<LessonWork>;
  const answers = data.answers && typeof data.answers === 'object' ? data.answers : {};
  const met = Array.isArray(data.met) ? data.met.filter((m): m is string => typeof m === 'string') : [];
  return { answers, met };
}
