import type { AppProbe } from './app-probe.ts';
import type { Condition } from './lesson-types.ts';
import type { LessonSource, SimSource } from './parse-lesson.ts';
import type { FileProblems } from './problems.ts';
import { showPath, type KeyPath } from './schema-check.ts';

/**
 * Checks every step's sim block against the app itself: `set` goes through the app's parser,
 * `run` must suit the screen the step shows, and `waitFor` may only read keys get() knows, with
 * tests that can be met. Each step starts from the state its own link opens (`?lesson=…&step=n`).
 */
export function checkAgainstApp(source: LessonSource, probe: AppProbe, problems: FileProblems): void {
  for (const step of source.steps) {
    const sim = step.sim;
    if (!sim) continue;
    probe.reset();
    const { set, run, waitFor } = sim.value;
    if (set) {
      for (const p of probe.applySet(set)) problems.at(sim.lineOf(['set', p.key]), `${showPath('sim', ['set', p.key])}: ${p.reason}`);
    }
    if (run !== undefined) {
      const reason = probe.checkRun(run);
      if (reason) problems.at(sim.lineOf(['run']), `sim.run: ${reason}`);
    }
    if (waitFor) checkCondition(waitFor, ['waitFor'], sim, probe, problems);
  }
}

function checkCondition(c: Condition, path: KeyPath, sim: SimSource, probe: AppProbe, problems: FileProblems): void {
  if ('all' in c) return c.all.forEach((x, i) => checkCondition(x, [...path, 'all', i], sim, probe, problems));
  if ('any' in c) return c.any.forEach((x, i) => checkCondition(x, [...path, 'any', i], sim, probe, problems));
  for (const p of probe.checkTest(c)) {
    problems.at(sim.lineOf([...path, p.field]), `${showPath('sim', [...path, p.field])}: ${p.reason}`);
  }
}
