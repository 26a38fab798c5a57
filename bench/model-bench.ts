/**
 * ALD/MLD model speed in Node: half-steps per second for every process, with and without a
 * snapshot after each half-step (the worker takes one per step it sends to the screen).
 * Prints a JSON array of bench rows on stdout.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AldModel } from '../worker/ald/model.ts';
import { defaultRecipe } from '../worker/ald/recipe.ts';
import { validateProcess } from '../worker/ald/validate.ts';

// processes.ts finds its files with Vite's import.meta.glob, which Node lacks: read them here.
const dir = fileURLToPath(new URL('../worker/ald/processes/', import.meta.url));
const processes = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => validateProcess(JSON.parse(readFileSync(dir + f, 'utf8')), f));

const BUDGET_MS = 800;
const FILM_HALF_STEPS = 400; // a fresh film every 100 cycles, so thick-film cost is included but bounded

function halfStepsPerSecond(def: (typeof processes)[number], withSnapshot: boolean): number {
  let model = new AldModel(def, defaultRecipe(def), 1);
  for (let i = 0; i < 40; i++) model.stepHalf(); // warm-up for the JIT
  let steps = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < BUDGET_MS) {
    model = new AldModel(def, defaultRecipe(def), 1 + steps);
    for (let i = 0; i < FILM_HALF_STEPS; i++) {
      model.stepHalf();
      if (withSnapshot) model.snapshot();
    }
    steps += FILM_HALF_STEPS;
    elapsed = performance.now() - start;
  }
  return (steps / elapsed) * 1000;
}

const rows = processes.flatMap((p) => [
  { metric: `ALD model ${p.id}: half-steps/s`, value: Math.round(halfStepsPerSecond(p, false)), unit: '1/s' },
  { metric: `ALD model ${p.id}: half-steps/s with snapshot`, value: Math.round(halfStepsPerSecond(p, true)), unit: '1/s' },
]);
process.stdout.write(JSON.stringify(rows));
