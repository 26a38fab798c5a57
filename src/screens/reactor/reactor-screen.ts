import { css, html, nothing } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import { isValidCycleCount, RUN_CYCLES_LIMITS } from './cycle-count.ts';
import { WatchController } from '../../common/ui/watch-controller.ts';
import { ViewportFit } from '../../common/ui/viewport-fit.ts';
import { sideTabs, sideTabStyles } from '../../common/ui/side-tabs.ts';
import { themeTokens } from '../../common/theme.ts';
import type { ParamSpec } from '../../common/query/param-spec.ts';
import type { AppContext } from '../../app/app-context.ts';
import type { ReactorScreenInstance } from './index.ts';
import type { AldSnapshot, HalfStepKind, ProcessDefinition } from '../../../worker/ald/types.ts';
import { RECIPE_KEYS, REACTOR_PANELS, REACTOR_PANEL_OF_LOOK, recipeOf, type ReactorPanel } from './reactor-settings.ts';
import { ReactorView } from './reactor-view.ts';
import type { RenderStats } from '../../common/render/render-protocol.ts';
import { halfStepName } from './panels/timing-strip.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import { msg, t, tr } from '../../i18n/i18n.ts';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import './panels/process-panel.ts';
import './panels/recipe-panel.ts';
import './panels/readouts-panel.ts';
import './panels/timing-strip.ts';
import './panels/equation-banner.ts';
import './panels/sequence-panel.ts';
import { blockTitle } from './panels/block-title.ts';
import { processName } from './process-text.ts';
import type { PlateTarget } from './plate-film.ts';
import { fixed } from '../../i18n/format.ts';
import '../../common/ui/time-controls.ts';

/** The tabs of the side panel (every panel but `hidden`). */
const TABS = REACTOR_PANELS.filter((p): p is Exclude<ReactorPanel, 'hidden'> => p !== 'hidden');
type Tab = (typeof TABS)[number];

/** How much room each panel takes beside the 3D view (the CSS classes of .layout): two charts need more. */
const PANEL_ROOM: Record<ReactorPanel, '' | 'wide' | 'folded'> = { process: '', sequence: '', charts: 'wide', hidden: 'folded' };

/** d3 and the charts load the first time their panel opens, so the screen is interactive sooner. */
const loadCharts = () => import('./reactor-charts.ts');

/**
 * The Reactor screen in one screenful: the 3D film, its time controls and its numbers fill the
 * window, and the process and recipe, the sequence or the charts open one at a time beside them.
 */
export class ReactorScreen extends LocalizedElement {
  static properties = {
    ctx: { attribute: false },
    screen: { attribute: false },
    viewMessage: { state: true },
    busy: { state: true },
    filmScale: { state: true },
  };
  declare ctx: AppContext;
  declare screen: ReactorScreenInstance;
  /** Translated when shown, so a locale change re-words it. */
  declare viewMessage: MessageRef | null;
  declare busy: boolean;
  /** The 3D view squeezes tall films; the label keeps students from misreading the slab. */
  declare filmScale: number;
  #view: ReactorView | null = null;

