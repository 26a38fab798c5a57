import { css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import { WatchController } from '../../common/ui/watch-controller.ts';
import { ViewportFit } from '../../common/ui/viewport-fit.ts';
import { sideTabs, sideTabStyles } from '../../common/ui/side-tabs.ts';
import type { AppContext } from '../../app/app-context.ts';
import type { PlatingScreenInstance } from './index.ts';
import { STEP_FRACTION, type PlatingController } from './plating-controller.ts';
import { PANEL_OF_LOOK, PLATING_PANELS, type PlatingPanel } from './plating-settings.ts';
import type { SubstrateRun } from '../../../worker/plating/types.ts';
import { requireSubstrate, substrateLabel } from '../../../worker/plating/substrate-id.ts';
import { PLATING_SIMPLIFICATIONS } from '../../../worker/plating/simplifications.ts';
import { percent } from '../../i18n/format.ts';
import { msg, t, tr } from '../../i18n/i18n.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import './panels/conditions-fields.ts';
import './panels/setup-panel.ts';
import './panels/results-table.ts';
import './panels/snapshots-panel.ts';
import './panels/model-panel.ts';
import './view/top-view.ts';
import './view/section-view.ts';
import '../../common/ui/time-controls.ts';

const STATUS_TEXT = {
  idle: msg('plating.status.idle'),
  running: msg('plating.status.running'),
  paused: msg('plating.status.paused'),
  done: msg('plating.status.done'),
} as const;

/** The tabs of the side panel (every panel but `hidden`). */
const TABS = PLATING_PANELS.filter((p): p is Exclude<PlatingPanel, 'hidden'> => p !== 'hidden');
type Tab = (typeof TABS)[number];

/** How much room each panel takes beside the views (the CSS classes of .body). */
const PANEL_ROOM: Record<PlatingPanel, 'narrow' | 'wide' | 'folded'> = {
  setup: 'narrow', '3d': 'narrow', charts: 'wide', results: 'wide', snapshots: 'wide', model: 'wide', hidden: 'folded',
};


/** Code each panel needs beyond this file, loaded the first time it opens (d3 for the charts, the 3D view's renderer). */
const PANEL_CODE: Partial<Record<Tab, () => Promise<unknown>>> = {
  charts: () => import('./charts/plating-charts.ts'),
  '3d': () => import('./view/height-view.ts'),
};

/**
 * The Plating lab: Li plating on bare and coated Cu, side by side, same current, capacity and seed.
 * One screenful: the run controls and every substrate's views fill the window, and the rest
 * (setup, 3D, charts, results, snapshots, model) opens one tab at a time beside them.
 */
export class PlatingScreen extends LocalizedElement {
  static properties = {
    ctx: { attribute: false },
    screen: { attribute: false },
    view3d: { state: true },
    busy: { state: true },
    staged: { state: true },
  };
  declare ctx: AppContext;
  declare screen: PlatingScreenInstance;
  /** Which substrate the single 3D view shows (one WebGL view keeps a Chromebook cool). */
  declare view3d: number;
  declare busy: boolean;
  /**
   * The settled runs, handed to the snapshots, the results and the charts one task after
   * another, so no single task redraws them all (each costs tens of ms).
   */
  declare staged: { snapshots: SubstrateRun[]; results: SubstrateRun[]; charts: SubstrateRun[] };
  #controller: PlatingController | null = null;
  #stopStaging: (() => void) | null = null;
  #stageTimer: ReturnType<typeof setTimeout> | undefined;

  static styles = [
    sharedStyles,
    sideTabStyles,
    css`
      /* The screen ends at the bottom of the window; --screen-top is where it starts. */
      :host {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
        padding: 0.5rem 0.6rem;
        height: calc(100dvh - var(--screen-top, 7rem));
        min-height: 26rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.6rem;
        padding: 0.4rem 0.6rem;
      }
      .progress {
        margin-left: auto;
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
      }
      progress {
        width: min(10rem, 30vw);
        height: 1.2em;
        accent-color: var(--ip-accent);
      }
      .room {
        flex: 1;
        min-height: 0;
        container: room / size;
      }
      /*
       * --s is one substrate's view: as wide as the columns allow and short enough that the
       * cross-sections fit below. Beside a narrow panel the views take only the width that
       * size needs and the panel takes the rest; a wide panel (charts, results) takes its own
       * width and the views shrink.
       */
      .body {
        --gap: 0.6rem;
        /* Headings and the section's controls take about 7em; the cross-section gets 0.55 of a top view's size. */
        --views-w: calc(var(--n) * (100cqh - 7em) / 1.55 * 1.6 + (var(--n) - 1) * var(--gap));
        height: 100%;
        display: grid;
        grid-template-columns: minmax(0, min(var(--views-w), 100cqw - 20rem - var(--gap))) minmax(20rem, 1fr);
        gap: var(--gap);
      }
      .body.wide {
        grid-template-columns: minmax(0, 1fr) min(46rem, 58cqw);
      }
      .body.folded {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .stage {
        container-type: size;
        min-width: 0;
        min-height: 0;
      }
      .views {
        --s: min(calc((100cqw - (var(--n) - 1) * var(--gap)) / var(--n)), calc((100cqh - 7em) / 1.55));
        height: 100%;
        display: grid;
        /* A card may be wider than its square top view, up to 1.6 times: the wide cross-section uses it. */
        --card: min(calc((100cqw - (var(--n) - 1) * var(--gap)) / var(--n)), calc(var(--s) * 1.6));
        grid-template-columns: repeat(var(--n), var(--card));
        /* Names, top views and cross-sections each in one row across the cards, so a name on two lines keeps them level. */
        grid-template-rows: auto auto minmax(0, 1fr);
        justify-content: center;
        column-gap: var(--gap);
      }
      .card {
        grid-row: span 3;
        display: grid;
        grid-template-rows: subgrid;
        /* A card never widens past its column, whatever its controls' own width. */
        grid-template-columns: minmax(0, 1fr);
        row-gap: 0.3rem;
        min-height: 0;
        min-width: 0;
      }
      .card h3 {
        margin: 0;
        line-height: 1.2;
      }
      .card ip-plating-top-view {
        width: var(--s);
        justify-self: center;
      }
      .card ip-plating-section {
        min-height: 5em;
        max-height: calc(var(--s) * 0.9);
      }
      .three header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin-bottom: 0.4rem;
      }
      .three h2 {
        margin: 0;
      }
      ip-plating-charts,
      ip-plating-results,
      ip-plating-snapshots,
      ip-model-panel,
      ip-plating-3d {
        display: block;
      }
      .note {
        font-size: 0.9em;
      }
      /*
       * A narrow room (a lesson beside the lab at 1024 px): each of several substrates is a row, its top view
       * and cross-section side by side, so both stay large enough to read; the panel narrows too.
       */
      @container room (max-width: 44rem) {
        .body {
          grid-template-columns: minmax(0, 1fr) clamp(17rem, 42cqw, 20rem);
        }
        .body.wide {
          grid-template-columns: minmax(0, 1fr) 54cqw;
        }
        /* Where even that is too short (projector type), the views scroll inside their column, never the page. */
        .stage {
          overflow-y: auto;
        }
        .rows .views {
          --card-top: 2em;
          --s: max(5rem, min(calc((100cqw - var(--gap)) / 2.6), calc((100cqh - var(--n) * var(--card-top) - (var(--n) - 1) * var(--gap)) / var(--n))));
          display: flex;
          flex-direction: column;
          gap: var(--gap);
        }
        .rows .card {
          /* The cross-section takes the rest of the row, so its buttons stay on one line. */
          grid-template-columns: var(--s) minmax(0, 1fr);
          grid-template-rows: auto var(--s);
          column-gap: var(--gap);
        }
        .rows .card h3 {
          grid-column: 1 / -1;
        }
        .rows .card ip-plating-section {
          min-height: 0;
          max-height: none;
        }
        /* Smaller buttons under a short cross-section leave its canvas most of the row (still 24 px targets). */
        .rows .card ip-plating-section::part(caption) {
          font-size: 0.75em;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.view3d = 0;
    this.busy = false;
    this.staged = { snapshots: [], results: [], charts: [] };
    new WatchController(this, () => {
      const p = this.screen;
      const c = this.#ensureController();
      return [
        c.latest,
        c.infos,
        p.readouts.status,
        p.readouts.progress,
        p.settings.substrates,
        p.settings.currentMAcm2,
        p.settings.capacityMAhcm2,
        p.settings.platingCycles,
        p.settings.preset,
        p.settings.panel,
        this.screen.settings.seed,
        this.ctx.app.speed,
      ];
    });
    new ViewportFit(this, 'screen-top', () => this);
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.#stopStaging = this.#ensureController().settled.observe((progress) => this.#stage(progress?.runs ?? []));
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopStaging?.();
    clearTimeout(this.#stageTimer);
  }

  willUpdate(): void {
    const panel = this.screen.settings.panel.value;
    if (panel !== 'hidden') void PANEL_CODE[panel]?.();
  }

  /** Opens the panel a lesson's `look` is in, so the view it points at is on screen. */
  async reveal(look: string): Promise<void> {
    const tab = PANEL_OF_LOOK[look];
    if (!tab) return;
    // Already open (the step's link may open it): still wait for its content, which the caller scrolls to.
    if (this.screen.settings.panel.value !== tab) this.ctx.apply({ platingPanel: tab });
    await PANEL_CODE[tab]?.();
    await this.updateComplete;
  }

  #stage(runs: SubstrateRun[]): void {
    clearTimeout(this.#stageTimer);
    const order = ['snapshots', 'results', 'charts'] as const;
    const next = (i: number) => {
      if (i >= order.length) return;
      this.staged = { ...this.staged, [order[i]!]: runs };
      this.#stageTimer = setTimeout(() => next(i + 1), 0);
    };
    next(0);
  }

  #ensureController(): PlatingController {
    this.#controller ??= this.screen.controller;
    return this.#controller;
  }

  #setting(e: CustomEvent<Record<string, unknown>>): void {
    e.stopPropagation();
    this.ctx.apply(e.detail);
  }

  async #runToEnd(): Promise<void> {
    this.busy = true;
    try {
      await this.#ensureController().runToEnd();
      this.ctx.announcer.announce(t('plating.announce.finished'));
    } catch {
      this.ctx.announcer.announce(t('plating.announce.stopped'));
    } finally {
      this.busy = false;
    }
  }

  render() {
    const p = this.screen;
    const c = this.#ensureController();
    const runs = c.latest.value?.runs ?? [];
    const status = p.readouts.status.value;
    const progress = p.readouts.progress.value;
    const panel = p.settings.panel.value;
    // One height scale for every cross-section, so the substrates compare at a glance.
    const sectionHeightUm = Math.max(0, ...runs.map((r) => r.frame.sectionRows * r.frame.sectionCellUm));
    const substrates = p.settings.substrates.value;
    return html`<div class="bar panel" @setting=${this.#setting}>
        <ip-plating-conditions .currentMAcm2=${p.settings.currentMAcm2.value} .capacityMAhcm2=${p.settings.capacityMAhcm2.value}></ip-plating-conditions>
        <ip-time-controls inline
          .playing=${status === 'running'}
          .busy=${this.busy}
          .speed=${this.ctx.app.speed.value}
          stepLabel=${t('plating.run.step', { share: STEP_FRACTION })}
          restartLabel=${t('plating.run.restart')}
          @play=${() => c.play()}
          @pause=${() => c.pause()}
          @step=${() => c.step()}
          @speed=${(e: CustomEvent<string>) => this.ctx.apply({ speed: e.detail })}
          @restart=${() => c.restart()}
          @reset-all=${() => this.ctx.resetAll()}
        ></ip-time-controls>
        <button class="primary" ?disabled=${status === 'done' || this.busy} @click=${() => this.#runToEnd()}>${t('plating.run.toEnd')}</button>
        ${this.busy ? html`<button @click=${() => c.pause()}>${t('plating.run.cancel')}</button>` : null}
        <span class="progress">
          <label for="progress">${tr(STATUS_TEXT[status])}</label>
          <progress id="progress" max="1" .value=${progress} aria-valuetext=${t('plating.run.progress', { share: progress })}></progress>
          <span aria-hidden="true">${percent(progress)}</span>
        </span>
      </div>
      <div class="room">
      <div class="body ${PANEL_ROOM[panel]} ${substrates.length > 1 ? 'rows' : ''}" style="--n: ${substrates.length}" @setting=${this.#setting}>
        <div class="stage">
          <div class="views" data-look="plating-top-views plating-sections">
            ${substrates.map((id) => {
              // Laid out from the settings before the first run arrives, which then only fills it in.
              const frame = runs.find((r) => r.substrateId === id)?.frame ?? null;
              const label = tr(substrateLabel(requireSubstrate(id)));
              return html`<section class="card" aria-label=${label}>
                <h3>${label}</h3>
                <ip-plating-top-view inset .frame=${frame} .label=${t('plating.view.topViewOf', { label })}></ip-plating-top-view>
                <ip-plating-section fill .frame=${frame} .minHeightUm=${sectionHeightUm}
                  .label=${t('plating.view.sectionOf', { label })}></ip-plating-section>
              </section>`;
            })}
          </div>
        </div>
        ${sideTabs({
          tabs: TABS,
          open: panel,
          label: t('plating.panel.tabs'),
          tabText: (tab) => t(`plating.panel.${tab}`),
          hideText: t('plating.panel.hide'),
          choose: (tab) => this.ctx.apply({ platingPanel: tab }),
          content: (tab) => this.#panel(tab, runs),
          host: this,
        })}
      </div>
      </div>`;
  }

  #panel(panel: Tab, runs: SubstrateRun[]) {
    const p = this.screen;
    const c = this.#ensureController();
    switch (panel) {
      case 'setup':
        return html`<ip-plating-setup data-look="plating-setup"
          .substrates=${p.settings.substrates.value}
          .seed=${p.settings.seed.value}
          .platingCycles=${p.settings.platingCycles.value}
          .preset=${p.settings.preset.value}
          .infos=${c.infos.value}
        ></ip-plating-setup>`;
      case '3d': {
        const shown = runs[Math.min(this.view3d, runs.length - 1)];
        return html`<section class="three panel" aria-labelledby="three-h" data-look="plating-3d">
          <header>
            <h2 id="three-h">${t('plating.three.heading')}</h2>
            <label for="three-pick">${t('plating.three.pick')}</label>
            <select id="three-pick" @change=${(e: Event) => (this.view3d = Number((e.target as HTMLSelectElement).value))}>
              ${runs.map((r, i) => html`<option value=${i} ?selected=${i === this.view3d}>${tr(r.label)}</option>`)}
            </select>
            <span class="muted note">${t('plating.three.hint')}</span>
          </header>
          <ip-plating-3d .frame=${shown?.frame ?? null}
            .label=${shown ? t('plating.view.deposit3dOf', { label: tr(shown.label) }) : ''}></ip-plating-3d>
        </section>`;
      }
      case 'charts':
        return html`<ip-plating-charts data-look="plating-charts" .runs=${this.staged.charts}></ip-plating-charts>`;
      case 'results':
        return html`<ip-plating-results data-look="plating-results" .runs=${this.staged.results} .infos=${c.infos.value}></ip-plating-results>`;
      case 'snapshots':
        return html`<ip-plating-snapshots data-look="plating-snapshots" .runs=${this.staged.snapshots}></ip-plating-snapshots>`;
      case 'model':
        return html`<ip-model-panel open .simplifications=${PLATING_SIMPLIFICATIONS}></ip-model-panel>`;
    }
  }
}
customElements.define('ip-plating-screen', PlatingScreen);
