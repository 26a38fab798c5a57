import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import type { CoatingData, SourceEntry } from '../catalogue/coating-types.ts';
import { coatingNameRef, sourceCitation, sourceHref } from '../catalogue/coating-words.ts';
import { comparedText, resultNote, resultText } from '../result-text.ts';
import { conditionsText } from '../charts/point-words.ts';

/** Published results with their conditions and sources: one coating's on its card, or all on the Results view. */
export class CoatingResultsTable extends LocalizedElement {
  static properties = {
    coatings: { attribute: false },
    sources: { attribute: false },
    withCoating: { type: Boolean, attribute: 'with-coating' },
    caption: {},
  };
  declare coatings: CoatingData[];
  declare sources: Readonly<Record<string, SourceEntry>>;
  /** A first column naming the coating, for a table of many. */
  declare withCoating: boolean;
  declare caption: string;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.92em;
      }
      caption {
        text-align: start;
        font-weight: 700;
        padding-bottom: 0.2rem;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.2rem 0.4rem;
        border-bottom: 1px solid var(--ip-border);
      }
      thead th {
        color: var(--ip-muted);
        font-weight: 600;
        white-space: nowrap;
      }
      td:first-of-type {
        min-width: 4em;
      }
      a {
        color: var(--ip-accent);
      }
      .note {
        display: block;
        color: var(--ip-muted);
        font-size: 0.92em;
      }
    `,
  ];

  constructor() {
    super();
    this.coatings = [];
    this.sources = {};
    this.withCoating = false;
    this.caption = '';
  }

  render() {
    const rows = this.coatings.flatMap((c) => c.results.map((r) => ({ c, r })));
    return html`<table>
      ${this.caption ? html`<caption>${this.caption}</caption>` : null}
      <thead>
        <tr>
          ${this.withCoating ? html`<th scope="col">${t('coatings.properties.coating')}</th>` : null}
          <th scope="col">${t('coatings.result.quantity')}</th>
          <th scope="col">${t('coatings.result.value')}</th>
          <th scope="col">${t('coatings.result.conditions')}</th>
          <th scope="col">${t('coatings.result.source')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(({ c, r }) => {
          const source = this.sources[r.source]!;
          return html`<tr>
            ${this.withCoating ? html`<th scope="row">${tr(coatingNameRef(c.id))}</th>` : null}
            <td>${t(`coatings.quantity.${r.quantity}`)}</td>
            <td>
              ${resultText(c, r)}
              ${r.comparedWith ? html`<span class="note">${t('coatings.result.against', { compared: comparedText(r) })}</span>` : null}
              ${resultNote(c, r) ? html`<span class="note">${resultNote(c, r)}</span>` : null}
            </td>
            <td>${conditionsText(r.conditions)}</td>
            <td><a href=${sourceHref(source)} target="_blank" rel="noopener">${sourceCitation(source)}</a></td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
customElements.define('ip-coating-results', CoatingResultsTable);
