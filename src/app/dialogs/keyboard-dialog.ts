import { LitElement, css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import type { Hotkey } from '../../common/a11y/hotkeys.ts';

/** Lists every shortcut and lets the user switch them off. */
export class KeyboardDialog extends LitElement {
  static properties = { hotkeys: { attribute: false }, enabled: { type: Boolean } };
  declare hotkeys: Hotkey[];
  declare enabled: boolean;
  static styles = [
    sharedStyles,
    css`
      dialog {
        width: min(40rem, 94vw);
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.35em 0.5em;
        border-bottom: 1px solid var(--ip-border);
      }
      kbd {
        font: inherit;
        font-weight: 700;
        border: 2px solid var(--ip-border);
        border-radius: 4px;
        padding: 0 0.35em;
        margin-right: 0.25em;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        justify-content: space-between;
        align-items: center;
        margin-top: 0.8rem;
      }
      .row label {
        display: inline-flex;
        align-items: center;
        gap: 0.5em;
      }
      .row input {
        min-height: 0;
        width: 1.3em;
        height: 1.3em;
      }
    `,
  ];

  constructor() {
    super();
    this.hotkeys = [];
    this.enabled = true;
  }

  open(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  render() {
    return html`<dialog aria-labelledby="keys-title">
      <h2 id="keys-title">Keyboard shortcuts</h2>
      <p class="muted">Shortcuts stay quiet while you type in a field or use a control. Tab moves between controls.</p>
      <table>
        <thead><tr><th scope="col">Keys</th><th scope="col">Action</th></tr></thead>
        <tbody>
          ${this.hotkeys.map(
            (h) => html`<tr><td>${h.keys.map((k) => html`<kbd>${k}</kbd>`)}</td><td>${h.description}</td></tr>`,
          )}
          <tr><td><kbd>←</kbd><kbd>→</kbd><kbd>↑</kbd><kbd>↓</kbd> on the 3D view</td><td>Turn the camera</td></tr>
          <tr><td><kbd>+</kbd><kbd>−</kbd> on the 3D view</td><td>Zoom in and out</td></tr>
        </tbody>
      </table>
      <div class="row">
        <label><input type="checkbox" .checked=${this.enabled}
          @change=${(e: Event) => this.dispatchEvent(new CustomEvent('hotkeys-change', { detail: (e.target as HTMLInputElement).checked, bubbles: true, composed: true }))}
        /> Keyboard shortcuts on</label>
        <form method="dialog"><button class="primary">Close</button></form>
      </div>
    </dialog>`;
  }
}
customElements.define('ip-keyboard-dialog', KeyboardDialog);
