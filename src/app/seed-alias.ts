import type { PublicState } from '../common/embed/public-state.ts';
import { SEED_SPEC } from '../common/query/seed-spec.ts';
import type { AppSettings } from './app-settings.ts';

/**
 * `seed` in a link or in set() seeds every screen at once, as it did when the screens shared
 * one seed, so old links still work. Each screen keeps its own seed key (a new plating seed leaves
 * the Reactor's film alone); reading `seed` gives the shown screen's seed. Links carry the
 * per-screen keys, never `seed` itself.
 */
export function registerSeedAlias(state: PublicState, app: AppSettings, seedKeys: ReadonlyMap<string, string>): void {
  const targets = [...new Set(seedKeys.values())];
  const shown = (): number => state.get(seedKeys.get(app.screen.value) ?? targets[0]!) as number;
  const seed = state.writable<number>('seed', SEED_SPEC, shown(), 'never');
  state.addDeriver((changes) =>
    'seed' in changes ? Object.fromEntries(targets.filter((k) => !(k in changes)).map((k) => [k, changes.seed!])) : {},
  );
  const follow = () => seed.set(shown());
  app.screen.subscribe(follow);
  for (const key of targets) state.observe(key, follow);
}
