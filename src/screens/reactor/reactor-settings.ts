import type { PublicState } from '../../common/embed/public-state.ts';
import { SEED_SPEC } from '../../common/query/seed-spec.ts';
import type { ParamSpec } from '../../common/query/param-spec.ts';
import type { Observable } from '../../common/state/observable.ts';
import type { GrownLayer, HalfStepKind, Recipe } from '../../../worker/ald/types.ts';
import { parseSequence, sequenceProcesses, type Sequence } from '../../../worker/ald/sequence.ts';
import { RECIPE_PRESETS, RECIPE_PRESET_IDS, matchingRecipePreset, type RecipePresetId } from './recipe-presets.ts';
import type { ProcessSummary } from '../../../worker/ald/processes.ts';
import { RECIPE_LIMITS, defaultRecipe } from '../../../worker/ald/recipe.ts';

/**
 * The side panel's tabs: the 3D view, the time controls and the film's numbers always fill the
 * first screenful; the process and recipe, the sequence or the charts open beside them.
 */
export const REACTOR_PANELS = ['process', 'sequence', 'charts', 'hidden'] as const;
export type ReactorPanel = (typeof REACTOR_PANELS)[number];

/** A lesson's `look` that lives in a panel opens that panel, when the step opens and on "Show me". */
export const REACTOR_PANEL_OF_LOOK: Readonly<Record<string, Exclude<ReactorPanel, 'hidden'>>> = {
  'reactor-recipe': 'process',
  'reactor-sequence': 'sequence',
  'reactor-thickness-chart': 'charts',
  'reactor-saturation-chart': 'charts',
};

export interface ReactorSettings {
  /**
   * The process of a single-process film; while a sequence runs it reads the block being
   * grown (the controller keeps it so), and setting it replaces the sequence by that process.
   */
  process: Observable<string>;
  /** The sequence in its link form (worker/ald/sequence.ts), or '' for a single-process film. */
  sequence: Observable<string>;
  /** The preset the sequence and temperature match, else `custom`; setting it applies that preset. */
  recipePreset: Observable<RecipePresetId | 'custom'>;
  pulseAS: Observable<number>;
  purgeAS: Observable<number>;
  pulseBS: Observable<number>;
  purgeBS: Observable<number>;
  temperatureC: Observable<number>;
  seed: Observable<number>;
  /** Which side panel is open (a view setting: it changes no film). */
  panel: Observable<ReactorPanel>;
}

/** What the Reactor reports back: read-only keys of the host API. */
export interface ReactorReadouts {
  playing: Observable<boolean>;
  cycle: Observable<number>;
  halfStep: Observable<HalfStepKind | null>;
  coverage: Observable<number>;
  thicknessNm: Observable<number>;
  growthPerCycleNm: Observable<number>;
  /** One entry per block of the film as grown, measured on the film. */
  layers: Observable<GrownLayer[]>;
  /** Atom fractions of the film, or null where a process has no film data. */
  composition: Observable<Record<string, number> | null>;
}

export const RECIPE_KEYS = ['pulseAS', 'purgeAS', 'pulseBS', 'purgeBS', 'temperatureC'] as const;

