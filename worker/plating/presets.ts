import type { PlatingConfig } from './types.ts';

/** Named comparisons the UI and lessons can load. */
export type PresetId = 'oyakhire2020' | 'cao2016' | 'dendrites';

export const PRESETS: Record<PresetId, PlatingConfig> = {
  oyakhire2020: { substrates: ['cu', 'tio2-1', 'tio2-5', 'tio2-10'], currentMAcm2: 1, capacityMAhcm2: 1, seed: 1 },
  cao2016: { substrates: ['cu', 'las11-50', 'las14-50'], currentMAcm2: 1, capacityMAhcm2: 1, seed: 1 },
  dendrites: { substrates: ['cu', 'tio2-5', 'las11-50'], currentMAcm2: 10, capacityMAhcm2: 3, seed: 1 },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const DEFAULT_COMPARISON: PlatingConfig = {
  substrates: ['cu', 'tio2-5', 'las11-50'],
  currentMAcm2: 1,
  capacityMAhcm2: 1,
  seed: 1,
};