  static styles = [
    sharedStyles,
    sideTabStyles,
    css`
      :host {
        display: block;
        padding: 0.5rem 0.6rem;
        container: screen / inline-size;
      }
      /* The screen ends at the bottom of the window; --screen-top is where it starts. */
      .layout {
        height: calc(100dvh - var(--screen-top, 7rem) - 1rem);
        min-height: 26rem;
        display: grid;
        grid-template-columns: minmax(0, 1fr) clamp(20rem, 36cqw, 27rem);
        gap: 0.6rem;
      }
      .layout.wide {
        grid-template-columns: minmax(0, 1fr) clamp(20rem, 45cqw, 44rem);
      }
      .layout.folded {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      /* Where the window is too short for all of it (projector type at 1024x768), the stage scrolls, never the page. */
      .stage {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        min-width: 0;
        min-height: 0;
        overflow-y: auto;
      }
      .view {
        position: relative;
        flex: 1;
        min-height: 12rem;
        border: 2px solid var(--ip-border);
        border-radius: 8px;
        overflow: hidden;
        background: var(--ip-panel);
      }
      canvas {
        display: block;
        width: 100%;
        height: 100%;
        touch-action: none;
      }
      ip-equation-banner {
        position: absolute;
        top: 0.4rem;
        left: 0.4rem;
        right: 0.4rem;
        pointer-events: none;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.1rem 0.9rem;
        padding: 0;
        font-size: 0.85em;
        list-style: none;
        margin: 0;
      }
      .legend li {
        white-space: nowrap;
      }
      .legend span.dot {
        display: inline-block;
        width: 0.85em;
        height: 0.85em;
        border-radius: 50%;
        margin-right: 0.25em;
        vertical-align: -0.1em;
        border: 1px solid var(--ip-fg);
      }
      .scale-note {
        position: absolute;
        right: 0.4rem;
        bottom: 0.4rem;
        margin: 0;
        max-width: 45%;
        padding: 0.2em 0.5em;
        font-size: 0.8em;
        background: color-mix(in srgb, var(--ip-panel) 88%, transparent);
        border-radius: 6px;
      }
      .message {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        padding: 1rem;
        text-align: center;
        font-weight: 600;
        background: var(--ip-panel);
      }
      #side-panel {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      /*
       * The screen's own width decides, so a lesson panel beside it narrows it the same way: beside
       * a lesson at 1024 px the panel narrows and the stage scrolls; only a phone stacks them.
       */
      @container screen (max-width: 760px) {
        .layout,
        .layout.wide {
          grid-template-columns: minmax(0, 1fr) clamp(15rem, 40cqw, 18rem);
        }
      }
      @container screen (max-width: 560px) {
        .layout,
        .layout.wide,
        .layout.folded {
          height: auto;
          grid-template-columns: minmax(0, 1fr);
        }
        .view {
          flex: none;
          height: 22rem;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.viewMessage = null;
    this.busy = false;
    this.filmScale = 1;
    new WatchController(this, () => {
      const r = this.screen;
      return [
        r.controller.snapshot,
        r.controller.phase,
        r.controller.saturation,
        r.readouts.playing,
        this.ctx.app.speed,
        this.ctx.app.colorProfile,
        ...Object.values(r.settings),
      ];
    });
    new ViewportFit(this, 'screen-top', () => this);
  }

  firstUpdated(): void {
    const canvas = this.renderRoot.querySelector('canvas')!;
    this.#view = new ReactorView(canvas, {
      onMessage: (message) => (this.viewMessage = message),
      onFilmScale: (scale) => (this.filmScale = scale),
    });
    this.#syncView();
  }

  willUpdate(): void {
    if (this.screen.settings.panel.value === 'charts') void loadCharts();
  }

  /** Opens the panel a lesson's `look` is in, so the view it points at is on screen. */
  async reveal(look: string): Promise<void> {
    const tab = REACTOR_PANEL_OF_LOOK[look];
    if (!tab) return;
    // Already open (the step's link may open it): still wait for its content, which the caller scrolls to.
    if (this.screen.settings.panel.value !== tab) this.ctx.apply({ reactorPanel: tab });
    if (tab === 'charts') await loadCharts();
    await this.updateComplete;
    // The charts render in their own element: the chart looked at exists once it has.
    await (this.renderRoot.querySelector('ip-reactor-charts') as HTMLElement & { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  }

  /** Per-frame draw counts of the 3D view, read by `npm run bench`; null without WebGL. */
  renderStats(): RenderStats | null {
    return this.#view?.stats() ?? null;
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#view?.dispose();
    this.#view = null;
  }

  updated(): void {
    this.#syncView();
  }

  /** The 3D view follows the model's snapshot and the animation phase. */
  #syncView(): void {
    const r = this.screen;
    const process = this.#shownProcess();
    if (!this.#view || !process) return;
    this.#view.show({
      process,
      theme: themeTokens(this.ctx.app.colorProfile.value),
      previous: r.controller.previous,
      snapshot: r.controller.snapshot.value,
      phase: r.controller.phase.value,
    });
  }

  /** The process of the block on screen: the snapshot's (a sequence moves from block to block), else the setting's. */
  #shownProcess() {
    const r = this.screen;
    const id = r.controller.snapshot.value?.processId ?? r.settings.process.value;
    return r.processes.find((p) => p.id === id) ?? r.processes.find((p) => p.id === r.settings.process.value);
  }

  async #growSequence(): Promise<void> {
    this.busy = true;
    try {
      await this.screen.controller.growSequence();
      this.ctx.announcer.announce(t('reactor.run.done', { n: this.screen.readouts.cycle.value, thicknessNm: this.screen.readouts.thicknessNm.value }));
    } finally {
      this.busy = false;
    }
  }

  /** Opens the Plating lab comparing bare Cu with this film at its measured (rounded, clamped) thickness. */
  #plateFilm(e: CustomEvent<Extract<PlateTarget, { ok: true }>>): void {
    const plate = e.detail;
    if (plate.clamped) this.ctx.warnings.add([msg('reactor.plate.clamped', { measured: fixed(plate.measuredNm, 1), used: plate.usedNm })]);
    this.ctx.apply({ screen: 'plating', substrates: ['cu', plate.substrate] });
  }

  /** Orbit and zoom keys belong to the canvas while it has focus. */
  #canvasKey(e: KeyboardEvent): void {
    const handled = this.#view?.handleKey(e.key) ?? false;
    if (handled) e.preventDefault();
  }

  /** A control's value goes through the same checks as a link's, with the same warnings. */
  #setting(e: CustomEvent<Record<string, unknown>>): void {
    this.ctx.apply(e.detail);
  }

  async #runN(n: number): Promise<void> {
    if (!isValidCycleCount(n)) {
      this.ctx.warnings.add([msg('reactor.run.invalid', { value: String(n), ...RUN_CYCLES_LIMITS })]);
      return;
    }
    this.busy = true;
    try {
      await this.screen.controller.runCycles(n);
      this.ctx.announcer.announce(t('reactor.run.done', { n, thicknessNm: this.screen.readouts.thicknessNm.value }));
    } finally {
      this.busy = false;
    }
  }

  #activeStep(snap: AldSnapshot | null): HalfStepKind {
    return snap?.lastHalfStep ?? snap?.nextHalfStep ?? 'pulseA';
  }

  #panel(panel: Tab, { snap, process, specs }: { snap: AldSnapshot | null; process: ProcessDefinition | undefined; specs: Record<(typeof RECIPE_KEYS)[number], ParamSpec> }) {
    const r = this.screen;
    switch (panel) {
      case 'process':
        return html`<ip-process-panel .processes=${r.processes} .selected=${r.settings.process.value} .snapshot=${snap}></ip-process-panel>
          <ip-recipe-panel data-look="reactor-recipe" .recipe=${recipeOf(r.settings)} .specs=${specs} .process=${process}></ip-recipe-panel>`;
      case 'sequence':
        return html`<ip-sequence-panel data-look="reactor-sequence" .sequence=${r.settings.sequence.value} .preset=${r.settings.recipePreset.value}
          .snapshot=${snap} .processes=${r.processes} .busy=${this.busy}
          @grow-sequence=${() => this.#growSequence()} @plate-film=${this.#plateFilm}></ip-sequence-panel>`;
      case 'charts':
        return html`<ip-reactor-charts .snapshot=${snap} .process=${process}
          .saturation=${r.controller.saturation.value} .pulseAS=${r.settings.pulseAS.value}></ip-reactor-charts>`;
    }
  }

