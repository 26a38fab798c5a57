import type { PublicState, SetResult } from '../common/embed/public-state.ts';
import type { Warnings } from '../common/state/warnings.ts';
import type { Announcer } from '../common/a11y/announcer.ts';
import type { Hotkey } from '../common/a11y/hotkeys.ts';
import type { ProcessDefinition } from '../../worker/ald/types.ts';
import type { AppSettings } from './app-settings.ts';
import type { ReactorController } from '../screens/reactor/reactor-controller.ts';
import type { ReactorReadouts, ReactorSettings } from '../screens/reactor/reactor-settings.ts';
import type { PlatingReadouts, PlatingSettings } from '../screens/plating/plating-settings.ts';
import type { PlatingController } from '../screens/plating/plating-controller.ts';

/** Everything the views share; built once in main.ts. */
export interface AppContext {
  state: PublicState;
  app: AppSettings;
  warnings: Warnings;
  announcer: Announcer;
  reactor: {
    settings: ReactorSettings;
    readouts: ReactorReadouts;
    controller: ReactorController;
    processes: ProcessDefinition[];
  };
  plating: {
    settings: PlatingSettings;
    readouts: PlatingReadouts;
    /** Created on first use, so the Reactor alone never starts the plating worker. */
    controller: () => PlatingController;
  };
  /** Applies changes from a control, warning about any that were clamped or ignored. */
  apply(changes: Record<string, unknown>): SetResult;
  /** Restores the values the page was opened with (except speed and colour profile). */
  resetAll(): Promise<void>;
  hotkeys(): Hotkey[];
}