export function registerReactorSettings(state: PublicState, processes: readonly ProcessSummary[]): ReactorSettings {
  const first = processes[0]!;
  const recipe = defaultRecipe(first);
  const seconds = (limits: { min: number; max: number }) => ({ kind: 'number', unit: 's', ...limits }) as const;
  const settings: ReactorSettings = {
    process: state.writable('process', { kind: 'enum', values: processes.map((p) => p.id) }, first.id),
    pulseAS: state.writable('pulseAS', seconds(RECIPE_LIMITS.pulseS), recipe.pulseAS),
    purgeAS: state.writable('purgeAS', seconds(RECIPE_LIMITS.purgeS), recipe.purgeAS),
    pulseBS: state.writable('pulseBS', seconds(RECIPE_LIMITS.pulseS), recipe.pulseBS),
    purgeBS: state.writable('purgeBS', seconds(RECIPE_LIMITS.purgeS), recipe.purgeBS),
    temperatureC: state.writable(
      'temperatureC',
      { kind: 'number', unit: '°C', ...RECIPE_LIMITS.temperatureC },
      recipe.temperatureC,
    ),
    // The Reactor's own seed; the app's `seed` alias sets it together with the other screens'.
    seed: state.writable<number>('reactorSeed', SEED_SPEC, 1),
    // Only in links that grow a sequence, so links made before sequences existed stay as they were.
    sequence: state.writable<string>('sequence', sequenceSpec(processes.map((p) => p.id)), '', 'unlessInitial'),
    panel: state.writable<ReactorPanel>('reactorPanel', { kind: 'enum', values: REACTOR_PANELS }, 'process', 'unlessInitial'),
    recipePreset: state.writable<RecipePresetId | 'custom'>(
      'recipePreset',
      { kind: 'enum', values: ['custom', ...RECIPE_PRESET_IDS] },
      'custom',
      'unlessInitial',
    ),
  };
  // A preset is an action: it fills in its sequence and temperature, except those the same change gives.
  state.addDeriver((changes): Record<string, string | number> => {
    const preset = RECIPE_PRESETS[changes.recipePreset as RecipePresetId];
    return preset ? { sequence: preset.sequence, temperatureC: preset.temperatureC } : {};
  });
  // A sequence starts with its first block's process; a process set alone replaces the sequence.
  // Clearing a sequence goes back to its first process at the same temperature (while it grew,
  // `process` read the block on screen).
  state.addDeriver((changes): Record<string, string | number> => {
    const ids = processes.map((p) => p.id);
    if (typeof changes.sequence === 'string' && changes.sequence !== '') {
      const first = firstProcess(changes.sequence, ids);
      return first ? { process: first } : {};
    }
    if (changes.sequence === '' && !('process' in changes) && settings.sequence.value !== '') {
      const first = firstProcess(settings.sequence.value, ids);
      return first ? { process: first, temperatureC: settings.temperatureC.value } : {};
    }
    return 'process' in changes && !('sequence' in changes) ? { sequence: '' } : {};
  });
  // The preset read, shown and shared is the one the outcome matches.
  state.addSettler((after) => ({ recipePreset: matchingRecipePreset(after('sequence') as string, after('temperatureC') as number) }));
  // A new process brings its own published temperature unless one is set with it.
  state.addDeriver((changes): Record<string, number> => {
    const id = changes.process;
    const def = processes.find((p) => p.id === id);
    return def && !('temperatureC' in changes) ? { temperatureC: defaultRecipe(def).temperatureC } : {};
  });
  return settings;
}

/** The `sequence` key: the sequence parser (worker/ald/sequence.ts) behind links, set() and lessons; '' clears it. */
function sequenceSpec(known: readonly string[]): ParamSpec {
  return {
    kind: 'text',
    parse(raw) {
      if (raw === '' || raw === null) return { ok: true, value: '' };
      const r = parseSequence(raw, known);
      return r.ok ? { ok: true, value: r.text, clamped: r.clamped } : r;
    },
  };
}

function firstProcess(text: string, known: readonly string[]): string | null {
  const r = parseSequence(text, known);
  return r.ok ? (sequenceProcesses(r.value)[0] ?? null) : null;
}

/** The sequence the settings grow, or null for a single-process film. */
export function sequenceOf(s: ReactorSettings, known: readonly string[]): Sequence | null {
  if (s.sequence.value === '') return null;
  const r = parseSequence(s.sequence.value, known);
  return r.ok ? r.value : null;
}

export function registerReactorReadouts(state: PublicState): ReactorReadouts {
  return {
    playing: state.readonly('playing', false),
    cycle: state.readonly('cycle', 0),
    halfStep: state.readonly<HalfStepKind | null>('halfStep', null),
    coverage: state.readonly('coverage', 0),
    thicknessNm: state.readonly('thicknessNm', 0),
    growthPerCycleNm: state.readonly('growthPerCycleNm', 0),
    layers: state.readonly<GrownLayer[]>('layers', []),
    composition: state.readonly<Record<string, number> | null>('composition', null),
  };
}

export function recipeOf(s: ReactorSettings): Recipe {
  return {
    pulseAS: s.pulseAS.value,
    purgeAS: s.purgeAS.value,
    pulseBS: s.pulseBS.value,
    purgeBS: s.purgeBS.value,
    temperatureC: s.temperatureC.value,
  };
}