  render() {
    const r = this.screen;
    const snap = r.controller.snapshot.value;
    const process = this.#shownProcess();
    const active = this.#activeStep(snap);
    const caption = snap && r.settings.sequence.value !== '' ? blockTitle(snap, (id) => {
      const p = r.processes.find((q) => q.id === id);
      return p ? processName(p) : id;
    }) : '';
    const phase = snap?.lastHalfStep ? r.controller.phase.value : 0;
    const specs = Object.fromEntries(RECIPE_KEYS.map((k) => [k, this.ctx.state.spec(k)])) as Record<
      (typeof RECIPE_KEYS)[number],
      ParamSpec
    >;
    const films = (snap?.processIds ?? []).map((id) => r.processes.find((p) => p.id === id)).filter((p) => p !== undefined);
    const legend = this.#view?.legend(process, themeTokens(this.ctx.app.colorProfile.value), films) ?? [];
    const panel = r.settings.panel.value;
    return html`<div class="layout ${PANEL_ROOM[panel]}" @setting=${this.#setting}>
      <div class="stage">
        <div class="view" data-look="reactor-3d">
          <canvas tabindex="0" data-own-keys="true"
            aria-label=${t('reactor.view.label')}
            aria-describedby="view-summary" @keydown=${this.#canvasKey}></canvas>
          <p id="view-summary" class="visually-hidden">
            ${snap ? t('reactor.view.summary', { step: halfStepName(active), cycle: snap.cycle, ...snap.counts }) : ''}
          </p>
          <ip-equation-banner .process=${process} .step=${active}></ip-equation-banner>
          ${this.filmScale < 0.999
            ? html`<p class="scale-note">${this.filmScale >= 0.1
                ? t('reactor.view.scalePercent', { percent: Math.round(this.filmScale * 100) })
                : t('reactor.view.scaleFraction', { denominator: Math.round(1 / this.filmScale) })}</p>`
            : null}
          ${this.viewMessage ? html`<div class="message" role="status">${tr(this.viewMessage)}</div>` : null}
        </div>
        ${legend.length
            ? html`<ul class="legend" aria-label=${t('reactor.legend.label')}>
                ${legend.map((l) => html`<li title=${l.description ?? nothing}><span class="dot" style="background:${l.color}"></span>${l.label}</li>`)}
              </ul>`
            : null}
        <ip-timing-strip .active=${active} .phase=${phase} .recipe=${recipeOf(r.settings)} .caption=${caption}></ip-timing-strip>
        <ip-time-controls
          .playing=${r.readouts.playing.value}
          .busy=${this.busy}
          .speed=${this.ctx.app.speed.value}
          stepLabel=${t('reactor.controls.step')}
          runLabel=${t('reactor.controls.run')}
          restartLabel=${t('reactor.controls.restart')}
          @play=${() => r.controller.play()}
          @pause=${() => r.controller.pause()}
          @step=${() => r.controller.step()}
          @speed=${(e: CustomEvent<string>) => this.ctx.apply({ speed: e.detail })}
          @run-n=${(e: CustomEvent<number>) => this.#runN(e.detail)}
          @restart=${() => r.controller.restart()}
          @reset-all=${() => this.ctx.resetAll()}
        ></ip-time-controls>
        <ip-readouts-panel data-look="reactor-readouts" .snapshot=${snap} .process=${process}></ip-readouts-panel>
      </div>
      ${sideTabs({
        tabs: TABS,
        open: panel,
        label: t('reactor.panel.tabs'),
        tabText: (tab) => t(`reactor.panel.${tab}`),
        hideText: t('reactor.panel.hide'),
        choose: (tab) => this.ctx.apply({ reactorPanel: tab }),
        content: (tab) => this.#panel(tab, { snap, process, specs }),
        host: this,
      })}
    </div>`;
  }
}
customElements.define('ip-reactor-screen', ReactorScreen);
