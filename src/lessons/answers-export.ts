import type { Lesson, Question } from '../../lessons/build/lesson-types.ts';
import { toCsv } from '../common/export/csv.ts';
import type { LessonWork } from './answer-store.ts';
import { inlineText } from './inline-text.ts';

/** Data, so English headers in every locale (as the charts' CSVs). */
const CSV_COLUMNS = ['lesson', 'version', 'locale', 'step', 'question', 'type', 'prompt', 'answer', 'answerText', 'correct', 'answeredAt'];

interface ExportRow {
  step: number;
  question: string;
  type: Question['type'];
  prompt: string;
  answer: number | string;
  answerText: string;
  correct: boolean | null;
  answeredAt: string;
}

function rows(lesson: Lesson, work: LessonWork): ExportRow[] {
  const out: ExportRow[] = [];
  lesson.steps.forEach((step, i) => {
    for (const block of step.blocks) {
      if (block.k !== 'question') continue;
      const q = block.q;
      const saved = work.answers[q.id];
      if (!saved) continue;
      const answerText = q.type === 'choice' && typeof saved.answer === 'number' ? inlineText(q.choices?.[saved.answer] ?? []) : String(saved.answer);
      out.push({ step: i + 1, question: q.id, type: q.type, prompt: inlineText(q.prompt), answer: saved.answer, answerText, correct: saved.correct, answeredAt: saved.at });
    }
  });
  return out;
}

/** "Export my answers": one JSON document, for a learning platform or a teacher's script. */
export function answersJson(lesson: Lesson, work: LessonWork): string {
  const data = { lesson: lesson.id, version: lesson.version, locale: lesson.locale, title: lesson.title, answers: rows(lesson, work), tasksMet: work.met };
  return JSON.stringify(data, null, 2);
}

/** The same answers as CSV, one row per answered question, for a spreadsheet. */
export function answersCsv(lesson: Lesson, work: LessonWork): string {
  return toCsv(
    CSV_COLUMNS,
    rows(lesson, work).map((r) => [lesson.id, lesson.version, lesson.locale, r.step, r.question, r.type, r.prompt, r.answer, r.answerText,
      r.correct === null ? '' : String(r.correct), r.answeredAt]),
  );
}
