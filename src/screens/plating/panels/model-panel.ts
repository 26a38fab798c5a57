import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';

/** <ip-model-panel>: a collapsible list of what the model leaves out or simplifies. */
export class ModelPanel extends LitElement {
  static properties: PropertyDeclarations = {
    simplifications: { attribute: false },
    heading: { type: String },
  };
  declare simplifications: string[];
  declare heading: string;

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
    this.heading = 'Model: what it simplifies';
  }

  protected override render() {
    return html`<details class="panel">
      <summary>${this.heading}</summary>
      ${this.simplifications.length === 0
        ? html`<p class="muted">No simplifications listed.</p>`
        : html`<ul>${this.simplifications.map((s) => html`<li>${s}</li>`)}</ul>`}
    </details>`;
  }
}

customElements.define('ip-model-panel', ModelPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ip-model-panel': ModelPanel;
  }
}
