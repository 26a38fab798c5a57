import type { PublicState } from '../../common/embed/public-state.ts';
import type { Observable } from '../../common/state/observable.ts';
import type { PlatingConfig, PlatingResults } from '../../../worker/plating/types.ts';
import { PLATING_LIMITS } from '../../../worker/plating/limits.ts';
import { PRESETS, DEFAULT_COMPARISON, type PresetId } from '../../../worker/plating/presets.ts';

export type PlatingStatus = 'idle' | 'running' | 'paused' | 'done';
/** Three in the issue; four so the "Oyakhire 2020" preset can show Cu with all three tested TiO2 thicknesses. */
export const MAX_SUBSTRATES = 4;

export interface PlatingSettings {
  substrates: Observable<string[]>;
  currentMAcm2: Observable<number>;
  capacityMAhcm2: Observable<number>;
  preset: Observable<string>;
}

export interface PlatingReadouts {
  status: Observable<PlatingStatus>;
  progress: Observable<number>;
  results: Observable<Record<string, PlatingResults>>;
}

const ID = /^(cu|tio2|las11|las14)(?:-(\d+(?:\.\d+)?))?$/;

/** Accepts a substrate id, clamping a coating thickness into its range; null when it is not one. */
export function normaliseSubstrate(item: string): string | null {
  const m = ID.exec(item.trim().toLowerCase());
  if (!m) return null;
  const kind = m[1]!;
  if (kind === 'cu') return m[2] === undefined ? 'cu' : null;
  if (m[2] === undefined) return null;
  const range = kind === 'tio2' ? PLATING_LIMITS.tio2ThicknessNm : PLATING_LIMITS.lasThicknessNm;
  const nm = Math.min(range.max, Math.max(range.min, Number(m[2])));
  return `${kind}-${nm}`;
}

export function registerPlatingSettings(state: PublicState): PlatingSettings {
  const presetIds = Object.keys(PRESETS) as PresetId[];
  const settings: PlatingSettings = {
    substrates: state.writable<string[]>(
      'substrates',
      { kind: 'list', label: 'Substrates', parseItem: normaliseSubstrate, minItems: 1, maxItems: MAX_SUBSTRATES },
      [...DEFAULT_COMPARISON.substrates],
    ),
    currentMAcm2: state.writable<number>(
      'currentMAcm2',
      { kind: 'number', unit: 'mA/cm²', label: 'Current density', ...PLATING_LIMITS.currentMAcm2 },
      DEFAULT_COMPARISON.currentMAcm2,
    ),
    capacityMAhcm2: state.writable<number>(
      'capacityMAhcm2',
      { kind: 'number', unit: 'mAh/cm²', label: 'Plated capacity', ...PLATING_LIMITS.capacityMAhcm2 },
      DEFAULT_COMPARISON.capacityMAhcm2,
    ),
    preset: state.writable<string>('preset', { kind: 'enum', values: ['custom', ...presetIds], label: 'Preset' }, 'custom'),
  };
  // A preset fills in what the same change does not set itself; editing its values makes it custom.
  state.addDeriver((changes): Record<string, string | number | string[]> => {
    const preset = PRESETS[changes.preset as PresetId];
    if (!preset) return {};
    return { substrates: [...preset.substrates], currentMAcm2: preset.currentMAcm2, capacityMAhcm2: preset.capacityMAhcm2 };
  });
  state.addDeriver((changes): Record<string, string> =>
    !('preset' in changes) && ['substrates', 'currentMAcm2', 'capacityMAhcm2'].some((k) => k in changes)
      ? { preset: 'custom' }
      : {},
  );
  return settings;
}

export function registerPlatingReadouts(state: PublicState): PlatingReadouts {
  return {
    status: state.readonly<PlatingStatus>('status', 'idle'),
    progress: state.readonly('progress', 0),
    results: state.readonly<Record<string, PlatingResults>>('results', {}),
  };
}

export function platingConfigOf(s: PlatingSettings, seed: number): PlatingConfig {
  return {
    substrates: s.substrates.value,
    currentMAcm2: s.currentMAcm2.value,
    capacityMAhcm2: s.capacityMAhcm2.value,
    seed,
  };
}
