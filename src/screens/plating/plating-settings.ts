import type { PublicState } from '../../common/embed/public-state.ts';
import { SEED_SPEC } from '../../common/query/seed-spec.ts';
import type { Observable } from '../../common/state/observable.ts';
import type { PlatingConfig, PlatingResults, SubstrateId } from '../../../worker/plating/types.ts';
import { PLATING_LIMITS } from '../../../worker/plating/limits.ts';
import { clampSubstrateId } from '../../../worker/plating/substrate-id.ts';
import { PRESETS, PRESET_IDS, DEFAULT_COMPARISON, type PresetId } from '../../../worker/plating/presets.ts';

export type PlatingStatus = 'idle' | 'running' | 'paused' | 'done';
/** Three in the issue; four so the "Oyakhire 2020" preset can show Cu with all three tested TiO2 thicknesses. */
export const MAX_SUBSTRATES = 4;

/**
 * The side panel's tabs: the substrate views and the run controls always fill the first
 * screenful, and everything else opens beside them, one part at a time. `hidden` folds it away.
 */
export const PLATING_PANELS = ['setup', '3d', 'charts', 'results', 'snapshots', 'model', 'hidden'] as const;
export type PlatingPanel = (typeof PLATING_PANELS)[number];

/** A lesson's `look` that lives in a panel opens that panel, when the step opens and on "Show me". */
export const PANEL_OF_LOOK: Readonly<Record<string, Exclude<PlatingPanel, 'hidden'>>> = {
  'plating-setup': 'setup',
  'plating-3d': '3d',
  'plating-charts': 'charts',
  'plating-potential-chart': 'charts',
  'plating-exposed-chart': 'charts',
  'plating-diameter-charts': 'charts',
  'plating-snapshots': 'snapshots',
  'plating-results': 'results',
};

export interface PlatingSettings {
  substrates: Observable<SubstrateId[]>;
  currentMAcm2: Observable<number>;
  capacityMAhcm2: Observable<number>;
  /** Plate–strip cycles after which the run ends (0: plate once). Named apart from the Reactor's `cycle`. */
  platingCycles: Observable<number>;
  /** The preset the settings match, else `custom`; setting it applies that preset. */
  preset: Observable<PresetId | 'custom'>;
  /** The plating runs' own seed, so a new one never regrows the Reactor's film. */
  seed: Observable<number>;
  /** Which side panel is open (a view setting: it changes no run). */
  panel: Observable<PlatingPanel>;
}

export interface PlatingReadouts {
  status: Observable<PlatingStatus>;
  progress: Observable<number>;
  results: Observable<Record<string, PlatingResults>>;
}

/** What a preset sets. The seed is not part of it: a preset names a comparison, not a random stream. */
type PresetValues = Pick<PlatingConfig, 'substrates' | 'currentMAcm2' | 'capacityMAhcm2'>;

/** The preset whose values these are (substrates in the same order), else `custom`. */
export function matchingPreset(v: PresetValues): PresetId | 'custom' {
  const match = PRESET_IDS.find((id) => {
    const p = PRESETS[id];
    return (
      p.currentMAcm2 === v.currentMAcm2 &&
      p.capacityMAhcm2 === v.capacityMAhcm2 &&
      p.substrates.join(',') === v.substrates.join(',')
    );
  });
  return match ?? 'custom';
}

export function registerPlatingSettings(state: PublicState): PlatingSettings {
  const settings: PlatingSettings = {
    substrates: state.writable<SubstrateId[]>(
      'substrates',
      { kind: 'list', parseItem: clampSubstrateId, minItems: 1, maxItems: MAX_SUBSTRATES },
      [...DEFAULT_COMPARISON.substrates],
    ),
    currentMAcm2: state.writable<number>(
      'currentMAcm2',
      { kind: 'number', unit: 'mA/cm²', ...PLATING_LIMITS.currentMAcm2 },
      DEFAULT_COMPARISON.currentMAcm2,
    ),
    capacityMAhcm2: state.writable<number>(
      'capacityMAhcm2',
      { kind: 'number', unit: 'mAh/cm²', ...PLATING_LIMITS.capacityMAhcm2 },
      DEFAULT_COMPARISON.capacityMAhcm2,
    ),
    platingCycles: state.writable<number>(
      'platingCycles',
      { kind: 'number', integer: true, unit: '', ...PLATING_LIMITS.platingCycles },
      0,
    ),
    seed: state.writable<number>('platingSeed', SEED_SPEC, 1),
    preset: state.writable<PresetId | 'custom'>(
      'preset',
      { kind: 'enum', values: ['custom', ...PRESET_IDS] },
      matchingPreset(DEFAULT_COMPARISON),
    ),
    panel: state.writable<PlatingPanel>('platingPanel', { kind: 'enum', values: PLATING_PANELS }, 'setup', 'unlessInitial'),
  };
  // Setting a preset is an action: it fills in what the same change does not set itself...
  state.addDeriver((changes): Record<string, string | number | string[]> => {
    const preset = PRESETS[changes.preset as PresetId];
    if (!preset) return {};
    return { substrates: [...preset.substrates], currentMAcm2: preset.currentMAcm2, capacityMAhcm2: preset.capacityMAhcm2 };
  });
  // ...and the preset read, shown and shared is the one the outcome matches, so a link never names
  // a preset beside values that are not its own.
  state.addSettler((after) => ({
    preset: matchingPreset({
      substrates: after('substrates') as SubstrateId[],
      currentMAcm2: after('currentMAcm2') as number,
      capacityMAhcm2: after('capacityMAhcm2') as number,
    }),
  }));
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
    platingCycles: s.platingCycles.value,
  };
}
