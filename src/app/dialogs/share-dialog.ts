import { LitElement, css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';

/** Gives the link to the current settings and an iframe snippet for a course page. */
export class ShareDialog extends LitElement {
  static properties = { url: { type: String } };
  declare url: string;
  static styles = [
    sharedStyles,
    css`
      dialog {
        width: min(44rem, 94vw);
      }
      label {
        display: block;
        font-weight: 600;
        margin-top: 0.8em;
      }
      textarea {
        width: 100%;
        font: 0.85em monospace;
        color: var(--ip-fg);
        background: var(--ip-panel);
        border: 2px solid var(--ip-border);
        border-radius: 6px;
        resize: vertical;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        margin-top: 0.5rem;
      }
    `,
  ];

  constructor() {
    super();
    this.url = '';
  }

  open(url: string): void {
    this.url = url;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  #snippet(): string {
    const src = this.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return `<iframe src="${src}" title="Interphase simulation" width="1280" height="800" allow="fullscreen" allowfullscreen></iframe>`;
  }

  async #copy(text: string, button: EventTarget | null): Promise<void> {
    const b = button as HTMLButtonElement;
    try {
      await navigator.clipboard.writeText(text);
      b.textContent = 'Copied';
    } catch {
      b.textContent = 'Select and copy by hand';
    }
  }

  render() {
    return html`<dialog aria-labelledby="share-title">
      <h2 id="share-title">Share this setup</h2>
      <p class="muted">The link holds every setting on screen (not the progress of a run).</p>
      <label for="share-link">Link</label>
      <textarea id="share-link" rows="3" readonly .value=${this.url}></textarea>
      <div class="row">
        <button @click=${(e: Event) => this.#copy(this.url, e.currentTarget)}>Copy link</button>
      </div>
      <label for="share-embed">Embed in a course page</label>
      <textarea id="share-embed" rows="4" readonly .value=${this.#snippet()}></textarea>
      <div class="row">
        <button @click=${(e: Event) => this.#copy(this.#snippet(), e.currentTarget)}>Copy embed code</button>
      </div>
      <form method="dialog" class="row"><button class="primary">Close</button></form>
    </dialog>`;
  }
}
customElements.define('ip-share-dialog', ShareDialog);
