import type { Heading, RootContent } from 'mdast';
import schema from '../schema.json' with { type: 'json' };
import type { Block, Lesson, LessonLocale, Question, Sim, Source, Step } from './lesson-types.ts';
import type { FileProblems } from './problems.ts';
import { checkSchema, showPath, type KeyPath } from './schema-check.ts';
import { bodyTree, inlineField, jsonLines, parseYaml, splitFrontMatter, type YamlSource } from './source-text.ts';
import { toBlocks, type Fence } from './parse-blocks.ts';
import { lineOf, toInline, type InlineContext } from './inline.ts';

export interface SimSource {
  /** File line of the opening fence. */
  line: number;
  value: Sim;
  /** File line of a key inside the block. */
  lineOf(path: KeyPath): number;
}

export interface QuestionSource {
  line: number;
  q: Question;
  lineOf(path: KeyPath): number;
}

export interface StepSource {
  id: string;
  line: number;
  sim: SimSource | null;
  questions: QuestionSource[];
}

/** A lesson file, compiled, with the lines the later checks (app, translation) point at. */
export interface LessonSource {
  file: string;
  lesson: Lesson;
  frontMatter: YamlSource;
  steps: StepSource[];
}

const SLUG = new RegExp(schema.$defs.slug.pattern);
const STEP_HEADING = /\s*\{#([^}]*)\}\s*$/;

/** Parses and checks one lesson file on its own; app and translation checks come after. */
export function parseLesson(text: string, locale: LessonLocale, problems: FileProblems): LessonSource {
  const split = splitFrontMatter(text);
  const frontMatter = readFrontMatter(split.frontMatter, problems);
  const fm = (frontMatter.value ?? {}) as Record<string, unknown>;
  const sources = Array.isArray(fm.sources) ? (fm.sources as Source[]).filter((s) => s && typeof s.id === 'string') : [];
  const ctx: InlineContext = {
    sources: new Set(sources.map((s) => s.id)),
    cited: new Set(),
    problem: (line, message) => problems.at(line, message),
  };
  const goals = Array.isArray(fm.learningGoals) ? fm.learningGoals : [];
  const lesson: Lesson = {
    id: String(fm.id ?? ''),
    version: Number(fm.version ?? 0),
    locale,
    title: String(fm.title ?? ''),
    level: fm.level as Lesson['level'],
    minutes: Number(fm.minutes ?? 0),
    learningGoals: goals.map((g, i) => inlineField(String(g), frontMatter.lineOf(['learningGoals', i]), ctx, showPath('learningGoals', [i]))),
    sources: sources.map((s) => ({ id: s.id, citation: s.citation, ...(s.doi ? { doi: String(s.doi) } : {}), ...(s.url ? { url: s.url } : {}) })),
    intro: [],
    steps: [],
  };

  const steps: StepSource[] = [];
  const questionIds = new Map<string, number>();
  const tree = bodyTree(split);
  let pending: RootContent[] = [];
  let current: { step: Step; source: StepSource } | null = null;

  const flush = () => {
    const place = current ? 'step' : 'intro';
    const blocks = toBlocks(pending, place, current?.source.line ?? split.bodyLine, {
      ...ctx,
      fence: (f) => (current ? fence(f, current, questionIds, ctx, problems) : null),
    });
    if (current) current.step.blocks.push(...blocks);
    else lesson.intro.push(...blocks);
    pending = [];
  };

  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 2) {
      if (node.type === 'heading' && node.depth === 1) problems.at(lineOf(node, 1), '# heading is not allowed; the title is in the front matter and steps are ## headings');
      else pending.push(node);
      continue;
    }
    flush();
    const next = stepHeading(node, ctx, problems);
    if (steps.some((s) => s.id === next.id)) {
      problems.at(next.line, `step id "${next.id}" is used twice (first at line ${steps.find((s) => s.id === next.id)!.line})`);
    }
    const source: StepSource = { id: next.id, line: next.line, sim: null, questions: [] };
    current = { step: { id: next.id, title: next.title, blocks: [] }, source };
    lesson.steps.push(current.step);
    steps.push(source);
  }
  flush();
  // A block refused above was not read for citations, so only a clean file can tell a source is unused.
  const clean = problems.list.length === 0;
  lesson.sources.forEach((s, i) => {
    if (clean && !ctx.cited.has(s.id)) problems.at(frontMatter.lineOf(['sources', i, 'id']), `sources[${i}].id: "${s.id}" is never cited; cite it as [${s.id}] or remove it`);
  });
  if (steps.length === 0) problems.at(split.bodyLine, 'the lesson has no steps (## <title> {#<step-id>})');
  return { file: problems.file, lesson, frontMatter, steps };
}

