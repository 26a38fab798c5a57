import { css, html } from 'lit';
import { sharedStyles } from '../common/ui/shared-styles.ts';
import { WatchController } from '../common/ui/watch-controller.ts';
import { queryFor } from '../common/query/url-state.ts';
import { LocalizedElement } from '../i18n/localized-element.ts';
import { msg, t, tr } from '../i18n/i18n.ts';
import { LOCALES, type LocaleId } from '../i18n/locales.ts';
import type { AppContext } from './app-context.ts';
import type { Screen } from './app-core.ts';
import type { ShareDialog } from './dialogs/share-dialog.ts';
import type { KeyboardDialog } from './dialogs/keyboard-dialog.ts';
import type { LessonsDialog } from '../lessons/lessons-dialog.ts';
import type { LessonServices } from '../lessons/lesson-services.ts';
import { NO_LESSON } from '../lessons/lesson-settings.ts';
import { lessonLocale } from '../lessons/lesson-session.ts';
import { findLookTarget, showLookTarget } from '../lessons/look-target.ts';
import './dialogs/share-dialog.ts';
import './dialogs/keyboard-dialog.ts';

/** How long a step's view may take to appear before it is left where it is (about 2 s). */
const LOOK_WAIT_FRAMES = 120;
/** Frames the view must stay put before it counts as settled. */
const LOOK_SETTLED_FRAMES = 10;

/** The app shell: title bar, screen, warnings, dialogs and the update prompt. */
export class InterphaseApp extends LocalizedElement {
  static properties = {
    ctx: { attribute: false },
    lessons: { attribute: false },
    lessonUi: { state: true },
    updateReady: { state: true },
    fullscreen: { state: true },
    views: { state: true },
  };
  declare ctx: AppContext;
  declare lessons: LessonServices;
  /** The lesson panel and menu load with the first lesson or the first look at the menu. */
  declare lessonUi: boolean;
  declare updateReady: (() => Promise<void>) | null;
  declare fullscreen: boolean;
  /** Each screen's view, created the first time the screen is shown (its code loads then). */
  declare views: ReadonlyMap<string, HTMLElement>;
  readonly #loading = new Set<string>();

