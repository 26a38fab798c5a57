import type { Question } from '../../lessons/build/lesson-types.ts';

/** A student's answer: a choice index, a number, or free text. */
export type Answer = number | string;

/** Right or wrong for choice and numeric questions; null for free text, which a teacher reads. */
export function checkAnswer(q: Question, answer: Answer): boolean | null {
  if (q.type === 'text') return null;
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return false;
  if (q.type === 'choice') return answer === q.answer;
  return Math.abs(answer - q.answer!) <= q.tolerance!;
}
