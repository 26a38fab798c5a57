import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type { AppProbe } from './app-probe.ts';
import { compileLessons, readLessonFiles, type CompiledLessons } from './compile-lessons.ts';
import { LESSON_ORDER } from './lesson-order.ts';
import type { LessonLocale } from './lesson-types.ts';
import { LessonBuildError } from './problems.ts';

export interface LessonsPluginOptions {
  /** The lessons folder; `<root>/lessons` when left out. Tests point it at fixtures. */
  dir?: string;
  /** Lesson ids in menu order; the course's own (lesson-order.ts) when left out. */
  order?: readonly string[];
}

const PUBLIC_ID = 'virtual:lessons';
/** One module per lesson and locale, `virtual:lessons/<id>-<locale>`, so each is its own (precached) chunk, named so. */
const PART_PREFIX = `${PUBLIC_ID}/`;
const GUIDE = 'teacher-guide';
const PROBE = fileURLToPath(new URL('./app-probe.ts', import.meta.url));

/** Inlined as a string and parsed once: JSON.parse is faster than a JS object literal of the same data. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

function indexModule(c: CompiledLessons): string {
  const parts = [...c.lessons.map((l) => partName(l.id, l.locale)), ...c.guides.map((g) => partName(GUIDE, g.locale))];
  const loaders = parts.map((p) => `  ${JSON.stringify(p)}: () => import(${JSON.stringify(PART_PREFIX + p)}),`).join('\n');
  return `export const LESSONS = JSON.parse(${JSON.stringify(JSON.stringify(c.summaries))});
const parts = {
${loaders}
};
function part(name) {
  const load = parts[name];
  return load ? load().then((m) => m.default) : Promise.reject(new Error('No lesson text ' + name));
}
export const loadLesson = (id, locale) => part(id + '-' + locale);
export const loadTeacherGuide = (locale) => part('${GUIDE}-' + locale);
`;
}

/**
 * Parses and checks lessons/ at build start (and again when a lesson changes in dev) and serves
 * them as `virtual:lessons`: summaries for the menu and one JSON chunk per lesson and locale.
 * Any problem fails `vite build` with file:line: reason for each. The app's own parameter
 * checks run in Node through Vite's module runner (the screens use import.meta.glob).
 */
export function lessonsPlugin(options: LessonsPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let command: 'build' | 'serve' = 'build';
  let compiled: Promise<CompiledLessons> | null = null;
  /** The files the last compile read, for `vite build --watch`. */
  let read: string[] = [];

  const compile = (): Promise<CompiledLessons> =>
    (compiled ??= (async () => {
      const { module } = await runnerImport<{ createAppProbe(): AppProbe }>(PROBE, { configFile: false, root, logLevel: 'error' });
      const label = relative(root, dir).split(sep).join('/') || '.';
      const files = readLessonFiles(dir);
      read = [...files.keys()].map((rel) => join(dir, rel));
      const result = compileLessons(files, { label, order: options.order ?? LESSON_ORDER, probe: module.createAppProbe() });
      if (result.problems.length > 0) throw new LessonBuildError(result.problems);
      return result.compiled;
    })());

  /** The files readLessonFiles reads: `<id>/index*.md` and `teacher-guide*.md`, not the fixtures in build/. */
  const isLessonFile = (file: string) =>
    /^(?:(?!build\/)[^/]+\/index|teacher-guide)(?:\.[A-Za-z-]+)?\.md$/.test(relative(dir, file).split(sep).join('/'));

  const watch = (server: ViteDevServer) => {
    server.watcher.add(dir);
    const changed = (file: string) => {
      if (!isLessonFile(file)) return;
      compiled = null;
      for (const env of Object.values(server.environments)) {
        for (const [id, mod] of env.moduleGraph.idToModuleMap) if (id.startsWith(`\0${PUBLIC_ID}`)) env.moduleGraph.invalidateModule(mod);
      }
      compile().catch((error: unknown) => server.config.logger.error(String(error instanceof Error ? error.message : error)));
      server.ws.send({ type: 'full-reload' });
    };
    for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
  };

  return {
    name: 'interphase:lessons',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'lessons');
      command = config.command;
    },
    async buildStart() {
      if (command === 'build') await compile();
      // In dev the server starts anyway; a problem shows in the terminal and in the overlay once the app loads lessons.
      else compile().catch((error: unknown) => this.warn(String(error instanceof Error ? error.message : error)));
    },
    configureServer: watch,
    watchChange(id) {
      if (isLessonFile(id)) compiled = null;
    },
    resolveId(id) {
      if (id === PUBLIC_ID || id.startsWith(PART_PREFIX)) return `\0${id}`;
      return null;
    },
    async load(id) {
      if (!id.startsWith(`\0${PUBLIC_ID}`)) return null;
      const c = await compile();
      if (command === 'build') for (const file of read) this.addWatchFile(file);
      if (id === `\0${PUBLIC_ID}`) return indexModule(c);
      const part = id.slice(1 + PART_PREFIX.length);
      const found = [...c.lessons, ...c.guides].find((x) => partName('id' in x ? x.id : GUIDE, x.locale) === part);
      if (!found) this.error(`${id.slice(1)}: no such lesson text`);
      return jsonModule(found);
    },
  };
}

function partName(id: string, locale: LessonLocale): string {
  return `${id}-${locale}`;
}
