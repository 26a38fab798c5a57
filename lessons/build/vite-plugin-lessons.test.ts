import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, type Rollup } from 'vite';
import { lessonsPlugin } from './vite-plugin-lessons.ts';
import type { Lesson, LessonSummary, TeacherGuide } from './lesson-types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOOD = fileURLToPath(new URL('./fixtures/good/', import.meta.url));
const ORDER = ['demo-lesson'];
const tmp = mkdtempSync(join(tmpdir(), 'lessons-plugin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the good fixture to change, outside the repository. */
function copyOfGood(name: string): string {
  const dir = join(tmp, name);
  cpSync(GOOD, dir, { recursive: true });
  return dir;
}

const entry = join(tmp, 'entry.js');
writeFileSync(entry, "export { LESSONS, loadLesson, loadTeacherGuide } from 'virtual:lessons';\n");

async function buildWith(dir: string): Promise<Rollup.OutputChunk[]> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    plugins: [lessonsPlugin({ dir, order: ORDER })],
    build: { write: false, lib: { entry, formats: ['es'], fileName: 'entry' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
}

describe('vite build with the lessons plugin', () => {
  it('emits the summaries in the entry and one JSON chunk per lesson and locale', async () => {
    const chunks = await buildWith(GOOD);
    const names = chunks.map((c) => c.name).sort();
    expect(names).toEqual(['demo-lesson-en', 'demo-lesson-zh-CN', 'entry', 'teacher-guide-en', 'teacher-guide-zh-CN']);
    const main = chunks.find((c) => c.name === 'entry')!;
    expect(main.code).toContain('A demo lesson');
    expect(main.code).not.toContain('Which gas leaves in pulse A?');
    const lesson = chunks.find((c) => c.name === 'demo-lesson-zh-CN')!;
    expect(lesson.code).toMatch(/JSON\.parse\(/);
    expect(lesson.code).not.toContain('```');
  });

  it('fails with file:line: reason for a broken lesson', async () => {
    const dir = copyOfGood('broken-build');
    for (const f of ['demo-lesson/index.md', 'demo-lesson/index.zh-CN.md']) {
      const path = join(dir, f);
      writeFileSync(path, readFileSync(path, 'utf8').replace('"pulseAS": 0.02', '"pulseAS": 20'));
    }
    await expect(buildWith(dir)).rejects.toThrow(
      /1 problem in the lessons:\n.*broken-build\/demo-lesson\/index\.md:29: sim\.set\.pulseAS: 20 is out of range \(0\.001 to 10 s\); the app would use 10/,
    );
  });
});

describe('vite dev with the lessons plugin', () => {
  it('serves virtual:lessons and picks up an edited lesson', async () => {
    const dir = copyOfGood('dev');
    const server = await createServer({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      plugins: [lessonsPlugin({ dir, order: ORDER })],
      server: { middlewareMode: true, hmr: false },
    });
    try {
      type Virtual = { LESSONS: LessonSummary[]; loadLesson(id: string, l: string): Promise<Lesson>; loadTeacherGuide(l: string): Promise<TeacherGuide> };
      const load = () => server.ssrLoadModule('virtual:lessons') as Promise<Virtual>;
      const first = await load();
      expect(first.LESSONS.map((l) => l.title.en)).toEqual(['A demo lesson']);
      expect((await first.loadLesson('demo-lesson', 'zh-CN')).title).toBe('演示课程');
      expect((await first.loadTeacherGuide('en')).title).toBe('Teacher guide');
      await expect(first.loadLesson('nope', 'en')).rejects.toThrow('No lesson text nope-en');

      const path = join(dir, 'demo-lesson/index.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('title: A demo lesson', 'title: An edited lesson'));
      let title = '';
      for (let i = 0; i < 100 && title !== 'An edited lesson'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        title = (await load()).LESSONS[0]!.title.en;
      }
      expect(title).toBe('An edited lesson');
    } finally {
      await server.close();
    }
  });
});
