import { css, html, type PropertyDeclarations } from 'lit';
import type { MessageRef } from '../../../../worker/common/message-ref.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';

/** <ip-model-panel>: a collapsible list of what the model leaves out or simplifies. */
export class ModelPanel extends LocalizedElement {
  static properties: PropertyDeclarations = {
    simplifications: { attribute: false },
    heading: { attribute: false },
    open: { type: Boolean },
  };
  declare simplifications: readonly MessageRef[];
  /** The summary line; the Plating lab's own heading when not set. */
  declare heading: MessageRef | null;
  /** Starts unfolded (where the list has a tab of its own). */
  declare open: boolean;

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        font-size: 1.1em;
      }
      ul {
        margin: 0.5em 0 0;
        padding-left: 1.3em;
      }
      li + li {
        margin-top: 0.3em;
      }
    `,
  ];

  constructor() {
    super();
    this.simplifications = [];
    this.heading = null;
    this.open = false;
  }

  protected override render() {
    return html`<details class="panel" ?open=${this.open}>
      <summary>${this.heading ? tr(this.heading) : t('plating.model.heading')}</summary>
      ${this.simplifications.length === 0
        ? html`<p class="muted">${t('plating.model.empty')}</p>`
        : html`<ul>${this.simplifications.map((s) => html`<li>${tr(s)}</li>`)}</ul>`}
    </details>`;
  }
}

customElements.define('ip-model-panel', ModelPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ip-model-panel': ModelPanel;
  }
}
