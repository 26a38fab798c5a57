import type { LessonSource, QuestionSource, StepSource } from './parse-lesson.ts';
import type { FileProblems } from './problems.ts';
import { showValue } from './schema-check.ts';

/** Stable text of a value, with object keys sorted, so two sim blocks compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

const FRONT_MATTER_FIELDS = ['id', 'version', 'level', 'minutes'] as const;
const QUESTION_FIELDS = ['type', 'answer', 'tolerance', 'unit'] as const;

/**
 * A translation changes prose only: the numbers, ids, sources, steps, sim blocks and answers
 * must be the English file's. Problems are reported at the translation's lines.
 */
export function checkTranslation(en: LessonSource, tr: LessonSource, problems: FileProblems): void {
  const enName = en.file.split('/').pop()!;
  for (const field of FRONT_MATTER_FIELDS) {
    if (en.lesson[field] !== tr.lesson[field]) {
      problems.at(tr.frontMatter.lineOf([field]), `${field}: ${showValue(tr.lesson[field])} differs from ${enName} (${showValue(en.lesson[field])})`);
    }
  }
  if (en.lesson.learningGoals.length !== tr.lesson.learningGoals.length) {
    problems.at(tr.frontMatter.lineOf(['learningGoals']), `learningGoals: ${tr.lesson.learningGoals.length} goals, ${enName} has ${en.lesson.learningGoals.length}`);
  }
  if (canonical(en.lesson.sources) !== canonical(tr.lesson.sources)) {
    problems.at(tr.frontMatter.lineOf(['sources']), `sources: must be the same as in ${enName} (ids ${en.lesson.sources.map((s) => s.id).join(', ')}; citations and DOIs are not translated)`);
  }
  const enIds = en.steps.map((s) => s.id);
  const trIds = tr.steps.map((s) => s.id);
  if (enIds.join('\n') !== trIds.join('\n')) {
    const i = enIds.findIndex((id, n) => trIds[n] !== id);
    const at = i < 0 ? enIds.length : i;
    const line = tr.steps[at]?.line ?? tr.steps[tr.steps.length - 1]?.line ?? 1;
    problems.at(line, `step ${at + 1} is ${showValue(trIds[at] ?? null)} but ${enName} has ${showValue(enIds[at] ?? null)} there (steps must be the same ids in the same order: ${enIds.join(', ')})`);
    return;
  }
  en.steps.forEach((step, i) => checkStep(step, tr.steps[i]!, enName, problems));
}

function checkStep(en: StepSource, tr: StepSource, enName: string, problems: FileProblems): void {
  if (canonical(en.sim?.value ?? null) !== canonical(tr.sim?.value ?? null)) {
    const where = en.sim ? `line ${en.sim.line}` : 'none';
    problems.at(tr.sim?.line ?? tr.line, `step "${tr.id}": sim block differs from ${enName} (${where}); sim blocks are not translated`);
  }
  const enQ = en.questions.map((q) => q.q.id);
  const trQ = tr.questions.map((q) => q.q.id);
  if (enQ.join('\n') !== trQ.join('\n')) {
    const i = enQ.findIndex((id, n) => trQ[n] !== id);
    problems.at(tr.questions[i < 0 ? enQ.length : i]?.line ?? tr.line, `step "${tr.id}": questions ${trQ.join(', ') || 'none'} differ from ${enName} (${enQ.join(', ') || 'none'})`);
    return;
  }
  en.questions.forEach((q, i) => checkQuestion(q, tr.questions[i]!, enName, problems));
}

function checkQuestion(en: QuestionSource, tr: QuestionSource, enName: string, problems: FileProblems): void {
  const name = `question ${tr.q.id}`;
  for (const field of QUESTION_FIELDS) {
    if (en.q[field] !== tr.q[field]) {
      problems.at(tr.lineOf([field]), `${name}.${field}: ${showValue(tr.q[field] ?? null)} differs from ${enName} (${showValue(en.q[field] ?? null)})`);
    }
  }
  const counts = [
    ['choices', en.q.choices?.length ?? 0, tr.q.choices?.length ?? 0],
    ['feedback', en.q.feedback?.length ?? 0, tr.q.feedback?.length ?? 0],
  ] as const;
  for (const [field, enCount, trCount] of counts) {
    if (enCount !== trCount) problems.at(tr.lineOf([field]), `${name}.${field}: ${trCount} entries, ${enName} has ${enCount}`);
  }
}