function readFrontMatter(text: string | null, problems: FileProblems): YamlSource {
  if (text === null) {
    problems.at(1, 'front matter is missing: the file must start with --- and YAML');
    return { value: null, lineOf: () => 1 };
  }
  const yaml = parseYaml(text, 2, (line, message) => problems.at(line, message), 'front matter');
  if (yaml.value !== null) for (const issue of checkSchema('frontMatter', yaml.value, '')) problems.at(yaml.lineOf(issue.path), issue.message);
  return yaml;
}

function stepHeading(node: Heading, ctx: InlineContext, problems: FileProblems): { id: string; title: Step['title']; line: number } {
  const line = lineOf(node, 1);
  const last = node.children[node.children.length - 1];
  const m = last?.type === 'text' ? STEP_HEADING.exec(last.value) : null;
  if (!m || last?.type !== 'text') {
    problems.at(line, 'step heading must end with {#step-id}: ## <title> {#<step-id>}');
    return { id: `line-${line}`, title: toInline(node.children, line, ctx), line };
  }
  const id = m[1]!;
  if (!SLUG.test(id)) problems.at(line, `step id "${id}" must be lowercase letters, digits and single hyphens`);
  const children = [...node.children.slice(0, -1), { ...last, value: last.value.slice(0, m.index) }];
  return { id, title: toInline(children, line, ctx), line };
}

function fence(
  f: Fence,
  current: { step: Step; source: StepSource },
  questionIds: Map<string, number>,
  ctx: InlineContext,
  problems: FileProblems,
): Block | null {
  if (f.lang === 'sim') {
    const sim = readSim(f, problems);
    if (current.source.sim) problems.at(f.line, `step "${current.step.id}" has a second sim block (first at line ${current.source.sim.line})`);
    else if (sim) {
      current.source.sim = sim;
      current.step.sim = sim.value;
    }
    return null;
  }
  const q = readQuestion(f, questionIds, ctx, problems);
  if (!q) return null;
  current.source.questions.push(q);
  return { k: 'question', q: q.q };
}

function readSim(f: Fence, problems: FileProblems): SimSource | null {
  const firstLine = f.line + 1;
  let value: unknown;
  try {
    value = JSON.parse(f.text);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(text);
    const line = at ? firstLine + f.text.slice(0, Number(at[1])).split('\n').length - 1 : f.line;
    problems.at(line, `sim: malformed JSON: ${text.replace(/ in JSON at position \d+.*$/, '')}`);
    return null;
  }
  const lineOfKey = jsonLines(f.text, firstLine);
  const issues = checkSchema('sim', value, 'sim');
  for (const issue of issues) problems.at(lineOfKey(issue.path), issue.message);
  return issues.length > 0 ? null : { line: f.line, value: value as Sim, lineOf: lineOfKey };
}

function readQuestion(f: Fence, ids: Map<string, number>, ctx: InlineContext, problems: FileProblems): QuestionSource | null {
  const yaml = parseYaml(f.text, f.line + 1, (line, message) => problems.at(line, message), 'question');
  if (yaml.value === null) return null;
  const raw = yaml.value as Record<string, unknown>;
  const name = typeof raw?.id === 'string' ? `question ${raw.id}` : 'question';
  const issues = checkSchema('question', raw, name);
  for (const issue of issues) problems.at(yaml.lineOf(issue.path), issue.message);
  if (issues.length > 0) return null;

  const id = raw.id as string;
  if (ids.has(id)) problems.at(f.line, `${name}: id is used twice (first at line ${ids.get(id)})`);
  else ids.set(id, f.line);
  const field = (key: string, value: unknown, path: KeyPath = [key]) => inlineField(String(value), yaml.lineOf(path), ctx, showPath(name, path));
  const q: Question = { id, type: raw.type as Question['type'], prompt: field('prompt', raw.prompt), modelAnswer: [] };
  const choices = raw.choices as string[] | undefined;
  if (choices) q.choices = choices.map((c, i) => field('choices', c, ['choices', i]));
  if (raw.answer !== undefined) q.answer = raw.answer as number;
  if (raw.tolerance !== undefined) q.tolerance = raw.tolerance as number;
  if (raw.unit !== undefined) q.unit = raw.unit as string;
  const feedback = raw.feedback as string[] | undefined;
  if (feedback) q.feedback = feedback.map((c, i) => field('feedback', c, ['feedback', i]));
  q.modelAnswer = field('modelAnswer', raw.modelAnswer);

  if (q.type === 'choice' && choices && (q.answer! >= choices.length)) {
    problems.at(yaml.lineOf(['answer']), `${name}.answer: ${q.answer} is not a choice (0 to ${choices.length - 1}, counted from 0)`);
  }
  if (feedback && choices && feedback.length !== choices.length) {
    problems.at(yaml.lineOf(['feedback']), `${name}.feedback: has ${feedback.length} entries for ${choices.length} choices (one per choice)`);
  }
  return { line: f.line, q, lineOf: yaml.lineOf };
}
