import { css, html, nothing } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import type { AldSnapshot, ProcessDefinition } from '../../../../worker/ald/types.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { fixed, percent, whole } from '../../../i18n/format.ts';
import { processName } from '../process-text.ts';
import { RECIPE_PRESET_IDS } from '../recipe-presets.ts';
import { plateTarget } from '../plate-film.ts';
import { blockTitle } from './block-title.ts';

const emit = (el: HTMLElement, name: string, detail?: unknown) =>
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

/**
 * The recipe as blocks: presets of the review's films, the sequence in its link form, the
 * layers grown so far and the film's composition (all measured by the model), and the way to
 * plate Li on a grown TiO2 or LAS film in the Plating lab.
 */
export class SequencePanel extends LocalizedElement {
  static properties = {
    sequence: { attribute: false },
    preset: { attribute: false },
    snapshot: { attribute: false },
    processes: { attribute: false },
    busy: { type: Boolean },
  };
  declare sequence: string;
  declare preset: string;
  declare snapshot: AldSnapshot | null;
  declare processes: ProcessDefinition[];
  declare busy: boolean;

  static styles = [
    sharedStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        align-items: end;
        margin: 0.3em 0;
      }
      .row label {
        display: flex;
        flex-direction: column;
        flex: 1 1 12rem;
        min-width: 0;
      }
      input[type='text'] {
        font-family: monospace;
        width: 100%;
        box-sizing: border-box;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-variant-numeric: tabular-nums;
        margin: 0.3em 0;
      }
      th,
      td {
        text-align: left;
        padding: 0.1em 0.3em;
        border-bottom: 1px solid var(--ip-grid);
      }
      td.num {
        text-align: right;
        white-space: nowrap;
      }
      .muted {
        color: var(--ip-muted);
      }
      p {
        margin: 0.3em 0;
      }
    `,
  ];

  constructor() {
    super();
    this.sequence = '';
    this.preset = 'custom';
    this.snapshot = null;
    this.processes = [];
    this.busy = false;
  }

  #apply(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#sequence')!;
    emit(this, 'setting', { sequence: input.value.trim() });
  }

  #name(id: string): string {
    const p = this.processes.find((q) => q.id === id);
    return p ? processName(p) : id;
  }

  render() {
    const snap = this.snapshot;
    const position = snap?.sequence;
    const running = this.sequence !== '';
    const plate = plateTarget(snap);
    const composition = snap?.composition ?? null;
    return html`<section class="panel" aria-labelledby="sequence-h">
      <h2 id="sequence-h">${t('reactor.sequence.heading')}</h2>
      <div class="row">
        <label>${t('reactor.sequence.preset')}
          <select id="preset" .value=${this.preset}
            @change=${(e: Event) => emit(this, 'setting', { recipePreset: (e.target as HTMLSelectElement).value })}>
            <option value="custom" ?selected=${this.preset === 'custom'}>${t('reactor.sequence.presetCustom')}</option>
            ${RECIPE_PRESET_IDS.map((id) => html`<option value=${id} ?selected=${this.preset === id}>${t(`reactor.sequence.preset.${id}`)}</option>`)}
          </select>
        </label>
      </div>
      <form class="row" @submit=${this.#apply}>
        <label>${t('reactor.sequence.text')}
          <input id="sequence" type="text" .value=${this.sequence} spellcheck="false" autocomplete="off"
            placeholder="al2o3*50,alucone-eg*50" aria-describedby="sequence-help" />
        </label>
        <button type="submit">${t('reactor.sequence.apply')}</button>
      </form>
      <p id="sequence-help" class="muted">${t('reactor.sequence.help')}</p>
      ${running && position
        ? html`<p>${position.complete
              ? t('reactor.sequence.complete', { blocks: position.blocks })
              : blockTitle(snap!, (id) => this.#name(id))}</p>
            <!-- Announces a new block or the end, not every cycle: the line above changes each half-step. -->
            <p role="status" class="visually-hidden">${position.complete
              ? t('reactor.sequence.complete', { blocks: position.blocks })
              : t('reactor.sequence.nowGrowing', {
                  block: position.block + 1,
                  blocks: position.blocks,
                  process: this.#name(snap!.nextProcessId ?? snap!.processId),
                })}</p>
            <div class="row">
              <button type="button" ?disabled=${this.busy || position.complete} @click=${() => emit(this, 'grow-sequence')}>
                ${t('reactor.sequence.growRest')}
              </button>
            </div>`
        : nothing}
      ${snap && snap.layers.length > 0
        ? html`<table>
            <caption class="visually-hidden">${t('reactor.sequence.layersCaption')}</caption>
            <thead><tr><th scope="col">${t('reactor.sequence.layer')}</th><th scope="col">${t('reactor.sequence.cycles')}</th>
              <th scope="col">${t('reactor.sequence.thickness')}</th></tr></thead>
            <tbody>${snap.layers.map(
              (l, i) => html`<tr><td>${i + 1}. ${l.parts ? l.process : this.#name(l.process)}</td><td class="num">${whole(l.cycles)}</td>
                <td class="num">${fixed(l.thicknessNm, 2)}\u00a0nm</td></tr>`,
            )}</tbody>
          </table>
          <p>${t('reactor.sequence.composition')}
            <strong>${composition
              ? Object.entries(composition).map(([el, f]) => `${el} ${percent(f, 1)}`).join(' · ')
              : t('reactor.sequence.noComposition')}</strong></p>`
        : nothing}
      ${plate.ok
        ? html`<div class="row">
            <button type="button" id="plate" @click=${() => emit(this, 'plate-film', plate)}>${t('reactor.plate.button')}</button>
          </div>
          <p class="muted">${t(`reactor.plate.will.${plate.kind}`, { nm: plate.usedNm })}${plate.clamped
            ? html` ${t('reactor.plate.clampedHint', { measured: fixed(plate.measuredNm, 1), used: plate.usedNm })}`
            : nothing}</p>`
        : snap && snap.thicknessNm > 0
          ? html`<p class="muted">${t('reactor.plate.notModelled')}</p>`
          : nothing}
    </section>`;
  }
}
customElements.define('ip-sequence-panel', SequencePanel);
