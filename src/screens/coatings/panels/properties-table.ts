import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { PROPERTIES, type CoatingData, type PropertyId, type SourceEntry } from '../catalogue/coating-types.ts';
import { coatingNameRef, propertyEvidenceRef, sourceCitation, sourceHref } from '../catalogue/coating-words.ts';

/** Marks beside the words, so a rating reads without colour and from the back of the room. */
const RATING_MARK = { yes: '✓', partial: '◐', no: '✗' } as const;

/** The seven properties across the coatings; a cell opens its evidence and source below the table. */
export class PropertiesTable extends LocalizedElement {
  static properties = {
    coatings: { attribute: false },
    sources: { attribute: false },
    picked: { state: true },
  };
  declare coatings: CoatingData[];
  declare sources: Readonly<Record<string, SourceEntry>>;
  declare picked: { coating: string; property: PropertyId } | null;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: minmax(0, 1fr) auto;
        gap: 0.5rem;
        min-height: 0;
      }
      .scroll {
        overflow: auto;
        min-height: 0;
      }
      table {
        border-collapse: collapse;
        font-size: 0.9em;
      }
      caption {
        text-align: start;
        padding-bottom: 0.3rem;
      }
      th,
      td {
        border: 1px solid var(--ip-border);
        padding: 0;
        text-align: start;
      }
      thead th {
        position: sticky;
        top: 0;
        background: var(--ip-panel);
        padding: 0.2rem 0.4rem;
        font-weight: 600;
        vertical-align: bottom;
      }
      tbody th {
        padding: 0.2rem 0.4rem;
        white-space: nowrap;
      }
      td button {
        width: 100%;
        min-height: 2em;
        border: 0;
        border-radius: 0;
        font-weight: 400;
        background: transparent;
        white-space: nowrap;
      }
      td button[data-rating='yes'] {
        font-weight: 700;
      }
      td button[data-rating='not reported'] {
        color: var(--ip-muted);
      }
      td button[aria-pressed='true'] {
        background: var(--ip-accent);
        color: var(--ip-accent-fg);
      }
      .evidence {
        min-height: 3.5em;
      }
      .evidence p {
        margin: 0.2em 0;
      }
      a {
        color: var(--ip-accent);
      }
    `,
  ];

  constructor() {
    super();
    this.coatings = [];
    this.sources = {};
    this.picked = null;
  }

  render() {
    return html`
      <div class="scroll">
        <table>
          <caption>${t('coatings.properties.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('coatings.properties.coating')}</th>
              ${PROPERTIES.map((p) => html`<th scope="col">${t(`coatings.property.${p}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.coatings.map(
              (c) => html`<tr>
                <th scope="row">${tr(coatingNameRef(c.id))}</th>
                ${PROPERTIES.map((p) => {
                  const rating = c.properties[p].rating;
                  const pressed = this.picked?.coating === c.id && this.picked.property === p;
                  return html`<td>
                    <button
                      data-rating=${rating}
                      aria-pressed=${pressed ? 'true' : 'false'}
                      @click=${() => (this.picked = { coating: c.id, property: p })}
                    >
                      ${rating === 'not reported'
                        ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${t('coatings.rating.not reported')}</span>`
                        : html`${RATING_MARK[rating]} ${t(`coatings.rating.${rating}`)}`}
                    </button>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="evidence" role="status">${this.#evidence()}</div>
    `;
  }

  #evidence() {
    const picked = this.picked;
    const coating = picked && this.coatings.find((c) => c.id === picked.coating);
    if (!picked || !coating) return html`<p>${t('coatings.properties.pick')}</p>`;
    const e = coating.properties[picked.property];
    const source = e.source ? this.sources[e.source] : undefined;
    const title = t('coatings.properties.evidence', {
      coating: tr(coatingNameRef(coating.id)),
      property: t(`coatings.property.${picked.property}`),
    });
    return html`
      <p><strong>${title}</strong>: ${t(`coatings.rating.${e.rating}`)}</p>
      ${e.rating === 'not reported' ? null : html`<p>${tr(propertyEvidenceRef(coating.id, picked.property))}</p>`}
      ${source ? html`<p><a href=${sourceHref(source)} target="_blank" rel="noopener">${sourceCitation(source)}</a></p>` : null}
    `;
  }
}
customElements.define('ip-properties-table', PropertiesTable);
