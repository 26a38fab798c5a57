import { describe, expect, it } from 'vitest';
import { AldModel } from '../../../worker/ald/model.ts';
import { PROCESSES, findProcess } from '../../../worker/ald/processes.ts';
import { defaultRecipe } from '../../../worker/ald/recipe.ts';
import { SequencePlan, parseSequence } from '../../../worker/ald/sequence.ts';
import { RECIPE_PRESETS, RECIPE_PRESET_IDS, type RecipePreset } from './recipe-presets.ts';

const grownNm = (sequence: string, temperatureC: number) => {
  const parsed = parseSequence(sequence, PROCESSES.map((p) => p.id));
  if (!parsed.ok) throw new Error(`preset sequence ${sequence} does not parse`);
  const plan = SequencePlan.of(parsed.value);
  const first = findProcess(plan.processIds[0]!);
  const m = new AldModel(first, { ...defaultRecipe(first), temperatureC }, 1, { sizeX: 24, sizeY: 24 }, plan, PROCESSES);
  m.runCycles(plan.total);
  return m.snapshot().thicknessNm;
};

describe('recipe presets grow the thickness their source reports (default pulses and purges, within 5 %)', () => {
  const presets: [string, RecipePreset][] = RECIPE_PRESET_IDS.map((id) => [id, RECIPE_PRESETS[id]]);
  it.each(presets.filter(([, p]) => p.targetNm !== undefined))('%s', (_, preset) => {
    const target = preset.targetNm!;
    expect(Math.abs(grownNm(preset.sequence, preset.temperatureC) - target) / target).toBeLessThan(0.05);
  });
});
