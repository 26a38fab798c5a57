import type { Block, LessonSummary } from '../../lessons/build/lesson-types.ts';
import type { LessonSession } from './lesson-session.ts';

/** What the shell needs of the lessons: built once in main.ts. */
export interface LessonServices {
  session: LessonSession;
  summaries: readonly LessonSummary[];
  loadGuide(locale: 'en' | 'zh-CN'): Promise<{ title: string; blocks: Block[] }>;
}

/** The browser's storage, or none where a sandboxed frame or privacy mode forbids it. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
