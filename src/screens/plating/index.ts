import type { ScreenDefinition, ScreenInstance, ScreenServices } from '../screen-definition.ts';
import { LazyModel } from '../lazy-model.ts';
import { registerPlatingReadouts, registerPlatingSettings, type PlatingReadouts, type PlatingSettings } from './plating-settings.ts';
import { PlatingController } from './plating-controller.ts';
import { platingWorkerCount } from './worker-shards.ts';

export interface PlatingScreenInstance extends ScreenInstance {
  settings: PlatingSettings;
  readouts: PlatingReadouts;
  /** Created, and the comparison set up, on first use, so the Reactor alone never starts the plating worker. */
  readonly controller: PlatingController;
}

function createPlating(services: ScreenServices): PlatingScreenInstance {
  const { state, app, notify } = services;
  const settings = registerPlatingSettings(state);
  const readouts = registerPlatingReadouts(state);
  const model = new LazyModel(
    () =>
      new PlatingController({
        settings,
        readouts,
        seed: settings.seed,
        speed: app.speed,
        createWorker: () =>
          new Worker(new URL('../../../worker/entries/plating.worker.ts', import.meta.url), { type: 'module' }),
        workers: platingWorkerCount(navigator.hardwareConcurrency),
        notify,
      }),
    'shell.screen.plating',
    notify,
  );
  return {
    settings,
    readouts,
    get controller() {
      return model.get();
    },
    model,
    seedKey: 'platingSeed',
    stepHelp: 'shell.hotkey.stepPlating',
    commands: {
      runToEnd: () => model.get().runToEnd(),
    },
  };
}

export const platingScreen: ScreenDefinition<PlatingScreenInstance> = {
  id: 'plating',
  titleKey: 'shell.screen.plating',
  create: createPlating,
  async loadView() {
    await import('./plating-screen.ts');
    return 'ip-plating-screen';
  },
};
