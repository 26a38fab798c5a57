import { PublicState, describeSetResult, type SetResult, type SetOrigin } from '../common/embed/public-state.ts';
import { CORE_METHODS, createHostApi, type HostApi, type HostCommand } from '../common/embed/host-api.ts';
import { applyUrl } from '../common/query/url-state.ts';
import type { ParamValue } from '../common/query/param-spec.ts';
import { Warnings } from '../common/state/warnings.ts';
import type { Announcer } from '../common/a11y/announcer.ts';
import type { Hotkey } from '../common/a11y/hotkeys.ts';
import { msg, t, tr } from '../i18n/i18n.ts';
import { chooseLocale } from '../i18n/locales.ts';
import type { MessageRef } from '../../worker/common/message-ref.ts';
import type { ScreenDefinition, ScreenInstance } from '../screens/screen-definition.ts';
import { VIEWER_KEYS, registerAppSettings, type AppSettings } from './app-settings.ts';
import { registerSeedAlias } from './seed-alias.ts';
import { LESSON_KEYS, registerLessonSettings, type LessonListing, type LessonSettings } from '../lessons/lesson-settings.ts';

export interface Screen {
  definition: ScreenDefinition;
  instance: ScreenInstance;
}

export interface AppCoreOptions {
  /** The page's query string. */
  search: string;
  /** The browser's preferred languages, which choose the locale when the link names none. */
  languages: readonly string[];
  announcer: Pick<Announcer, 'announce'>;
  reducedMotion: () => boolean;
  /** Opens the keyboard help (the shell's dialog). */
  openHelp: () => void;
  /** The lessons a link or set() may open (`lesson`, `step`); none, when left out. */
  lessons?: readonly LessonListing[];
}

/** The app without its DOM: state, screens, host API, Reset All and hotkeys; built from any list of screens. */
export interface AppCore {
  state: PublicState;
  app: AppSettings;
  /** `lesson`, `step` and `teacher`: the open lesson is part of the state a link or set() gives. */
  lessons: LessonSettings;
  warnings: Warnings;
  announcer: Pick<Announcer, 'announce'>;
  screens: readonly Screen[];
  shown(): Screen;
  api: HostApi;
  /** Names of the host-API methods, for the postMessage bridge's allow-list. */
  methods: readonly string[];
  /** Applies changes from a control, warning about any that were clamped or ignored. */
  apply(changes: Record<string, unknown>, origin?: SetOrigin): SetResult;
  /** Restores the values the page was opened with (except the viewer's own) and clears every started screen. */
  resetAll(): Promise<void>;
  notify(message: MessageRef): void;
  hotkeys(): Hotkey[];
}

export function createAppCore(definitions: readonly ScreenDefinition[], options: AppCoreOptions): AppCore {
  const state = new PublicState();
  const warnings = new Warnings();
  const { announcer } = options;
  const app = registerAppSettings(state, definitions.map((d) => d.id), chooseLocale(options.languages));
  const lessons = registerLessonSettings(state, options.lessons ?? []);
  const notify = (message: MessageRef) => {
    warnings.add([message]);
    announcer.announce(tr(message));
  };
  const services = { state, app, warnings, announcer, notify, reducedMotion: options.reducedMotion };
  const screens: Screen[] = definitions.map((definition) => ({ definition, instance: definition.create(services) }));
  const seedKeys = new Map(screens.filter((s) => s.instance.seedKey).map((s) => [s.definition.id, s.instance.seedKey!]));
  registerSeedAlias(state, app, seedKeys);

  warnings.add(applyUrl(state, options.search));
  const initial: Record<string, ParamValue> = Object.fromEntries(
    state.writableKeys().map((k) => [k, state.get(k) as ParamValue]),
  );

  const byId = (id: string): Screen => screens.find((s) => s.definition.id === id) ?? screens[0]!;
  const shown = () => byId(app.screen.value);

  // Every route to another screen (tab, link, set(), a lesson) changes `screen`; the screen left is paused.
  let current = shown();
  app.screen.subscribe(() => {
    const next = shown();
    if (next === current) return;
    if (current.instance.model.started) void current.instance.model.get().pause();
    current = next;
    next.instance.model.get();
  });

  async function resetAll(): Promise<void> {
    // The open lesson stays open: Reset All restores the simulation, not the student's place.
    state.set(Object.fromEntries(Object.entries(initial).filter(([k]) => !VIEWER_KEYS.has(k) && !LESSON_KEYS.has(k))));
    for (const s of screens) if (s.instance.model.started) await s.instance.model.get().reset();
    announcer.announce(t('shell.resetDone'));
  }

  const commands: HostCommand[] = [];
  for (const s of screens) {
    for (const name of Object.keys(s.instance.commands)) {
      if (commands.some((c) => c.name === name)) continue;
      commands.push({
        name,
        call(...args) {
          const command = shown().instance.commands[name];
          if (!command) {
            const owner = screens.find((o) => name in o.instance.commands)!;
            throw new Error(t('shell.api.wrongScreen', { method: name, screen: t(owner.definition.titleKey) }));
          }
          return command(...args);
        },
      });
    }
  }
  const model = () => shown().instance.model.get();
  /** Every change from outside the URL goes through here, so controls, set() and lessons warn alike. */
  const apply = (changes: Record<string, unknown>, origin: SetOrigin = 'common.origin.control'): SetResult => {
    const result = state.set(changes);
    warnings.add(describeSetResult(result, origin, changes));
    return result;
  };
  const api = createHostApi(
    state,
    () => ({ play: () => model().play(), pause: () => model().pause(), step: () => model().step(), reset: resetAll }),
    commands,
    (changes) => apply(changes, 'common.origin.set'),
    () => t('shell.api.setArgument'),
  );

  const hotkeys: Hotkey[] = [
    { keys: ['Space'], description: msg('shell.hotkey.play'), match: (e) => e.key === ' ', run: () => void model().togglePlay() },
    {
      keys: ['→'],
      get description() {
        return msg('shell.hotkey.step', { here: msg(shown().instance.stepHelp) });
      },
      match: (e) => e.key === 'ArrowRight',
      run: () => void model().step(),
    },
    { keys: ['R'], description: msg('shell.hotkey.restart'), match: (e) => e.key === 'r' || e.key === 'R', run: () => void model().restart() },
    { keys: ['?'], description: msg('shell.hotkey.help'), match: (e) => e.key === '?', run: () => options.openHelp() },
  ];

  return {
    state,
    app,
    lessons,
    warnings,
    announcer,
    screens,
    shown,
    api,
    methods: [...CORE_METHODS, ...commands.map((c) => c.name)],
    apply,
    resetAll,
    notify,
    hotkeys: () => [...hotkeys, ...(shown().instance.hotkeys ?? [])],
  };
}