  static styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        background: var(--ip-bg);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.4rem 0.8rem;
        border-bottom: 2px solid var(--ip-border);
      }
      h1 {
        font-size: 1.35em;
        margin: 0;
      }
      .tools {
        margin-left: auto;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
      }
      .language {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
      }
      .banner {
        display: flex;
        align-items: flex-start;
        gap: 0.6rem;
        padding: 0.4rem 0.8rem;
        background: var(--ip-warn-bg);
        color: var(--ip-fg);
        border-bottom: 2px solid var(--ip-warn);
      }
      .banner ul {
        margin: 0;
        padding-left: 1.2em;
        flex: 1;
      }
      .banner strong {
        color: var(--ip-warn);
      }
      .work {
        flex: 1;
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        align-items: start;
      }
      /* Beside the simulation, never over it: the view a step talks about stays in sight. */
      .work.with-lesson {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      main {
        min-width: 0;
      }
      nav {
        display: flex;
        gap: 0.3rem;
      }
      /* A 1024-pixel projector in large type: the header keeps to two rows, so the screen below keeps its room. */
      @media (max-width: 1180px) {
        header {
          gap: 0.3rem 0.6rem;
          padding: 0.3rem 0.5rem;
        }
        .tools {
          gap: 0.25rem;
        }
        header button,
        header select {
          padding: 0.15em 0.4em;
        }
        .language-word,
        .keys-glyph {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }
      }
      .tab[aria-current='page'] {
        background: var(--ip-accent);
        color: var(--ip-accent-fg);
        border-color: var(--ip-accent);
      }
      .loading {
        padding: 1rem;
      }
      .update {
        position: fixed;
        right: 1rem;
        bottom: 1rem;
        display: flex;
        gap: 0.6rem;
        align-items: center;
        padding: 0.6rem 0.8rem;
        background: var(--ip-panel);
        border: 2px solid var(--ip-accent);
        border-radius: 8px;
        z-index: 10;
      }
    `,
  ];

  constructor() {
    super();
    this.updateReady = null;
    this.lessonUi = false;
    this.fullscreen = false;
    this.views = new Map();
    new WatchController(this, () => [
      this.ctx.warnings.list,
      this.ctx.app.colorProfile,
      this.ctx.app.hotkeys,
      this.ctx.app.screen,
      this.ctx.app.locale,
      this.ctx.lessons.lesson,
    ]);
  }

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.#onFullscreen);
    // A step that points at a view in a closed panel opens the panel as the step opens, and
    // brings the view into sight within its panel (a chart below another, the recipe below the process).
    this.#stopLook = this.lessons.session.openedLook.observe((opened) => {
      if (opened) void this.#reveal(opened.look).then(() => this.#bringIntoSight(opened.look));
    });
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
    this.#stopLook?.();
  }

  #stopLook: (() => void) | null = null;

  /** Opens the panel or tab of the shown screen that holds a lesson's view, once the screen's view has loaded. */
  async #reveal(look: string): Promise<void> {
    const shown = this.ctx.shown();
    await this.#load(shown);
    const view = this.views.get(shown.definition.id) as (HTMLElement & { reveal?: (look: string) => Promise<void> }) | undefined;
    await view?.reveal?.(look);
  }

  willUpdate(): void {
    const shown = this.ctx.shown();
    document.title = t('shell.documentTitle', { screen: t(shown.definition.titleKey) });
    void this.#load(shown);
    if (this.ctx.lessons.lesson.value !== NO_LESSON) void this.#loadLessonUi();
  }

  async #loadLessonUi(): Promise<void> {
    if (this.lessonUi) return;
    await Promise.all([import('../lessons/lesson-panel.ts'), import('../lessons/lessons-dialog.ts')]);
    this.lessonUi = true;
  }

  async #openLessons(view: 'lessons' | 'guide' = 'lessons'): Promise<void> {
    await this.#loadLessonUi();
    await this.updateComplete;
    (this.renderRoot.querySelector('ip-lessons-dialog') as LessonsDialog | null)?.open(view);
  }

  async #teacherGuide(e: Event): Promise<void> {
    const dialog = e.target as LessonsDialog;
    try {
      dialog.guide = await this.lessons.loadGuide(lessonLocale(this.ctx.app.locale.value));
    } catch {
      this.ctx.warnings.add([msg('lessons.loadFailed', { lesson: t('lessons.guide') })]);
    }
  }

  async #look(e: CustomEvent<string>): Promise<void> {
    // A screen that keeps a view in a panel or tab opens it first.
    await this.#reveal(e.detail);
    const target = this.#lookTarget(e.detail);
    if (target) showLookTarget(target, window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  /**
   * Scrolls the view into sight and keeps it there until the layout settles: on a first load the
   * screen may still be drawing it, and charts above it grow as they draw.
   */
  async #bringIntoSight(look: string): Promise<void> {
    let lastTop = NaN;
    let still = 0;
    for (let frame = 0; frame < LOOK_WAIT_FRAMES && still < LOOK_SETTLED_FRAMES; frame++) {
      const target = this.#lookTarget(look);
      const box = target?.getBoundingClientRect();
      if (target && box && box.height > 0) {
        target.scrollIntoView({ block: 'nearest' });
        const top = target.getBoundingClientRect().top;
        still = top === lastTop ? still + 1 : 0;
        lastTop = top;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  #lookTarget(look: string): HTMLElement | null {
    const main = this.renderRoot.querySelector('main');
    return main && findLookTarget(main, look);
  }

  /**
   * Loads the shown screen's view before the app is first drawn, so the first paint shows the
   * whole screen (not a loading line) and its first render is not a long task after that paint.
   */
  loadShownView(): Promise<void> {
    return this.#load(this.ctx.shown());
  }

  /** Loads a screen's view the first time it is shown; its model starts with it. */
  #load({ definition, instance }: Screen): Promise<void> {
    const id = definition.id;
    if (this.views.has(id) || this.#loading.has(id)) return Promise.resolve();
    this.#loading.add(id);
    return definition.loadView().then(
      (tag) => {
        const view = document.createElement(tag) as HTMLElement & { ctx: AppContext; screen: unknown };
        view.ctx = this.ctx;
        view.screen = instance;
        this.views = new Map([...this.views, [id, view]]);
      },
      () => {
        this.#loading.delete(id);
        this.ctx.warnings.add([msg('shell.loadFailed', { screen: msg(definition.titleKey) })]);
      },
    );
  }

  /** Tabs, like links and set(), only change `screen`; the app pauses the screen left. */
  #go(screen: string): void {
    this.ctx.apply({ screen });
  }

  #onFullscreen = () => {
    this.fullscreen = document.fullscreenElement !== null;
  };

  openKeyboardHelp(): void {
    (this.renderRoot.querySelector('ip-keyboard-dialog') as KeyboardDialog | null)?.open();
  }

  #share(): void {
    const url = new URL(window.location.href);
    url.search = queryFor(this.ctx.state);
    url.hash = '';
    (this.renderRoot.querySelector('ip-share-dialog') as ShareDialog | null)?.open(url.href);
  }

  async #toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      this.ctx.warnings.add([msg('shell.fullscreenDenied')]);
    }
  }

  render() {
    const { app, warnings, screens } = this.ctx;
    const projector = app.colorProfile.value === 'projector';
    const shownId = app.screen.value;
    const shown = this.ctx.shown();
    const lessonOpen = this.ctx.lessons.lesson.value !== NO_LESSON;
    return html`
      <header>
        <h1>${t('shell.appName')}</h1>
        <nav aria-label=${t('shell.nav')}>
          ${screens.map(
            ({ definition }) => html`<button class="tab" aria-current=${shownId === definition.id ? 'page' : 'false'}
              @click=${() => this.#go(definition.id)}>${t(definition.titleKey)}</button>`,
          )}
        </nav>
        <div class="tools" role="toolbar" aria-label=${t('shell.tools')}>
          <label class="language"><span class="language-word">${t('shell.language')}</span>
            <select @change=${(e: Event) => this.ctx.apply({ locale: (e.target as HTMLSelectElement).value })}>
              ${this.#languages().map(
                (id) => html`<option value=${id} ?selected=${app.locale.value === id} lang=${id === 'zh-CN' ? 'zh-CN' : 'en'}>${t(`shell.languageName.${id}`)}</option>`,
              )}
            </select>
          </label>
          <button aria-pressed=${projector ? 'true' : 'false'}
            @click=${() => this.ctx.apply({ colorProfile: projector ? 'default' : 'projector' })}>${t('shell.projector')}</button>
          ${this.lessons.summaries.length
            ? html`<button @click=${() => void this.#openLessons()}>${t('lessons.menuButton')}</button>`
            : null}
          <button @click=${() => this.#share()}>${t('shell.share')}</button>
          <button title=${t('shell.keysTitle')} @click=${() => this.openKeyboardHelp()}>${t('shell.keys')}<span class="keys-glyph" aria-hidden="true"> ⌨</span></button>
          ${document.fullscreenEnabled
            ? html`<button aria-pressed=${this.fullscreen ? 'true' : 'false'} @click=${() => this.#toggleFullscreen()}>${t('shell.fullscreen')}</button>`
            : null}
        </div>
      </header>
      ${warnings.list.value.length > 0
        ? html`<div class="banner" role="region" aria-label=${t('shell.warnings')}>
            <strong aria-hidden="true">⚠</strong>
            <ul>${warnings.list.value.map((w) => html`<li>${tr(w.message)}</li>`)}</ul>
            <button @click=${() => warnings.clear()}>${t('shell.dismiss')}</button>
          </div>`
        : null}
      <div class="work ${lessonOpen ? 'with-lesson' : ''}" @lesson-look=${this.#look}>
        <main>
          ${screens.map(({ definition }) => {
            const view = this.views.get(definition.id);
            if (view) view.hidden = definition.id !== shownId;
            return view ?? null;
          })}
          ${this.views.has(shownId)
            ? null
            : html`<p class="loading" role="status">${t('shell.loading', { screen: t(shown.definition.titleKey) })}</p>`}
        </main>
        ${lessonOpen && this.lessonUi ? html`<ip-lesson-panel .ctx=${this.ctx} .session=${this.lessons.session}></ip-lesson-panel>` : null}
      </div>
      ${this.updateReady
        ? html`<div class="update" role="alert">
            <span>${t('shell.updateReady')}</span>
            <button class="primary" @click=${() => this.updateReady?.()}>${t('shell.updateReload')}</button>
            <button @click=${() => (this.updateReady = null)}>${t('shell.updateLater')}</button>
          </div>`
        : null}
      <ip-share-dialog></ip-share-dialog>
      ${this.lessonUi
        ? html`<ip-lessons-dialog .lessons=${this.lessons.summaries}
            @open-lesson=${(e: CustomEvent<string>) => this.lessons.session.open(e.detail)}
            @teacher-guide=${(e: Event) => void this.#teacherGuide(e)}></ip-lessons-dialog>`
        : null}
      <ip-keyboard-dialog .hotkeys=${this.ctx.hotkeys()} .enabled=${app.hotkeys.value === 'on'}
        @hotkeys-change=${(e: CustomEvent<boolean>) => this.ctx.apply({ hotkeys: e.detail ? 'on' : 'off' })}></ip-keyboard-dialog>
    `;
  }

  /** The shipped languages, and the pseudo-locale only while it is in use (it is for checking layouts). */
  #languages(): LocaleId[] {
    const current = this.ctx.app.locale.value;
    return LOCALES.includes(current as (typeof LOCALES)[number]) ? [...LOCALES] : [...LOCALES, current];
  }
}
customElements.define('interphase-app', InterphaseApp);
