import type { PublicState } from '../../common/embed/public-state.ts';
import type { Observable } from '../../common/state/observable.ts';
import { METHODS, PATHWAYS, type CoatingData, type CoatingMethod, type Pathway } from './catalogue/coating-types.ts';
import { SORT_KEYS, type SortKey } from './coating-order.ts';

/** The screen's parts, one shown at a time so each fits one screenful. */
export const COATINGS_VIEWS = ['cards', 'properties', 'results', 'limits', 'pathways'] as const;
export type CoatingsView = (typeof COATINGS_VIEWS)[number];

/** `all` shows every value of a filter. */
export const ALL = 'all';

export interface CoatingsSettings {
  /** The selected card, by id. */
  coating: Observable<string>;
  pathway: Observable<Pathway | typeof ALL>;
  method: Observable<CoatingMethod | typeof ALL>;
  view: Observable<CoatingsView>;
  sort: Observable<SortKey>;
}

/**
 * The screen's keys. None is shared in a link until it differs from where the screen opens,
 * so a Reactor or Plating link never carries Coatings state.
 */
export function registerCoatingsSettings(state: PublicState, coatings: readonly CoatingData[]): CoatingsSettings {
  const ids = coatings.map((c) => c.id);
  return {
    coating: state.writable<string>('coating', { kind: 'enum', values: ids }, ids[0]!, 'unlessInitial'),
    pathway: state.writable<Pathway | typeof ALL>('pathway', { kind: 'enum', values: [ALL, ...PATHWAYS] }, ALL, 'unlessInitial'),
    method: state.writable<CoatingMethod | typeof ALL>('method', { kind: 'enum', values: [ALL, ...METHODS] }, ALL, 'unlessInitial'),
    view: state.writable<CoatingsView>('coatingsView', { kind: 'enum', values: COATINGS_VIEWS }, 'cards', 'unlessInitial'),
    sort: state.writable<SortKey>('coatingsSort', { kind: 'enum', values: SORT_KEYS }, 'name', 'unlessInitial'),
  };
}

/** The coatings the filters let through, in catalogue order. */
export function filteredCoatings(
  coatings: readonly CoatingData[],
  pathway: Pathway | typeof ALL,
  method: CoatingMethod | typeof ALL,
): CoatingData[] {
  return coatings.filter((c) => (pathway === ALL || c.pathway === pathway) && (method === ALL || c.method === method));
}
