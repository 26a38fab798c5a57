import { LitElement, css, html } from 'lit';
import { sharedStyles } from '../common/ui/shared-styles.ts';
import { WatchController } from '../common/ui/watch-controller.ts';
import { queryFor } from '../common/query/url-state.ts';
import type { AppContext } from './app-context.ts';
import { SCREENS, type ScreenId } from './app-settings.ts';
import type { ShareDialog } from './dialogs/share-dialog.ts';
import type { KeyboardDialog } from './dialogs/keyboard-dialog.ts';
import './dialogs/share-dialog.ts';
import './dialogs/keyboard-dialog.ts';
import '../screens/reactor/reactor-screen.ts';

const SCREEN_LABEL: Record<ScreenId, string> = { reactor: 'Reactor', plating: 'Plating lab' };

/** The app shell: title bar, screen, warnings, dialogs and the update prompt. */
export class InterphaseApp extends LitElement {
  static properties = {
    ctx: { attribute: false },
    updateReady: { state: true },
    fullscreen: { state: true },
    platingLoaded: { state: true },
  };
  declare ctx: AppContext;
  declare updateReady: (() => Promise<void>) | null;
  declare fullscreen: boolean;
  /** The Plating lab's code loads the first time it is opened. */
  declare platingLoaded: boolean;

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
        gap: 0.4rem;
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
      main {
        flex: 1;
        min-width: 0;
      }
      nav {
        display: flex;
        gap: 0.3rem;
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
    this.fullscreen = false;
    this.platingLoaded = false;
    new WatchController(this, () => [this.ctx.warnings.list, this.ctx.app.colorProfile, this.ctx.app.hotkeys, this.ctx.app.screen]);
  }

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.#onFullscreen);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
  }

  willUpdate(): void {
    if (this.ctx.app.screen.value === 'plating' && !this.platingLoaded) {
      void import('../screens/plating/plating-screen.ts').then(
        () => (this.platingLoaded = true),
        () => this.ctx.warnings.add(['The Plating lab could not be loaded. Reload the page to try again.']),
      );
    }
  }

  #go(screen: ScreenId): void {
    if (screen === this.ctx.app.screen.value) return;
    if (screen === 'plating') void this.ctx.reactor.controller.pause();
    else if (this.platingLoaded) void this.ctx.plating.controller().pause();
    this.ctx.state.set({ screen });
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
      this.ctx.warnings.add(['Full screen is not allowed here (an embedding page must allow it).']);
    }
  }

  render() {
    const { app, warnings } = this.ctx;
    const projector = app.colorProfile.value === 'projector';
    return html`
      <header>
        <h1>Interphase</h1>
        <nav aria-label="Screens">
          ${SCREENS.map(
            (id) => html`<button class="tab" aria-current=${app.screen.value === id ? 'page' : 'false'}
              @click=${() => this.#go(id)}>${SCREEN_LABEL[id]}</button>`,
          )}
        </nav>
        <div class="tools" role="toolbar" aria-label="App tools">
          <button aria-pressed=${projector ? 'true' : 'false'}
            @click=${() => this.ctx.state.set({ colorProfile: projector ? 'default' : 'projector' })}>Projector colours</button>
          <button @click=${() => this.#share()}>Share…</button>
          <button @click=${() => this.openKeyboardHelp()} aria-label="Keyboard shortcuts">Keys ⌨</button>
          ${document.fullscreenEnabled
            ? html`<button aria-pressed=${this.fullscreen ? 'true' : 'false'} @click=${() => this.#toggleFullscreen()}>Full screen</button>`
            : null}
        </div>
      </header>
      ${warnings.list.value.length > 0
        ? html`<div class="banner" role="region" aria-label="Warnings">
            <strong aria-hidden="true">⚠</strong>
            <ul>${warnings.list.value.map((w) => html`<li>${w.text}</li>`)}</ul>
            <button @click=${() => warnings.clear()}>Dismiss</button>
          </div>`
        : null}
      <main>
        <ip-reactor-screen .ctx=${this.ctx} ?hidden=${app.screen.value !== 'reactor'}></ip-reactor-screen>
        ${this.platingLoaded
          ? html`<ip-plating-screen .ctx=${this.ctx} ?hidden=${app.screen.value !== 'plating'}></ip-plating-screen>`
          : app.screen.value === 'plating'
            ? html`<p class="loading" role="status">Loading the Plating lab…</p>`
            : null}
      </main>
      ${this.updateReady
        ? html`<div class="update" role="alert">
            <span>A new version of Interphase is ready.</span>
            <button class="primary" @click=${() => this.updateReady?.()}>Reload to update</button>
            <button @click=${() => (this.updateReady = null)}>Later</button>
          </div>`
        : null}
      <ip-share-dialog></ip-share-dialog>
      <ip-keyboard-dialog .hotkeys=${this.ctx.hotkeys()} .enabled=${app.hotkeys.value === 'on'}
        @hotkeys-change=${(e: CustomEvent<boolean>) => this.ctx.state.set({ hotkeys: e.detail ? 'on' : 'off' })}></ip-keyboard-dialog>
    `;
  }
}
customElements.define('interphase-app', InterphaseApp);
