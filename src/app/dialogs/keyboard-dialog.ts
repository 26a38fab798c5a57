import { css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import type { Hotkey } from '../../common/a11y/hotkeys.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import { t, tr } from '../../i18n/i18n.ts';

/** Lists every shortcut and lets the user switch them off. */
export class KeyboardDialog extends LocalizedElement {
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
    const on3dView = t('dialogs.keys.on3dView');
    return html`<dialog aria-labelledby="keys-title">
      <h2 id="keys-title">${t('dialogs.keys.title')}</h2>
      <p class="muted">${t('dialogs.keys.note')}</p>
      <table>
        <thead><tr><th scope="col">${t('dialogs.keys.keysColumn')}</th><th scope="col">${t('dialogs.keys.actionColumn')}</th></tr></thead>
        <tbody>
          ${this.hotkeys.map(
            (h) => html`<tr><td>${h.keys.map((k) => html`<kbd>${k}</kbd>`)}</td><td>${tr(h.description)}</td></tr>`,
          )}
          <tr><td><kbd>←</kbd><kbd>→</kbd><kbd>↑</kbd><kbd>↓</kbd> ${on3dView}</td><td>${t('dialogs.keys.turnCamera')}</td></tr>
          <tr><td><kbd>+</kbd><kbd>−</kbd> ${on3dView}</td><td>${t('dialogs.keys.zoomCamera')}</td></tr>
          <tr><td><kbd>Home</kbd> ${on3dView}</td><td>${t('dialogs.keys.homeCamera')}</td></tr>
        </tbody>
      </table>
      <div class="row">
        <label><input type="checkbox" .checked=${this.enabled}
          @change=${(e: Event) => this.dispatchEvent(new CustomEvent('hotkeys-change', { detail: (e.target as HTMLInputElement).checked, bubbles: true, composed: true }))}
        /> ${t('dialogs.keys.enabled')}</label>
        <form method="dialog"><button class="primary">${t('dialogs.close')}</button></form>
      </div>
    </dialog>`;
  }
}
customElements.define('ip-keyboard-dialog', KeyboardDialog);
