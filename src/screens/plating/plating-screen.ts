import { css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import { WatchController } from '../../common/ui/watch-controller.ts';
import { whenNearViewport } from '../../common/ui/near-viewport.ts';
import type { AppContext } from '../../app/app-context.ts';
import type { PlatingScreenInstance } from './index.ts';
import { STEP_FRACTION, type PlatingController } from './plating-controller.ts';
import type { SubstrateRun } from '../../../worker/plating/types.ts';
import { requireSubstrate, substrateLabel } from '../../../worker/plating/substrate-id.ts';
import { PLATING_SIMPLIFICATIONS } from '../../../worker/plating/simplifications.ts';
import { percent } from '../../i18n/format.ts';
import { msg, t, tr } from '../../i18n/i18n.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import './panels/setup-panel.ts';
import './panels/results-table.ts';
import './panels/snapshots-panel.ts';
import './panels/model-panel.ts';
import './view/top-view.ts';
import './view/section-view.ts';
import './view/height-view.ts';
import '../../common/ui/time-controls.ts';

const STATUS_TEXT = {
  idle: msg('plating.status.idle'),
  running: msg('plating.status.running'),
  paused: msg('plating.status.paused'),
  done: msg('plating.status.done'),
} as const;

/** The Plating lab: Li plating on bare and coated Cu, side by side, same current, capacity and seed. */
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
    css`
      :host {
        display: block;
        padding: 0.6rem;
      }
      .top {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.5rem;
      }
      .run {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      progress {
        width: min(20rem, 100%);
        height: 1.2em;
        accent-color: var(--ip-accent);
      }
      .substrates {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
        gap: 0.6rem;
        margin-top: 0.6rem;
      }
      .substrates section {
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
        min-width: 0;
      }
      .substrates h3 {
        margin: 0;
      }
      .three {
        margin-top: 0.6rem;
      }
      .three header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .three h2 {
        margin: 0;
      }
      ip-plating-3d {
        display: block;
        max-width: 44rem;
        margin: 0 auto;
      }
      ip-plating-results,
      ip-plating-snapshots,
      ip-model-panel {
        display: block;
      }
      /* Holds the charts' place until their code loads, so nothing below them jumps. */
      ip-plating-charts:not(:defined) {
        display: block;
        min-height: 30rem;
      }
      ip-plating-charts,
      ip-plating-results,
      ip-plating-snapshots,
      ip-model-panel {
        margin-top: 0.6rem;
        /* Below the fold the browser skips their layout and paint until they are scrolled near;
           they stay in the accessibility tree and find-in-page. */
        content-visibility: auto;
        contain-intrinsic-size: auto 30rem;
      }
      .note {
        font-size: 0.9em;
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
        p.settings.preset,
        this.screen.settings.seed,
        this.ctx.app.speed,
      ];
    });
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.#stopStaging = this.#ensureController().settled.observe((progress) => this.#stage(progress?.runs ?? []));
  }

  firstUpdated(): void {
    // d3 and the charts load once they are scrolled near, so the screen is interactive sooner.
    void whenNearViewport(this.renderRoot.querySelector('ip-plating-charts')!).then(() => import('./charts/plating-charts.ts'));
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopStaging?.();
    clearTimeout(this.#stageTimer);
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
    const latest = c.latest.value;
    const runs = latest?.runs ?? [];
    const status = p.readouts.status.value;
    const progress = p.readouts.progress.value;
    const shown = runs[Math.min(this.view3d, runs.length - 1)];
    // One height scale for every cross-section, so the substrates compare at a glance.
    const sectionHeightUm = Math.max(0, ...runs.map((r) => r.frame.sectionRows * r.frame.sectionCellUm));
    return html`<div class="top" @setting=${this.#setting}>
        <ip-plating-setup data-look="plating-setup"
          .substrates=${p.settings.substrates.value}
          .currentMAcm2=${p.settings.currentMAcm2.value}
          .capacityMAhcm2=${p.settings.capacityMAhcm2.value}
          .seed=${this.screen.settings.seed.value}
          .preset=${p.settings.preset.value}
          .infos=${c.infos.value}
        ></ip-plating-setup>
        <div class="run panel">
          <ip-time-controls
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
          <label for="progress">${tr(STATUS_TEXT[status])}</label>
          <progress id="progress" max="1" .value=${progress} aria-valuetext=${t('plating.run.progress', { share: progress })}></progress>
          <span aria-hidden="true">${percent(progress)}</span>
        </div>
      </div>
      <div class="substrates" data-look="plating-top-views plating-sections">
        ${p.settings.substrates.value.map((id) => {
          // Laid out from the settings before the first run arrives, which then only fills it in.
          const frame = runs.find((r) => r.substrateId === id)?.frame ?? null;
          const label = tr(substrateLabel(requireSubstrate(id)));
          return html`<section aria-label=${label}>
            <h3>${label}</h3>
            <ip-plating-top-view .frame=${frame} .label=${t('plating.view.topViewOf', { label })}></ip-plating-top-view>
            <ip-plating-section .frame=${frame} .minHeightUm=${sectionHeightUm}
              .label=${t('plating.view.sectionOf', { label })}></ip-plating-section>
          </section>`;
        })}
      </div>
      <section class="three panel" aria-labelledby="three-h" data-look="plating-3d">
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
      </section>
      <ip-plating-charts data-look="plating-charts" .runs=${this.staged.charts}></ip-plating-charts>
      <ip-plating-results data-look="plating-results" .runs=${this.staged.results} .infos=${c.infos.value}></ip-plating-results>
      <ip-plating-snapshots .runs=${this.staged.snapshots}></ip-plating-snapshots>
      <ip-model-panel .simplifications=${PLATING_SIMPLIFICATIONS}></ip-model-panel>`;
  }
}
customElements.define('ip-plating-screen', PlatingScreen);
