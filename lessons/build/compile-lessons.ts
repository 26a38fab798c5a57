import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AppProbe } from './app-probe.ts';
import { LESSON_LOCALES, type Lesson, type LessonLocale, type LessonSummary, type TeacherGuide } from './lesson-types.ts';
import { FileProblems, type Problem } from './problems.ts';
import { parseLesson, type LessonSource } from './parse-lesson.ts';
import { parseGuide, guideCodeWords, guideText, type GuideSource } from './parse-guide.ts';
import { checkAgainstApp } from './check-app.ts';
import { checkTranslation } from './check-translation.ts';

/** The text of a lessons folder: paths relative to it (`mld-vs-ald/index.md`), missing files absent. */
export type LessonFiles = ReadonlyMap<string, string>;

export interface CompiledLessons {
  summaries: LessonSummary[];
  lessons: Lesson[];
  guides: TeacherGuide[];
}

export interface CompileOptions {
  /** The folder as authors see it in messages, from the project root: `lessons`. */
  label: string;
  /** Lesson ids in menu order; every folder must be one of them. */
  order: readonly string[];
  probe: AppProbe;
}

export const lessonFile = (id: string, locale: LessonLocale) => `${id}/${locale === 'en' ? 'index.md' : `index.${locale}.md`}`;
export const guideFile = (locale: LessonLocale) => (locale === 'en' ? 'teacher-guide.md' : `teacher-guide.${locale}.md`);

/** Reads the lesson folders and the teacher guide of a lessons folder (nothing else in it). */
export function readLessonFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const read = (rel: string) => {
    const path = join(dir, rel);
    if (existsSync(path)) files.set(rel, readFileSync(path, 'utf8'));
  };
  for (const name of readdirSync(dir)) {
    if (!statSync(join(dir, name)).isDirectory()) continue;
    for (const file of readdirSync(join(dir, name))) if (/^index(\.[A-Za-z-]+)?\.md$/.test(file)) read(`${name}/${file}`);
  }
  for (const locale of LESSON_LOCALES) read(guideFile(locale));
  return files;
}

/**
 * Parses and checks every lesson and the teacher guide; the compiled form is only for a
 * folder without problems (the build refuses to ship the rest).
 */
export function compileLessons(files: LessonFiles, o: CompileOptions): { compiled: CompiledLessons; problems: Problem[] } {
  const problems: Problem[] = [];
  const track = (rel: string) => {
    const p = new FileProblems(`${o.label}/${rel}`);
    return { p, done: () => problems.push(...p.list) };
  };
  const folders = [...new Set([...files.keys()].filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))];
  for (const id of folders.filter((f) => !o.order.includes(f))) {
    const { p, done } = track(lessonFile(id, 'en'));
    p.at(1, `lesson folder "${id}" is not in the course order (lessons/build/lesson-order.ts: ${o.order.join(', ')})`);
    done();
  }

  const compiled: CompiledLessons = { summaries: [], lessons: [], guides: [] };
  for (const id of o.order) {
    const sources = new Map<LessonLocale, LessonSource>();
    for (const locale of LESSON_LOCALES) {
      const rel = lessonFile(id, locale);
      const { p, done } = track(rel);
      const text = files.get(rel);
      if (text === undefined) {
        p.at(1, locale === 'en' ? `lesson "${id}" is missing (${rel})` : `translation is missing: every lesson needs ${rel.split('/')[1]} beside index.md`);
        done();
        continue;
      }
      const source = parseLesson(text, locale, p);
      if (source.lesson.id && source.lesson.id !== id) p.at(source.frontMatter.lineOf(['id']), `id: "${source.lesson.id}" must be the folder name "${id}"`);
      if (locale === 'en') checkAgainstApp(source, o.probe, p);
      const en = sources.get('en');
      if (locale !== 'en' && en) checkTranslation(en, source, p);
      sources.set(locale, source);
      done();
    }
    const en = sources.get('en');
    if (!en) continue;
    compiled.lessons.push(...[...sources.values()].map((s) => s.lesson));
    compiled.summaries.push({
      id,
      version: en.lesson.version,
      level: en.lesson.level,
      minutes: en.lesson.minutes,
      title: Object.fromEntries(LESSON_LOCALES.map((l) => [l, sources.get(l)?.lesson.title ?? en.lesson.title])) as LessonSummary['title'],
      steps: en.lesson.steps.length,
    });
  }

  const guides: GuideSource[] = [];
  for (const locale of LESSON_LOCALES) {
    const rel = guideFile(locale);
    const { p, done } = track(rel);
    const text = files.get(rel);
    if (text === undefined) p.at(1, locale === 'en' ? 'the teacher guide is missing' : `translation is missing: the teacher guide needs ${rel} beside teacher-guide.md`);
    else {
      const guide = parseGuide(text, locale, p);
      checkGuide(guide, text, guides[0], compiled.summaries, o, p);
      guides.push(guide);
      compiled.guides.push(guide.guide);
    }
    done();
  }
  return { compiled, problems };
}

/** The guide lists every lesson and every URL key (issue 8); a translation keeps its sections and tables. */
function checkGuide(guide: GuideSource, raw: string, en: GuideSource | undefined, lessons: readonly LessonSummary[], o: CompileOptions, p: FileProblems): void {
  const text = guideText(guide.guide.blocks);
  const missingLessons = o.order.filter((id) => !text.includes(id));
  if (missingLessons.length > 0) p.at(1, `the teacher guide does not name the lessons ${missingLessons.join(', ')}`);
  for (const m of raw.matchAll(/[?&]lesson=([a-z0-9-]+)(?:&step=(\d+))?/g)) {
    const line = raw.slice(0, m.index).split('\n').length;
    const lesson = lessons.find((l) => l.id === m[1]);
    if (!lesson) p.at(line, `${m[0].slice(1)}: no lesson "${m[1]}" (lessons: ${o.order.join(', ')})`);
    else if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > lesson.steps)) {
      p.at(line, `${m[0].slice(1)}: ${m[1]} has steps 1 to ${lesson.steps}`);
    }
  }
  const words = guideCodeWords(guide.guide.blocks);
  const missingKeys = o.probe.writableKeys().filter((k) => !words.has(k));
  if (missingKeys.length > 0) p.at(1, `the teacher guide does not list the URL keys ${missingKeys.map((k) => `\`${k}\``).join(', ')} (write each in a code span)`);
  if (!en) return;
  const shape = (g: GuideSource) => g.outline.map((x) => (x.kind === 'table' ? `table of ${x.columns} columns` : 'section')).join(', ');
  if (shape(en) !== shape(guide)) {
    const i = en.outline.findIndex((x, n) => guide.outline[n]?.kind !== x.kind || guide.outline[n]?.columns !== x.columns);
    const at = guide.outline[i < 0 ? en.outline.length : i] ?? guide.outline[guide.outline.length - 1];
    p.at(at?.line ?? 1, `sections and tables differ from ${en.file.split('/').pop()} (there: ${shape(en) || 'none'})`);
  }
}
