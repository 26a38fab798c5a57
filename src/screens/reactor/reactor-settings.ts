import type { PublicState } from '../../common/embed/public-state.ts';
import { SEED_SPEC } from '../../common/query/seed-spec.ts';
import type { Observable } from '../../common/state/observable.ts';
import type { HalfStepKind, Recipe } from '../../../worker/ald/types.ts';
import type { ProcessSummary } from '../../../worker/ald/processes.ts';
import { RECIPE_LIMITS, defaultRecipe } from '../../../worker/ald/recipe.ts';

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
