import { css, html, type PropertyDeclarations } from 'lit';
import { PLATING_LIMITS } from '../../../../worker/plating/limits.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { fieldValue } from '../../../common/ui/field-value.ts';
import { t } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { applyNumber, rangeText } from './number-input.ts';
import type { PlatingSettingDetail } from './setup-panel.ts';

/**
 * <ip-plating-conditions>: the current density and capacity every substrate is plated at, kept
 * beside the run controls so they are always in sight. Edits leave as `setting` events.
 */
export class PlatingConditions extends LocalizedElement {
  static properties: PropertyDeclarations = {
    currentMAcm2: { type: Number },
    capacityMAhcm2: { type: Number },
  };
  declare currentMAcm2: number;
  declare capacityMAhcm2: number;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em 1em;
        align-items: center;
      }
      span {
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        white-space: nowrap;
      }
      input {
        width: 4.6em;
      }
      .range {
        font-size: 0.85em;
      }
      /* On a narrow screen the ranges are read out, not shown: a value out of range is named in a warning anyway. */
      @media (max-width: 1100px) {
        .range {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
      }
    `,
  ];

  constructor() {
    super();
    this.currentMAcm2 = 1;
    this.capacityMAhcm2 = 1;
  }

  #emit(detail: PlatingSettingDetail): void {
    this.dispatchEvent(new CustomEvent<PlatingSettingDetail>('setting', { detail, bubbles: true, composed: true }));
  }

  protected override render() {
    const L = PLATING_LIMITS;
    return html`<span><label for="current">${t('plating.setup.current')}</label>
        <input id="current" type="number" min=${L.currentMAcm2.min} max=${L.currentMAcm2.max} step="0.1"
          aria-describedby="current-range" .value=${fieldValue(String(this.currentMAcm2))}
          @change=${(e: Event) => applyNumber(this, e, (v) => this.#emit({ currentMAcm2: v }))}>
        <span id="current-range" class="range muted">${rangeText(L.currentMAcm2)}</span></span>
      <span><label for="capacity">${t('plating.setup.capacity')}</label>
        <input id="capacity" type="number" min=${L.capacityMAhcm2.min} max=${L.capacityMAhcm2.max} step="0.05"
          aria-describedby="capacity-range" .value=${fieldValue(String(this.capacityMAhcm2))}
          @change=${(e: Event) => applyNumber(this, e, (v) => this.#emit({ capacityMAhcm2: v }))}>
        <span id="capacity-range" class="range muted">${rangeText(L.capacityMAhcm2)}</span></span>`;
  }
}

customElements.define('ip-plating-conditions', PlatingConditions);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-conditions': PlatingConditions;
  }
}
