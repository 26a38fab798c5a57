import { readFileSync } from 'node:fs';
import { test, expect, openCoursePage, seriousViolations, scrollThrough } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { LESSON_ORDER } from '../lessons/build/lesson-order.ts';
import { lessonFile } from '../lessons/build/compile-lessons.ts';
import { parseLesson } from '../lessons/build/parse-lesson.ts';
import { FileProblems } from '../lessons/build/problems.ts';
import type { Lesson } from '../lessons/build/lesson-types.ts';
import { PANEL_OF_LOOK } from '../src/screens/plating/plating-settings.ts';
import { REACTOR_PANEL_OF_LOOK } from '../src/screens/reactor/reactor-settings.ts';

/** The lessons as the build compiles them, read here to know what each step must set. */
function lesson(id: string, locale: 'en' | 'zh-CN' = 'en'): Lesson {
  const file = lessonFile(id, locale);
  return parseLesson(readFileSync(`lessons/${file}`, 'utf8'), locale, new FileProblems(file)).lesson;
}

const panel = (page: Page) => page.locator('ip-lesson-panel');

/** The visible height of the element over the height it could show (its own, at most the window's). */
function shownInWindow(locator: import('@playwright/test').Locator): Promise<number> {
  return locator.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const visible = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return visible / Math.max(1, Math.min(r.height, innerHeight));
  });
}

async function openStep(page: Page, id: string, step: number, extra = ''): Promise<void> {
  await page.goto(`./?lesson=${id}&step=${step}${extra}`);
  await page.waitForFunction(() => window.interphase !== undefined);
  await expect(panel(page).locator('#step-title')).toBeVisible();
}

for (const id of LESSON_ORDER) {
  test(`every step of "${id}" opens by link, set as the step says, paused, with no console error`, async ({ page }) => {
    test.setTimeout(240_000);
    const l = lesson(id);
    for (const [i, step] of l.steps.entries()) {
      await openStep(page, id, i + 1);
      await expect(page.getByRole('complementary', { name: l.title })).toBeVisible();
      await expect(panel(page).locator('progress')).toHaveJSProperty('value', i + 1);
      for (const [key, value] of Object.entries(step.sim?.set ?? {})) {
        const got = await page.evaluate((k) => window.interphase.get(k), key);
        expect(Array.isArray(got) ? got.join(',') : got, `${id} step ${i + 1}: ${key}`).toEqual(value);
      }
      // A view the step points at inside a side panel is shown as the step opens, and brought into sight.
      const look = step.sim?.look;
      const platingPanel = look ? PANEL_OF_LOOK[look] : undefined;
      const reactorPanel = look ? REACTOR_PANEL_OF_LOOK[look] : undefined;
      if (platingPanel) await expect.poll(() => page.evaluate(() => window.interphase.get('platingPanel')), `${id} step ${i + 1}: look`).toBe(platingPanel);
      if (reactorPanel) await expect.poll(() => page.evaluate(() => window.interphase.get('reactorPanel')), `${id} step ${i + 1}: look`).toBe(reactorPanel);
      // In sight: at least a third of it, or of the window for a view taller than the window can show.
      if (look) await expect.poll(() => shownInWindow(page.locator(`[data-look~="${look}"]`)), `${id} step ${i + 1}: ${look} in sight`).toBeGreaterThan(0.3);
      const running = await page.evaluate(async () =>
        (await window.interphase.get('screen')) === 'reactor' ? window.interphase.get('playing') : (await window.interphase.get('status')) === 'running');
      expect(running, `${id} step ${i + 1} paused`).toBe(false);
    }
  });
}

test('set({step}) moves to any step; a step past the end is named and the last one shown', async ({ page }) => {
  const l = lesson('mld-vs-ald');
  await openStep(page, 'mld-vs-ald', 1);
  await page.evaluate(() => window.interphase.set({ step: 4 }));
  await expect(panel(page).locator('progress')).toHaveJSProperty('value', 4);
  await page.evaluate(() => window.interphase.set({ step: 99 }));
  expect(await page.evaluate(() => window.interphase.get('step'))).toBe(l.steps.length);
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText('Step');
});

test('an unknown lesson is named in the warning and the app opens without one', async ({ page }) => {
  await page.goto('./?lesson=no-such-lesson');
  await page.waitForFunction(() => window.interphase !== undefined);
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText('no-such-lesson');
  await expect(panel(page)).toHaveCount(0);
});

test('the lessons menu lists every lesson with level and minutes and opens one', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Lessons' }).click();
  const dialog = page.locator('ip-lessons-dialog dialog');
  await expect(dialog).toBeVisible();
  for (const id of LESSON_ORDER) await expect(dialog).toContainText(lesson(id).title);
  await expect(dialog).toContainText('min');
  await dialog.getByRole('button', { name: `Open the lesson “${lesson('why-bare-cu-fails').title}”` }).click();
  await expect(page.getByRole('complementary', { name: lesson('why-bare-cu-fails').title })).toBeVisible();
  expect(await page.evaluate(() => window.interphase.get('lesson'))).toBe('why-bare-cu-fails');
});

