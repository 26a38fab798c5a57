import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { substrateIdOf, thicknessRangeNm } from '../../../../worker/plating/substrate-id.ts';
import { PLATING_LIMITS } from '../../../../worker/plating/limits.ts';
import type { SubstrateInfo, SubstrateKind } from '../../../../worker/plating/types.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { sig } from '../../../i18n/format.ts';
import { msg, t, tr } from '../../../i18n/i18n.ts';
import type { MessageRef } from '../../../../worker/common/message-ref.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { parametersTable } from './parameters-dialog.ts';
import { PRESET_IDS, type PresetId } from '../../../../worker/plating/presets.ts';
import { MAX_SUBSTRATES } from '../plating-settings.ts';
import { defaultThicknessNm, KIND_OPTIONS, nextSubstrate, replaceAt, slotOf, TIO2_PRESETS_NM } from './substrate-slots.ts';
import { fieldValue } from '../../../common/ui/field-value.ts';
import { applyNumber, rangeText } from './number-input.ts';

/** What a `setting` event carries: one changed setting, or a preset to apply. */
export type PlatingSettingDetail =
  | { substrates: string[] }
  | { currentMAcm2: number }
  | { capacityMAhcm2: number }
  | { platingCycles: number }
  | { platingSeed: number }
  | { preset: PresetId };

/** The words of each preset of presets.ts; a Record, so a new preset cannot go without them. */
const PRESET_WORDS: Record<PresetId, { label: MessageRef; hint: MessageRef }> = {
  oyakhire2020: { label: msg('plating.preset.oyakhire2020'), hint: msg('plating.preset.oyakhire2020.hint') },
  cao2016: { label: msg('plating.preset.cao2016'), hint: msg('plating.preset.cao2016.hint') },
  dendrites: { label: msg('plating.preset.dendrites'), hint: msg('plating.preset.dendrites.hint') },
};

/**
 * <ip-plating-setup>: the presets, 1 to MAX_SUBSTRATES substrates and the seed (the current and
 * capacity sit with the run controls, in <ip-plating-conditions>). It holds no state of its own: every edit leaves as a `setting` event
 * (bubbles, composed) and comes back through the properties.
 */
