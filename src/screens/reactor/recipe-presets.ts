/**
 * The review's films as Reactor recipes (Meng, Inorg. Chem. Front. 2024, 11, 659): each is a
 * sequence in its link form and the temperature it runs at. Where the source reports a
 * thickness, the cycle count is that thickness over the model's growth per cycle at that
 * temperature with the default pulses and purges (recipe-presets.test.ts grows each and checks
 * it lands within 5 %); where it reports cycles, they are taken as given. The film grown is
 * then measured, as for any recipe.
 */
export interface RecipePreset {
  sequence: string;
  temperatureC: number;
  /** The thickness the source reports (nm), which the cycle count aims at; absent where the source gives cycles, not nanometres. */
  targetNm?: number;
}

export const RECIPE_PRESETS = {
  /** 5 nm TiO2 on Cu, the best thickness of Oyakhire et al., Adv. Energy Mater. 2020 [158]. */
  'tio2-5nm': { sequence: 'tio2*87', temperatureC: 150, targetNm: 5 },
  /** 50 nm LAS, one Li2S cycle per Al2S3 cycle (Cao, Meng & Elam, ChemElectroChem 2016 [124]). */
  'las11-50nm': { sequence: '(li2s*1,al2s3*1)*558', temperatureC: 150, targetNm: 50 },
  /** 50 nm LAS, one Li2S cycle per four Al2S3 cycles (Meng & Elam, ECS Meet. Abstr. 2019 [151]). */
  'las14-50nm': { sequence: '(li2s*1,al2s3*4)*270', temperatureC: 150, targetNm: 50 },
  /** "50MLD/50ALD/Li": 50 alucone cycles over 50 Al2O3 cycles (the review's hybrid bilayer). */
  'mld-on-ald': { sequence: 'al2o3*50,alucone-eg*50', temperatureC: 85 },
  /** The same two blocks the other way round: Al2O3 over alucone. */
  'ald-on-mld': { sequence: 'alucone-eg*50,al2o3*50', temperatureC: 85 },
} as const satisfies Record<string, RecipePreset>;

export type RecipePresetId = keyof typeof RECIPE_PRESETS;
export const RECIPE_PRESET_IDS = Object.keys(RECIPE_PRESETS) as RecipePresetId[];

/** The preset these values are, else `custom`. */
export function matchingRecipePreset(sequence: string, temperatureC: number): RecipePresetId | 'custom' {
  return RECIPE_PRESET_IDS.find((id) => RECIPE_PRESETS[id].sequence === sequence && RECIPE_PRESETS[id].temperatureC === temperatureC) ?? 'custom';
}
