/** The lessons compiled at build time by lessons/build/vite-plugin-lessons.ts. */
declare module 'virtual:lessons' {
  import type { Lesson, LessonLocale, LessonSummary, TeacherGuide } from '../../lessons/build/lesson-types.ts';

  /** Every lesson, in course order, for the menu; small, in the main bundle. */
  export const LESSONS: LessonSummary[];
  /** One lesson in one language; each is its own chunk, fetched (and precached) on demand. */
  export function loadLesson(id: string, locale: LessonLocale): Promise<Lesson>;
  export function loadTeacherGuide(locale: LessonLocale): Promise<TeacherGuide>;
}
