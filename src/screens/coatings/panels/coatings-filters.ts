import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t } from '../../../i18n/i18n.ts';
import { METHODS, PATHWAYS } from '../catalogue/coating-types.ts';
import { ALL } from '../coatings-settings.ts';
import { SORT_KEYS } from '../coating-order.ts';
import { emitSetting } from './setting-event.ts';

/** Method and pathway filters, the sort, and how many cards they leave. */
export class CoatingsFilters extends LocalizedElement {
  static properties = {
    method: {},
    pathway: {},
    sort: {},
    shown: { type: Number },
    total: { type: Number },
    sortable: { type: Boolean },
  };
  declare method: string;
  declare pathway: string;
  declare sort: string;
  declare shown: number;
  declare total: number;
  /** Only the card list is sorted; the other views keep catalogue order. */
  declare sortable: boolean;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 0.8rem;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
      }
      select {
        max-width: 13rem;
      }
      .count {
        color: var(--ip-muted);
      }
    `,
  ];

  render() {
    const select = (key: string, label: string, value: string, options: { value: string; text: string }[]) => html`
      <label
        >${label}
        <select @change=${(e: Event) => emitSetting(this, { [key]: (e.target as HTMLSelectElement).value })}>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.text}</option>`)}
        </select>
      </label>
    `;
    const all = { value: ALL, text: t('coatings.filter.all') };
    return html`
      ${select('method', t('coatings.filter.method'), this.method, [
        all,
        ...METHODS.map((m) => ({ value: m, text: t(`coatings.method.${m}`) })),
      ])}
      ${select('pathway', t('coatings.filter.pathway'), this.pathway, [
        all,
        ...PATHWAYS.map((p) => ({ value: p, text: t(`coatings.pathway.${p}`) })),
      ])}
      ${this.sortable
        ? select(
            'coatingsSort',
            t('coatings.filter.sort'),
            this.sort,
            SORT_KEYS.map((k) => ({ value: k, text: t(`coatings.sort.${k}`) })),
          )
        : null}
      <span class="count" role="status">${t('coatings.filter.count', { shown: this.shown, total: this.total })}</span>
    `;
  }
}
customElements.define('ip-coatings-filters', CoatingsFilters);
