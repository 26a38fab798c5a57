import type { PublicState } from '../common/embed/public-state.ts';
import type { Observable } from '../common/state/observable.ts';

/** The value of `lesson` while none is open. */
export const NO_LESSON = 'none';
/** Upper bound of `step` in a link; the open lesson's own step count clamps it further. */
export const MAX_LESSON_STEPS = 40;

/** What a link, set() and the menu know of a lesson before its text is loaded. */
export interface LessonListing {
  id: string;
  steps: number;
}

export interface LessonSettings {
  lesson: Observable<string>;
  /** 1-based, as in a link. */
  step: Observable<number>;
  teacher: Observable<'on' | 'off'>;
}

/** Keys a lesson's own steps never set, and Reset All leaves alone. */
export const LESSON_KEYS: ReadonlySet<string> = new Set(['lesson', 'step', 'teacher']);

export function registerLessonSettings(state: PublicState, lessons: readonly LessonListing[]): LessonSettings {
  return {
    // Shared only while a lesson is open, so a plain link never names one.
    lesson: state.writable<string>('lesson', { kind: 'enum', values: [NO_LESSON, ...lessons.map((l) => l.id)] }, NO_LESSON, 'unlessInitial'),
    step: state.writable<number>('step', { kind: 'number', min: 1, max: MAX_LESSON_STEPS, integer: true, unit: '' }, 1, 'unlessInitial'),
    teacher: state.writable<'on' | 'off'>('teacher', { kind: 'enum', values: ['on', 'off'] }, 'off', 'unlessInitial'),
  };
}
