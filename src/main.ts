import { errorText } from './common/error-text.ts';
import { registerSW } from 'virtual:pwa-register';
import { PublicState } from './common/embed/public-state.ts';
import { createHostApi, type HostApi, type ScreenCommands } from './common/embed/host-api.ts';
import { describeSetResult } from './common/embed/public-state.ts';
import { startPostMessageBridge } from './common/embed/post-message-bridge.ts';
import { applyUrl, syncUrl } from './common/query/url-state.ts';
import type { ParamValue } from './common/query/param-spec.ts';
import { Warnings } from './common/state/warnings.ts';
import { Announcer } from './common/a11y/announcer.ts';
import { bindHotkeys, type Hotkey } from './common/a11y/hotkeys.ts';
import { applyTheme } from './common/theme.ts';
import { registerAppSettings } from './app/app-settings.ts';
import { PROCESSES } from '../worker/ald/processes.ts';
import { registerReactorReadouts, registerReactorSettings } from './screens/reactor/reactor-settings.ts';
import { ReactorController } from './screens/reactor/reactor-controller.ts';
import { registerPlatingReadouts, registerPlatingSettings } from './screens/plating/plating-settings.ts';
import { PlatingController } from './screens/plating/plating-controller.ts';
import type { AppContext } from './app/app-context.ts';
import type { InterphaseApp } from './app/interphase-app.ts';
import './app/interphase-app.ts';

declare global {
  interface Window {
    interphase: HostApi;
  }
}

/** Keys that Reset All leaves alone: they are the viewer's, not the setup's. */
const KEPT_ON_RESET = new Set(['speed', 'colorProfile', 'hotkeys']);

function boot(): void {
  const state = new PublicState();
  const warnings = new Warnings();
  const announcer = new Announcer(document.body);
  const app = registerAppSettings(state);
  const processes = PROCESSES;
  const settings = registerReactorSettings(state, processes);
  const readouts = registerReactorReadouts(state);
  const platingSettings = registerPlatingSettings(state);
  const platingReadouts = registerPlatingReadouts(state);

  warnings.add(applyUrl(state, window.location.search));
  const initial: Record<string, ParamValue> = Object.fromEntries(
    state.writableKeys().map((k) => [k, state.get(k) as ParamValue]),
  );
  syncUrl(state);
  app.colorProfile.observe((profile) => applyTheme(document.documentElement, profile));

  const notify = (message: string) => {
    warnings.add([message]);
    announcer.announce(message);
  };
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const controller = new ReactorController({
    settings,
    readouts,
    speed: app.speed,
    reducedMotion: () => reducedMotion.matches,
    createWorker: () => new Worker(new URL('../worker/entries/ald.worker.ts', import.meta.url), { type: 'module' }),
    notify,
  });

  let plating: PlatingController | null = null;
  const platingController = (): PlatingController => {
    if (!plating) {
      plating = new PlatingController({
        settings: platingSettings,
        readouts: platingReadouts,
        seed: settings.seed,
        speed: app.speed,
        createWorker: () =>
          new Worker(new URL('../worker/entries/plating.worker.ts', import.meta.url), { type: 'module' }),
        notify,
      });
      void plating.start().catch((error: unknown) => notify(`The Plating lab could not start: ${errorText(error)}`));
    }
    return plating;
  };
  const onPlating = () => app.screen.value === 'plating';

  const el = document.createElement('interphase-app') as InterphaseApp;
  const hotkeys: Hotkey[] = [
    {
      keys: ['Space'],
      description: 'Play or pause',
      match: (e) => e.key === ' ',
      run: () => void (onPlating() ? platingController().togglePlay() : controller.togglePlay()),
    },
    {
      keys: ['→'],
      description: 'Step: one half-step on the Reactor, 1 % of the capacity in the Plating lab',
      match: (e) => e.key === 'ArrowRight',
      run: () => void (onPlating() ? platingController().step() : controller.step()),
    },
    {
      keys: ['R'],
      description: 'Restart (keeps the settings): a new film, or a new plating run',
      match: (e) => e.key === 'r' || e.key === 'R',
      run: () => void (onPlating() ? platingController().restart() : controller.restart()),
    },
    {
      keys: ['?'],
      description: 'Show this list',
      match: (e) => e.key === '?',
      run: () => el.openKeyboardHelp(),
    },
  ];

  const ctx: AppContext = {
    state,
    app,
    warnings,
    announcer,
    reactor: { settings, readouts, controller, processes },
    plating: { settings: platingSettings, readouts: platingReadouts, controller: platingController },
    apply(changes) {
      const result = state.set(changes);
      warnings.add(describeSetResult(result, 'Control', changes));
      return result;
    },
    async resetAll() {
      const restore = Object.fromEntries(Object.entries(initial).filter(([k]) => !KEPT_ON_RESET.has(k)));
      state.set(restore);
      await controller.reset();
      if (plating) await plating.reset();
      announcer.announce('Reset to the starting setup.');
    },
    hotkeys: () => hotkeys,
  };

  el.ctx = ctx;
  document.body.append(el);
  bindHotkeys(window, () => hotkeys, () => app.hotkeys.value === 'on');

  readouts.halfStep.subscribe((step) => {
    if (step) announcer.announce(`${step} done. Cycle ${readouts.cycle.value}, film ${readouts.thicknessNm.value.toFixed(2)} nm.`);
  });

  const reactorCommands: ScreenCommands = {
    play: () => controller.play(),
    pause: () => controller.pause(),
    step: () => controller.step(),
    reset: () => ctx.resetAll(),
    runCycles: (n) => controller.runCycles(n),
  };
  const platingCommands: ScreenCommands = {
    play: () => platingController().play(),
    pause: () => platingController().pause(),
    step: () => platingController().step(),
    reset: () => ctx.resetAll(),
    runToEnd: () => platingController().runToEnd(),
  };
  const api = createHostApi(
    state,
    () => (onPlating() ? platingCommands : reactorCommands),
    (lines) => warnings.add(lines),
  );
  window.interphase = api;
  // The bridge answers even if the first film fails, so an embedding page never waits forever.
  void controller
    .start()
    .catch((error: unknown) => notify(`The Reactor could not start: ${errorText(error)}`))
    .finally(() => startPostMessageBridge(api));

  const updateSW = registerSW({
    onNeedRefresh() {
      el.updateReady = async () => {
        // The plugin reloads only pages that were controlled when they registered; a first
        // visit that an update reaches must reload too, once the new worker takes over.
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        await updateSW(true);
      };
    },
    onNeedReload() {
      // Reloading is left to the controllerchange listener above.
    },
  });
}

boot();
