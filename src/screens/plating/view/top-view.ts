import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { PlatingFrame } from '../../../../worker/plating/types.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { fitCanvas, fontSizePx } from './canvas-fit.ts';
import { cssVarRgb } from './css-color.ts';
import { downloadDrawingPng, pngName } from './export-png.ts';
import { drawTopView } from './top-view-draw.ts';
import { CanvasRedraw } from './canvas-redraw.ts';
import { viewStyles } from './view-styles.ts';

/**
 * <ip-plating-top-view>: the deposit seen from above, drawn like an SEM image.
 * `compact` drops the caption and PNG button (for the snapshot grid). The label is drawn on the
 * canvas too, so a new language (a new label, a re-render) redraws it.
 */
export class PlatingTopView extends LocalizedElement {
  static properties: PropertyDeclarations = {
    frame: { attribute: false },
    label: { type: String },
    compact: { type: Boolean, reflect: true },
    inset: { type: Boolean, reflect: true },
  };
  declare frame: PlatingFrame | null;
  declare label: string;
  declare compact: boolean;
  /** The PNG button sits on the picture's top corner, so the view takes no line below it. */
  declare inset: boolean;

  static styles = [
    sharedStyles,
    viewStyles,
    css`
      :host {
        --_sem-substrate: var(--ip-sem-substrate, #34373c);
        --_sem-li: var(--ip-sem-li, #eceff2);
      }
      canvas,
      .empty {
        aspect-ratio: 1;
      }
      :host([inset]) figure {
        position: relative;
      }
      :host([inset]) figcaption {
        position: absolute;
        top: 0.3em;
        right: 0.3em;
      }
    `,
  ];

  private readonly redraw = new CanvasRedraw(this, () => this.draw());

  constructor() {
    super();
    this.frame = null;
    this.label = '';
    this.compact = false;
    this.inset = false;
  }

  /** One sentence for screen readers: what a sighted student sees in the picture. */
  describe(): string {
    const f = this.frame;
    const name = this.label || t('plating.topView.name');
    if (!f) return t('plating.view.noDepositOf', { name });
    return t('plating.topView.describe', {
      name, sizeUm: f.patchSizeUm, capacity: f.capacityMAhcm2, islands: f.islandXUm.length, covered: f.islandCoverage,
    });
  }

  protected override render() {
    if (!this.frame) return html`<div class="empty" role="img" aria-label=${this.describe()}>${t('plating.view.noDeposit')}</div>`;
    return html`<figure>
      <canvas role="img" aria-label=${this.describe()}></canvas>
      ${this.compact
        ? nothing
        : html`<figcaption>
            <span class="label visually-hidden">${this.label}</span>
            <button type="button" aria-label=${t('plating.topView.download', { label: this.label })} @click=${this.savePng}>${t('plating.view.png')}</button>
          </figcaption>`}
    </figure>`;
  }

  private draw(): void {
    const canvas = this.redraw.canvas;
    // CPU-backed: these views put pixels and stamp sprites; a GPU round trip per draw costs more.
    const ctx = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !ctx) return;
    const { width, ratio } = fitCanvas(canvas);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Under a heading that names it (compact, inset) the picture carries no label; its PNG always does.
    this.paint(ctx, width, this.compact || this.inset ? '' : this.label);
  }

  private paint(ctx: CanvasRenderingContext2D, sizePx: number, label: string): void {
    if (!this.frame) return;
    const colors = {
      substrate: cssVarRgb(this, '--_sem-substrate', [52, 55, 60]),
      li: cssVarRgb(this, '--_sem-li', [236, 239, 242]),
    };
    drawTopView(ctx, this.frame, sizePx, colors, fontSizePx(this, this.compact ? 0.8 : 0.9), label);
  }

  private readonly savePng = (): void => {
    const size = this.redraw.canvas?.clientWidth ?? 0;
    const frame = this.frame;
    if (size > 0 && frame) downloadDrawingPng(size, size, pngName('top-view', frame.substrateId), (ctx) => this.paint(ctx, size, this.label));
  };
}

customElements.define('ip-plating-top-view', PlatingTopView);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-top-view': PlatingTopView;
  }
}
