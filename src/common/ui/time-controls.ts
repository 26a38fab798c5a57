import { css, html } from 'lit';
import { sharedStyles } from './shared-styles.ts';
import { SPEED_NAME_KEYS, SPEEDS, type Speed } from '../clock/speed.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * The one time control of every screen: play/pause, step, speed, run N, restart, reset all.
 * It only dispatches events; the screen decides what they do. Labels the screen passes come
 * translated; empty ones fall back to the generic words. With `inline`, its buttons join the
 * surrounding flex row instead of making one of their own.
 */
export class TimeControls extends LocalizedElement {
  static properties = {
    playing: { type: Boolean },
    busy: { type: Boolean },
    speed: { type: String },
    stepLabel: { type: String },
    runLabel: { type: String },
    runMax: { type: Number },
    restartLabel: { type: String },
  };
  declare playing: boolean;
  declare busy: boolean;
  declare speed: Speed;
  declare stepLabel: string;
  /** Empty hides the "run N" group. */
  declare runLabel: string;
  declare runMax: number;
  declare restartLabel: string;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      /* Inline: the buttons wrap as items of the screen's own bar, so a narrow bar needs fewer rows. */
      :host([inline]),
      :host([inline]) .bar {
        display: contents;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.6rem;
      }
      .group {
        display: flex;
        align-items: center;
        gap: 0.35rem;
      }
      input[type='number'] {
        width: 4.5em;
      }
      .play {
        min-width: 6.5em;
      }
    `,
  ];

  constructor() {
    super();
    this.playing = false;
    this.busy = false;
    this.speed = 'normal';
    this.stepLabel = '';
    this.runLabel = '';
    this.runMax = 500;
    this.restartLabel = '';
  }

  #emit(name: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  #run(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#run-n');
    const n = Math.round(Number(input?.value));
    this.#emit('run-n', n);
  }

  render() {
    return html`<div class="bar" role="group" aria-label=${t('common.time.controls')}>
      <button class="primary play" aria-pressed=${this.playing ? 'true' : 'false'} ?disabled=${this.busy}
        @click=${() => this.#emit(this.playing ? 'pause' : 'play')}>${this.playing ? `❚❚ ${t('common.time.pause')}` : `▶ ${t('common.time.play')}`}</button>
      <button ?disabled=${this.busy} @click=${() => this.#emit('step')}>${this.stepLabel || t('common.time.step')}</button>
      <span class="group">
        <label for="speed">${t('common.time.speed')}</label>
        <select id="speed" .value=${this.speed} @change=${(e: Event) => this.#emit('speed', (e.target as HTMLSelectElement).value)}>
          ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${t(SPEED_NAME_KEYS[s])}</option>`)}
        </select>
      </span>
      ${this.runLabel
        ? html`<span class="group">
            <label for="run-n">${this.runLabel}</label>
            <input id="run-n" type="number" min="1" max=${this.runMax} step="1" value="10"
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.#run()} />
            <button ?disabled=${this.busy} @click=${() => this.#run()}>${t('common.time.run')}</button>
          </span>`
        : null}
      <button @click=${() => this.#emit('restart')}>${this.restartLabel || t('common.time.restart')}</button>
      <button @click=${() => this.#emit('reset-all')}>↺ ${t('common.time.resetAll')}</button>
    </div>`;
  }
}
customElements.define('ip-time-controls', TimeControls);
