import type { PublicState } from '../common/embed/public-state.ts';
import type { Warnings } from '../common/state/warnings.ts';
import type { Announcer } from '../common/a11y/announcer.ts';
import type { Hotkey } from '../common/a11y/hotkeys.ts';
import type { AppSettings } from '../app/app-settings.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import type { MessageRef } from '../../worker/common/message-ref.ts';

/** What the app gives every screen when it is created. */
export interface ScreenServices {
  state: PublicState;
  app: AppSettings;
  warnings: Warnings;
  announcer: Pick<Announcer, 'announce'>;
  /** Tells the user something they did not ask for (a worker restart): a warning and an announcement. */
  notify(message: MessageRef): void;
  reducedMotion(): boolean;
}

/** The time controls every screen answers, for the shared buttons, hotkeys and host API. */
export interface ScreenModel {
  play(): Promise<void>;
  pause(): Promise<void>;
  togglePlay(): Promise<void>;
  step(): Promise<void>;
  /** Clears progress and keeps the settings (the R hotkey). */
  restart(): Promise<void>;
  /** Its part of Reset All: the settings are already restored; clear progress and pause. */
  reset(): Promise<void>;
}

/** A host-API method of one screen beyond the time controls (e.g. runCycles); it checks its own arguments. */
export type ScreenCommand = (...args: unknown[]) => Promise<unknown>;

/** A screen's model, created and started on first use, so an unseen screen runs no worker. */
export interface ScreenModelHandle {
  get(): ScreenModel;
  /** True once get() has been called. */
  readonly started: boolean;
  /** Creates the model if needed; resolves once its first state is built, or its failure has been told. */
  ready(): Promise<void>;
}

export interface ScreenInstance {
  readonly model: ScreenModelHandle;
  /** Host-API methods by name; the API calls them only while this screen is shown. */
  readonly commands: Readonly<Record<string, ScreenCommand>>;
  /** The key of this screen's random seed, which the app's `seed` alias also sets. */
  readonly seedKey?: string;
  /** What → does here, for the keyboard help. */
  readonly stepHelp: MessageKey;
  /** Shortcuts of this screen only, active while it is shown. */
  readonly hotkeys?: Hotkey[];
}

/**
 * One screen, as PhET hands a Screen to a Sim: its settings and read-only keys (registered by
 * `create`), its model, its commands and its lazily loaded view. The shell, the host API and
 * the postMessage bridge know screens only through these.
 */
export interface ScreenDefinition<I extends ScreenInstance = ScreenInstance> {
  id: string;
  titleKey: MessageKey;
  /** Registers the screen's keys and builds its instance; runs at boot for every screen, so links and set() reach all of them. */
  create(services: ScreenServices): I;
  /** Loads the view's code and returns its custom element's tag; the element gets `.ctx` and `.screen`. */
  loadView(): Promise<string>;
}