test('"For instructors" opens the teacher guide in the app, in the app\'s language', async ({ page }) => {
  for (const [locale, lessons, instructors] of [['en', 'Lessons', 'For instructors'], ['zh-CN', '课程', '教师专区']] as const) {
    await page.goto(`./?locale=${locale}`);
    await page.getByRole('button', { name: lessons, exact: true }).click();
    const dialog = page.locator('ip-lessons-dialog dialog');
    await dialog.getByRole('button', { name: instructors }).click();
    const title = readFileSync(`lessons/teacher-guide${locale === 'en' ? '' : '.zh-CN'}.md`, 'utf8').match(/^title:\s*(.+)$/m)![1]!.replace(/^["']|["']$/g, '');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(dialog).toContainText('ald-layer-by-layer');
  }
});

test('answers are checked at once, kept across a reload and offline, and cleared only after asking', async ({ page, context }) => {
  const l = lesson('ald-layer-by-layer');
  const i = l.steps.findIndex((s) => s.blocks.some((b) => b.k === 'question' && b.q.type === 'choice'));
  const q = l.steps[i]!.blocks.find((b) => b.k === 'question' && b.q.type === 'choice');
  if (!q || q.k !== 'question') throw new Error('no choice question');
  await openStep(page, l.id, i + 1);
  const question = panel(page).locator('ip-lesson-question').first();
  await question.getByRole('radio').nth(q.q.answer!).check();
  await expect(question.getByRole('status')).toContainText('Right.');
  await page.reload();
  await expect(panel(page).locator('ip-lesson-question').first().getByRole('radio').nth(q.q.answer!)).toBeChecked();
  // Offline: the service worker serves the app and the lesson; the answer is still there.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(panel(page).locator('ip-lesson-question').first().getByRole('radio').nth(q.q.answer!)).toBeChecked();
  await context.setOffline(false);
  page.once('dialog', (d) => void d.dismiss());
  await panel(page).getByRole('button', { name: 'Clear my answers' }).click();
  await expect(panel(page).locator('ip-lesson-question').first().getByRole('radio').nth(q.q.answer!)).toBeChecked();
  page.once('dialog', (d) => void d.accept());
  await panel(page).getByRole('button', { name: 'Clear my answers' }).click();
  await expect(panel(page).locator('ip-lesson-question').first().getByRole('radio').nth(q.q.answer!)).not.toBeChecked();
});

test('teacher notes and model answers show only in teacher mode', async ({ page }) => {
  const l = lesson('ald-layer-by-layer');
  const i = l.steps.findIndex((s) => s.blocks.some((b) => b.k === 'teacher'));
  await openStep(page, l.id, i + 1);
  await expect(panel(page).getByRole('complementary', { name: 'For the teacher' })).toHaveCount(0);
  await openStep(page, l.id, i + 1, '&teacher=on');
  await expect(panel(page).getByRole('complementary', { name: 'For the teacher' }).first()).toBeVisible();
});

test('the lesson follows the app into Chinese', async ({ page }) => {
  await openStep(page, 'why-bare-cu-fails', 2, '&locale=zh-CN');
  await expect(page.getByRole('complementary', { name: lesson('why-bare-cu-fails', 'zh-CN').title })).toBeVisible();
});

test.describe('answers over postMessage', () => {
  test.use({ permissions: ['local-network-access'] });
  test('a course page on another origin receives each answer', async ({ page, baseURL }) => {
    const l = lesson('ald-layer-by-layer');
    const i = l.steps.findIndex((s) => s.blocks.some((b) => b.k === 'question' && b.q.type === 'choice'));
    const q = l.steps[i]!.blocks.find((b) => b.k === 'question' && b.q.type === 'choice')!;
    if (q.k !== 'question') throw new Error('no choice question');
    const { log } = await openCoursePage(page, new URL(`./?lesson=${l.id}&step=${i + 1}`, baseURL).href);
    const frame = page.frameLocator('iframe');
    await frame.locator('ip-lesson-question').first().getByRole('radio').nth(q.q.answer!).check();
    await expect.poll(async () => (await log()).find((m) => m.event === 'answer')).toEqual({
      interphase: 1, event: 'answer', lesson: l.id, step: i + 1, question: q.q.id, answer: q.q.answer, correct: true,
    });
  });
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`axe finds no serious violation with the lesson panel open (${locale}, teacher mode)`, async ({ page }) => {
    test.setTimeout(120_000);
    await openStep(page, 'coatings-on-copper', 3, `&teacher=on&locale=${locale}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

const SHOTS = 'shots/';
for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  for (const profile of ['default', 'projector']) {
    test(`lesson screenshots: ${profile} colours at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openStep(page, 'ald-layer-by-layer', 3, `&colorProfile=${profile}`);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${SHOTS}lesson-reactor-${profile}-${size.width}x${size.height}.png` });
      await openStep(page, 'why-bare-cu-fails', 4, `&colorProfile=${profile}&teacher=on`);
      await page.waitForTimeout(1500);
      await scrollThrough(page);
      await page.screenshot({ path: `${SHOTS}lesson-plating-${profile}-${size.width}x${size.height}.png` });
    });
  }
}
