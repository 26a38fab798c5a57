import type { PublicState } from '../../common/embed/public-state.ts';
import type { Observable } from '../../common/state/observable.ts';
import type { HalfStepKind, ProcessDefinition, Recipe } from '../../../worker/ald/types.ts';
import { RECIPE_LIMITS, defaultRecipe } from '../../../worker/ald/recipe.ts';

export const SEED_LIMITS = { min: 1, max: 2 ** 31 - 1 };

export interface ReactorSettings {
  process: Observable<string>;
  pulseAS: Observable<number>;
  purgeAS: Observable<number>;
  pulseBS: Observable<number>;
  purgeBS: Observable<number>;
  temperatureC: Observable<number>;
  seed: Observable<number>;
}

/** What the Reactor reports back: read-only keys of the host API. */
export interface ReactorReadouts {
  playing: Observable<boolean>;
  cycle: Observable<number>;
  halfStep: Observable<HalfStepKind | null>;
  coverage: Observable<number>;
  thicknessNm: Observable<number>;
  growthPerCycleNm: Observable<number>;
}

export const RECIPE_KEYS = ['pulseAS', 'purgeAS', 'pulseBS', 'purgeBS', 'temperatureC'] as const;

export function registerReactorSettings(state: PublicState, processes: ProcessDefinition[]): ReactorSettings {
  const first = processes[0]!;
  const recipe = defaultRecipe(first);
  const seconds = (label: string, limits: { min: number; max: number }) =>
    ({ kind: 'number', unit: 's', label, ...limits }) as const;
  const settings: ReactorSettings = {
    process: state.writable('process', { kind: 'enum', values: processes.map((p) => p.id), label: 'Process' }, first.id),
    pulseAS: state.writable('pulseAS', seconds('Pulse A', RECIPE_LIMITS.pulseS), recipe.pulseAS),
    purgeAS: state.writable('purgeAS', seconds('Purge A', RECIPE_LIMITS.purgeS), recipe.purgeAS),
    pulseBS: state.writable('pulseBS', seconds('Pulse B', RECIPE_LIMITS.pulseS), recipe.pulseBS),
    purgeBS: state.writable('purgeBS', seconds('Purge B', RECIPE_LIMITS.purgeS), recipe.purgeBS),
    temperatureC: state.writable(
      'temperatureC',
      { kind: 'number', unit: '°C', label: 'Temperature', ...RECIPE_LIMITS.temperatureC },
      recipe.temperatureC,
    ),
    seed: state.writable<number>('seed', { kind: 'number', integer: true, unit: '', label: 'Seed', ...SEED_LIMITS }, 1),
  };
  // A new process brings its own published temperature unless one is set with it.
  state.addDeriver((changes): Record<string, number> => {
    const id = changes.process;
    const def = processes.find((p) => p.id === id);
    return def && !('temperatureC' in changes) ? { temperatureC: defaultRecipe(def).temperatureC } : {};
  });
  return settings;
}

export function registerReactorReadouts(state: PublicState): ReactorReadouts {
  return {
    playing: state.readonly('playing', false),
    cycle: state.readonly('cycle', 0),
    halfStep: state.readonly<HalfStepKind | null>('halfStep', null),
    coverage: state.readonly('coverage', 0),
    thicknessNm: state.readonly('thicknessNm', 0),
    growthPerCycleNm: state.readonly('growthPerCycleNm', 0),
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