export class PlatingSetup extends LocalizedElement {
  static properties: PropertyDeclarations = {
    substrates: { attribute: false },
    seed: { type: Number },
    platingCycles: { type: Number },
    preset: { type: String },
    infos: { attribute: false },
    dialogId: { state: true },
  };
  declare substrates: string[];
  declare seed: number;
  declare platingCycles: number;
  /** The preset the settings match, or `custom`: its button shows as pressed. */
  declare preset: string;
  declare infos: SubstrateInfo[];
  declare protected dialogId: string | null;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
        align-items: center;
      }
      ol {
        list-style: none;
        margin: 0.4em 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
        gap: 0.5em 1em;
      }
      li {
        border-left: 0.4em solid var(--slot-color);
        padding: 0.3em 0 0.3em 0.5em;
        display: grid;
        align-content: start;
        gap: 0.3em;
      }
      .slot-title {
        font-weight: 700;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
      }
      input[type='number'] {
        width: 5.5em;
      }
      .conditions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em 1.4em;
        align-items: center;
        margin-top: 0.6em;
      }
      .range {
        font-size: 0.85em;
        white-space: nowrap;
      }
      .presets button {
        font-size: 0.95em;
      }
      dialog {
        color: var(--ip-fg, #eef2f6);
        background: var(--ip-panel, #19212b);
        border: 2px solid var(--ip-border, #3a4756);
        border-radius: 8px;
        max-width: min(60rem, 95vw);
        max-height: 90vh;
      }
      .dialog-head {
        position: sticky;
        top: -1em;
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1em;
        background: var(--ip-panel, #19212b);
        padding: 0.2em 0;
      }
      .dialog-head h2 {
        margin: 0;
      }
      .tag {
        white-space: nowrap;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.55);
      }
      dialog table {
        border-collapse: collapse;
      }
      dialog th,
      dialog td {
        text-align: left;
        vertical-align: top;
        padding: 0.3em 0.5em;
        border-bottom: 1px solid var(--ip-grid, #34404d);
      }
      dialog .num {
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .tag.choice {
        color: var(--ip-warn, #ffcf5c);
        border-color: var(--ip-warn, #ffcf5c);
      }
      .why {
        display: block;
        color: var(--ip-muted, #b4c0cc);
        font-size: 0.9em;
      }
    `,
  ];

  constructor() {
    super();
    this.substrates = ['cu'];
    this.seed = 1;
    this.platingCycles = 0;
    this.preset = 'custom';
    this.infos = [];
    this.dialogId = null;
  }

  private emit(detail: PlatingSettingDetail): void {
    this.dispatchEvent(new CustomEvent<PlatingSettingDetail>('setting', { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    const L = PLATING_LIMITS;
    return html`<section class="panel" aria-labelledby="setup-h">
      <h2 id="setup-h">${t('plating.setup.heading')}</h2>
      <div class="row presets" role="group" aria-label=${t('plating.setup.presets')}>
        <span class="muted">${t('plating.setup.presetsLead')}</span>
        ${PRESET_IDS.map((id) => html`<button type="button" title=${tr(PRESET_WORDS[id].hint)}
          aria-pressed=${id === this.preset ? 'true' : 'false'} @click=${() => this.emit({ preset: id })}>${tr(PRESET_WORDS[id].label)}</button>`)}
      </div>
      <ol aria-label=${t('plating.setup.substrates')}>${this.substrates.map((id, i) => this.renderSlot(id, i))}</ol>
      <button type="button" ?disabled=${this.substrates.length >= MAX_SUBSTRATES} @click=${this.addSlot}>${t('plating.setup.add')}</button>
      <div class="conditions">
        <span class="cond"><label for="cycles">${t('plating.setup.cycles')}</label>
        <input id="cycles" type="number" min=${L.platingCycles.min} max=${L.platingCycles.max} step="1" aria-describedby="cycles-range"
          .value=${fieldValue(String(this.platingCycles))}
          @change=${(e: Event) => applyNumber(this, e, (v) => this.emit({ platingCycles: v }))}>
        <span id="cycles-range" class="range muted">${t('plating.setup.cyclesHint', { max: L.platingCycles.max })}</span></span>
        <span class="cond"><label for="seed">${t('plating.setup.seed')}</label>
        <input id="seed" type="number" min="1" max="2147483647" step="1" .value=${fieldValue(String(this.seed))}
          @change=${(e: Event) => applyNumber(this, e, (v) => this.emit({ platingSeed: v }))}></span>
      </div>
      ${this.renderDialog()}
    </section>`;
  }

  private renderSlot(id: string, index: number) {
    const slot = slotOf(id);
    const range = thicknessRangeNm(slot.kind);
    const info = this.infos.find((x) => x.id === id);
    const n = index + 1;
    return html`<li style=${`--slot-color: var(--ip-series-${n})`}>
      <div class="row">
        <span class="slot-title">${t('plating.slot.title', { n })}</span>
        <select aria-label=${t('plating.slot.kind', { n })} .value=${fieldValue(slot.kind)}
          @change=${(e: Event) => this.setKind(index, (e.target as HTMLSelectElement).value as SubstrateKind)}>
          ${KIND_OPTIONS.map((o) => html`<option value=${o.kind} ?selected=${o.kind === slot.kind}>${tr(o.label)}</option>`)}
        </select>
      </div>
      ${range
        ? html`<div class="row">
            <label>${t('plating.slot.thickness')}
              <input type="number" min=${range.min} max=${range.max} step="1" .value=${fieldValue(String(slot.thicknessNm))}
                aria-describedby=${`range-${n}`}
                @change=${(e: Event) => applyNumber(this, e, (v) => this.setSubstrate(index, substrateIdOf(slot.kind, v)))}>
            </label>
            <span id=${`range-${n}`} class="range muted">${rangeText(range)} nm</span>
            ${slot.kind === 'tio2'
              ? html`<span class="row" role="group" aria-label=${t('plating.slot.tio2Presets', { n })}>
                  ${TIO2_PRESETS_NM.map((nm) => html`<button type="button" aria-pressed=${slot.thicknessNm === nm ? 'true' : 'false'}
                    aria-label=${`${sig(nm)} nm`} @click=${() => this.setSubstrate(index, substrateIdOf('tio2', nm))}>${sig(nm)}</button>`)}
                </span>`
              : nothing}
          </div>`
        : nothing}
      <div class="row">
        <button type="button" ?disabled=${!info} aria-haspopup="dialog"
          aria-label=${t('plating.slot.parametersFor', { n })} @click=${() => this.openParameters(id)}>${t('plating.slot.parameters')}</button>
        <button type="button" ?disabled=${this.substrates.length <= 1} aria-label=${t('plating.slot.removeFor', { n })}
          @click=${() => this.emit({ substrates: this.substrates.filter((_, i) => i !== index) })}>${t('plating.slot.remove')}</button>
      </div>
    </li>`;
  }

  private renderDialog() {
    const info = this.dialogId ? this.infos.find((x) => x.id === this.dialogId) : undefined;
    return html`<dialog aria-labelledby="params-h" @close=${() => (this.dialogId = null)}>
      <header class="dialog-head">
        <h2 id="params-h">${info ? t('plating.params.headingFor', { label: tr(info.label) }) : t('plating.params.heading')}</h2>
        <form method="dialog"><button type="submit" class="primary">${t('plating.params.close')}</button></form>
      </header>
      ${info
        ? html`<p class="muted">${t('plating.params.intro')}</p>
            ${parametersTable(info)}`
        : nothing}
    </dialog>`;
  }

  private openParameters(id: string): void {
    this.dialogId = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  private setKind(index: number, kind: SubstrateKind): void {
    this.setSubstrate(index, substrateIdOf(kind, defaultThicknessNm(kind)));
  }

  private setSubstrate(index: number, id: string): void {
    if (this.substrates[index] !== id) this.emit({ substrates: replaceAt(this.substrates, index, id) });
  }

  private readonly addSlot = (): void => {
    if (this.substrates.length < MAX_SUBSTRATES) this.emit({ substrates: [...this.substrates, nextSubstrate(this.substrates)] });
  };
}

customElements.define('ip-plating-setup', PlatingSetup);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-setup': PlatingSetup;
  }
}
