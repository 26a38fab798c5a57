import { css, html } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import type { CoatingData } from '../catalogue/coating-types.ts';
import { coatingNameRef } from '../catalogue/coating-words.ts';
import { thicknessText } from '../result-text.ts';
import { emitSetting } from './setting-event.ts';

/** The cards as a list of buttons; the pressed one is shown beside it. */
export class CoatingList extends LocalizedElement {
  static properties = {
    coatings: { attribute: false },
    selected: {},
  };
  declare coatings: CoatingData[];
  declare selected: string;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      button {
        width: 100%;
        text-align: start;
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0 0.5rem;
        padding: 0.3rem 0.5rem;
        font-weight: 400;
      }
      .name {
        font-weight: 700;
      }
      .meta {
        grid-column: 1 / -1;
        font-size: 0.85em;
      }
      button[aria-pressed='false'] .meta {
        color: var(--ip-muted);
      }
      .method {
        font-size: 0.8em;
        font-weight: 700;
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 0 0.3em;
        align-self: center;
      }
    `,
  ];

  constructor() {
    super();
    this.coatings = [];
    this.selected = '';
  }

  render() {
    return html`<ul aria-label=${t('coatings.card.list')}>
      ${this.coatings.map(
        (c) => html`<li>
          <button
            aria-pressed=${c.id === this.selected ? 'true' : 'false'}
            data-coating=${c.id}
            @click=${() => emitSetting(this, { coating: c.id })}
          >
            <span class="name">${tr(coatingNameRef(c.id))}</span>
            <span class="method">${t(`coatings.method.${c.method}`)}</span>
            <span class="meta">${t(`coatings.pathway.${c.pathway}`)} · ${thicknessText(c.thicknessNm)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  /** Keeps the pressed card in view when → or a link selects one further down. */
  updated(changed: Map<string, unknown>): void {
    if (!changed.has('selected') || changed.get('selected') === undefined) return;
    this.renderRoot.querySelector('button[aria-pressed="true"]')?.scrollIntoView({ block: 'nearest' });
  }
}
customElements.define('ip-coating-list', CoatingList);
