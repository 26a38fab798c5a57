import type { ProcessDefinition, Recipe } from './types.ts';

/** Ranges the UI clamps the recipe to; the model clamps too, so a bad value never reaches it. */
export const RECIPE_LIMITS = {
  pulseS: { min: 0.001, max: 10 },
  purgeS: { min: 0.1, max: 300 },
  temperatureC: { min: 20, max: 400 },
} as const;

/** Saturating pulses, long purges, the process's published growth temperature. */
export function defaultRecipe(process: Pick<ProcessDefinition, 'gpcTemperatureC'>): Recipe {
  return { pulseAS: 0.02, purgeAS: 60, pulseBS: 0.02, purgeBS: 60, temperatureC: process.gpcTemperatureC };
}

function clamp(value: number, range: { min: number; max: number }): number {
  if (!Number.isFinite(value)) return range.min;
  return Math.min(range.max, Math.max(range.min, value));
}

export function clampRecipe(recipe: Recipe): Recipe {
  return {
    pulseAS: clamp(recipe.pulseAS, RECIPE_LIMITS.pulseS),
    purgeAS: clamp(recipe.purgeAS, RECIPE_LIMITS.purgeS),
    pulseBS: clamp(recipe.pulseBS, RECIPE_LIMITS.pulseS),
    purgeBS: clamp(recipe.purgeBS, RECIPE_LIMITS.purgeS),
    temperatureC: clamp(recipe.temperatureC, RECIPE_LIMITS.temperatureC),
  };
}
