import { css, html } from 'lit';
import { sharedStyles } from '../../common/ui/shared-styles.ts';
import { LocalizedElement } from '../../i18n/localized-element.ts';
import { t } from '../../i18n/i18n.ts';

type CopyTarget = 'link' | 'embed';
/** The outcome of the last copy, shown beside its button (a status, so screen readers hear it). */
type CopyResult = { target: CopyTarget; ok: boolean } | undefined;

/** Gives the link to the current settings and an iframe snippet for a course page. */
export class ShareDialog extends LocalizedElement {
  static properties = { url: { type: String }, copied: { state: true } };
  declare url: string;
  declare private copied: CopyResult;
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
        align-items: center;
        margin-top: 0.5rem;
      }
    `,
  ];

  constructor() {
    super();
    this.url = '';
    this.copied = undefined;
  }

  open(url: string): void {
    this.url = url;
    this.copied = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  #snippet(): string {
    const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return `<iframe src="${attr(this.url)}" title="${attr(t('dialogs.share.frameTitle'))}" width="1280" height="800" allow="fullscreen" allowfullscreen></iframe>`;
  }

  async #copy(target: CopyTarget, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { target, ok: true };
    } catch {
      this.copied = { target, ok: false };
    }
  }

  #status(target: CopyTarget) {
    const c = this.copied?.target === target ? this.copied : undefined;
    return html`<span role="status">${c ? t(c.ok ? 'dialogs.share.copied' : 'dialogs.share.copyFailed') : ''}</span>`;
  }

  render() {
    return html`<dialog aria-labelledby="share-title">
      <h2 id="share-title">${t('dialogs.share.title')}</h2>
      <p class="muted">${t('dialogs.share.note')}</p>
      <label for="share-link">${t('dialogs.share.link')}</label>
      <textarea id="share-link" rows="3" readonly .value=${this.url}></textarea>
      <div class="row">
        ${this.#status('link')}
        <button @click=${() => this.#copy('link', this.url)}>${t('dialogs.share.copyLink')}</button>
      </div>
      <label for="share-embed">${t('dialogs.share.embed')}</label>
      <textarea id="share-embed" rows="4" readonly .value=${this.#snippet()}></textarea>
      <div class="row">
        ${this.#status('embed')}
        <button @click=${() => this.#copy('embed', this.#snippet())}>${t('dialogs.share.copyEmbed')}</button>
      </div>
      <form method="dialog" class="row"><button class="primary">${t('dialogs.close')}</button></form>
    </dialog>`;
  }
}
customElements.define('ip-share-dialog', ShareDialog);
