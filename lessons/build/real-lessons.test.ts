import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { createAppProbe } from './app-probe.ts';
import { compileLessons, guideFile, lessonFile, readLessonFiles } from './compile-lessons.ts';
import { LESSON_LOCALES } from './lesson-types.ts';
import { LESSON_ORDER } from './lesson-order.ts';
import { formatProblem } from './problems.ts';

const DIR = fileURLToPath(new URL('../', import.meta.url));

describe('the real lessons in lessons/', () => {
  const files = readLessonFiles(DIR);

  it('are all there: every lesson of the course and the teacher guide, in both languages', () => {
    const expected = [...LESSON_ORDER.flatMap((id) => LESSON_LOCALES.map((l) => lessonFile(id, l))), ...LESSON_LOCALES.map(guideFile)];
    // On failure the diff lists what was found beside what the course needs.
    expect([...files.keys()].sort()).toEqual(expected.sort());
  });

  it('validate without a problem', () => {
    const { compiled, problems } = compileLessons(files, { label: 'lessons', order: LESSON_ORDER, probe: createAppProbe() });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(compiled.summaries.map((s) => s.id)).toEqual(LESSON_ORDER);
    for (const s of compiled.summaries) {
      expect(s.minutes).toBeGreaterThanOrEqual(10);
      expect(s.minutes).toBeLessThanOrEqual(20);
      expect(s.title['zh-CN']).not.toBe(s.title.en);
    }
  });
});
