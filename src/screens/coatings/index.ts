import type { ScreenDefinition, ScreenInstance, ScreenModel, ScreenServices } from '../screen-definition.ts';
import { shownLocale, tr } from '../../i18n/i18n.ts';
import { intlTag } from '../../i18n/locales.ts';
import { COATINGS, SOURCES } from './catalogue/catalogue.ts';
import { coatingNameRef } from './catalogue/coating-words.ts';
import type { CoatingData, CoatingMethod, Pathway } from './catalogue/coating-types.ts';
import { ALL, filteredCoatings, registerCoatingsSettings, type CoatingsSettings } from './coatings-settings.ts';
import { sortCoatings, type SortKey } from './coating-order.ts';
import { publicCatalogue, type PublicCoating } from './coatings-public.ts';

export interface CoatingsScreenInstance extends ScreenInstance {
  settings: CoatingsSettings;
  coatings: readonly CoatingData[];
  /** The cards as the list shows them: filtered, then sorted. */
  shown(): CoatingData[];
}

function createCoatings({ state }: ScreenServices): CoatingsScreenInstance {
  const settings = registerCoatingsSettings(state, COATINGS);
  const catalogue = state.readonly<PublicCoating[]>('coatings', publicCatalogue(COATINGS, SOURCES));
  // Its words are in the locale on screen, so a course page lists what the student reads.
  shownLocale.subscribe(() => catalogue.set(publicCatalogue(COATINGS, SOURCES)));

  const listed = (pathway: CoatingsSettings['pathway']['value'], method: CoatingsSettings['method']['value'], sort: SortKey) =>
    sortCoatings(filteredCoatings(COATINGS, pathway, method), sort, (c) => tr(coatingNameRef(c.id)), intlTag(shownLocale.value));
  const shown = () => listed(settings.pathway.value, settings.method.value, settings.sort.value);
  // A filter that hides the selected card selects the first card it shows, so the card on screen
  // and the `coating` key never disagree.
  state.addSettler((after): Record<string, string> => {
    const list = listed(after('pathway') as Pathway | typeof ALL, after('method') as CoatingMethod | typeof ALL, after('coatingsSort') as SortKey);
    const coating = after('coating');
    return list.length === 0 || list.some((c) => c.id === coating) ? {} : { coating: list[0]!.id };
  });
  // A catalogue has no time: → moves to the next card of the list, as a slide clicker would.
  const next = async () => {
    const list = shown();
    if (list.length === 0) return;
    const at = list.findIndex((c) => c.id === settings.coating.value);
    state.set({ coating: list[(at + 1) % list.length]!.id });
  };
  const idle = async () => {};
  const model: ScreenModel = { play: idle, pause: idle, togglePlay: idle, step: next, restart: idle, reset: idle };
  let started = false;
  return {
    settings,
    coatings: COATINGS,
    shown,
    model: {
      get: () => ((started = true), model),
      get started() {
        return started;
      },
      ready: async () => void (started = true),
    },
    stepHelp: 'coatings.hotkey.step',
    commands: {},
  };
}

export const coatingsScreen: ScreenDefinition<CoatingsScreenInstance> = {
  id: 'coatings',
  titleKey: 'shell.screen.coatings',
  create: createCoatings,
  async loadView() {
    await import('./coatings-screen.ts');
    return 'ip-coatings-screen';
  },
};
