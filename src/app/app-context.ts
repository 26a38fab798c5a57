import type { PublicState } from '../common/embed/public-state.ts';
import type { Warnings } from '../common/state/warnings.ts';
import type { Announcer } from '../common/a11y/announcer.ts';
import type { Hotkey } from '../common/a11y/hotkeys.ts';
import type { ProcessDefinition } from '../../worker/ald/types.ts';
import type { AppSettings } from './app-settings.ts';
import type { ReactorController } from '../screens/reactor/reactor-controller.ts';
import type { ReactorReadouts, ReactorSettings } from '../screens/reactor/reactor-settings.ts';

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
  /** Restores the values the page was opened with (except speed and colour profile). */
  resetAll(): Promise<void>;
  hotkeys(): Hotkey[];
}
