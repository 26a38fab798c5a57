import { registerSW } from 'virtual:pwa-register';
import type { HostApi } from './common/embed/host-api.ts';
import { startPostMessageBridge } from './common/embed/post-message-bridge.ts';
import { syncUrl } from './common/query/url-state.ts';
import { Announcer } from './common/a11y/announcer.ts';
import { bindHotkeys } from './common/a11y/hotkeys.ts';
import { applyTheme } from './common/theme.ts';
import { msg, useLocale } from './i18n/i18n.ts';
import { prepareNumberFormats } from './i18n/format.ts';
import { SCREENS } from './screens/registry.ts';
import { createAppCore } from './app/app-core.ts';
import { LESSONS, loadLesson, loadTeacherGuide } from 'virtual:lessons';
import { LessonSession } from './lessons/lesson-session.ts';
import { AnswerStore } from './lessons/answer-store.ts';
import { browserStorage } from './lessons/lesson-services.ts';
import type { InterphaseApp } from './app/interphase-app.ts';
import './app/interphase-app.ts';

declare global {
  interface Window {
    interphase: HostApi;
  }
}

async function boot(): Promise<void> {
  prepareNumberFormats();
  const el = document.createElement('interphase-app') as InterphaseApp;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const core = createAppCore(SCREENS, {
    search: window.location.search,
    languages: navigator.languages,
    announcer: new Announcer(document.body),
    reducedMotion: () => reducedMotion.matches,
    openHelp: () => el.openKeyboardHelp(),
    lessons: LESSONS,
  });
  const session = new LessonSession({
    core,
    settings: core.lessons,
    summaries: LESSONS,
    load: loadLesson,
    store: new AnswerStore(browserStorage()),
    linkKeys: new Set(new URLSearchParams(window.location.search).keys()),
    // A course page that embeds the app collects the answers; '*' as for the bridge's 'ready'.
    postAnswer: (event) => {
      if (window.parent !== window) window.parent.postMessage(event, '*');
    },
  });
  el.lessons = { session, summaries: LESSONS, loadGuide: loadTeacherGuide };
  syncUrl(core.state);
  core.app.colorProfile.observe((profile) => applyTheme(document.documentElement, profile));

  // The words and the shown screen come before the first paint, so a Chinese page never
  // flashes English and the page never flashes a loading line.
  const showLocale = (locale: typeof core.app.locale.value) =>
    useLocale(locale).catch(() => core.warnings.add([msg('shell.localeFailed', { locale })]));
  el.ctx = core;
  await Promise.all([showLocale(core.app.locale.value), el.loadShownView()]);
  core.app.locale.subscribe((locale) => void showLocale(locale));

  document.body.append(el);
  bindHotkeys(window, core.hotkeys, () => core.app.hotkeys.value === 'on');
  window.interphase = core.api;

  // The bridge answers even if the first screen fails to start, so an embedding page never waits forever.
  void core
    .shown()
    .instance.model.ready()
    .finally(() => startPostMessageBridge(core.api, core.methods));

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

void boot();
