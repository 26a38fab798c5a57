import type { ScreenDefinition, ScreenInstance, ScreenServices } from '../screen-definition.ts';
import type { ProcessDefinition } from '../../../worker/ald/types.ts';
import { PROCESSES } from '../../../worker/ald/processes.ts';
import { t } from '../../i18n/i18n.ts';
import { LazyModel } from '../lazy-model.ts';
import { registerReactorReadouts, registerReactorSettings, type ReactorReadouts, type ReactorSettings } from './reactor-settings.ts';
import { ReactorController } from './reactor-controller.ts';
import { RUN_CYCLES_LIMITS, isValidCycleCount } from './cycle-count.ts';
import { announceHalfSteps } from './half-step-announcer.ts';

export interface ReactorScreenInstance extends ScreenInstance {
  settings: ReactorSettings;
  readouts: ReactorReadouts;
  processes: ProcessDefinition[];
  /** Created, and its first film grown, on first use. */
  readonly controller: ReactorController;
}

function createReactor(services: ScreenServices): ReactorScreenInstance {
  const { state, app, notify } = services;
  const settings = registerReactorSettings(state, PROCESSES);
  const readouts = registerReactorReadouts(state);
  announceHalfSteps(readouts, services.announcer);
  const model = new LazyModel(
    () =>
      new ReactorController({
        settings,
        readouts,
        speed: app.speed,
        reducedMotion: services.reducedMotion,
        createWorker: () => new Worker(new URL('../../../worker/entries/ald.worker.ts', import.meta.url), { type: 'module' }),
        notify,
        processIds: PROCESSES.map((p) => p.id),
      }),
    'shell.screen.reactor',
    notify,
  );
  return {
    settings,
    readouts,
    processes: PROCESSES,
    get controller() {
      return model.get();
    },
    model,
    seedKey: 'reactorSeed',
    stepHelp: 'shell.hotkey.stepReactor',
    commands: {
      async runCycles(n: unknown) {
        if (!isValidCycleCount(n)) {
          throw new Error(t('shell.api.runCyclesRange', { ...RUN_CYCLES_LIMITS, value: String(n) }));
        }
        await model.get().runCycles(n);
        return state.all();
      },
    },
  };
}

export const reactorScreen: ScreenDefinition<ReactorScreenInstance> = {
  id: 'reactor',
  titleKey: 'shell.screen.reactor',
  create: createReactor,
  async loadView() {
    await import('./reactor-screen.ts');
    return 'ip-reactor-screen';
  },
};
