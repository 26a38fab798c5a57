import { css, html, type PropertyDeclarations } from 'lit';
import { SectionCell, type PlatingFrame } from '../../../../worker/plating/types.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { fitCanvas, fontSizePx } from './canvas-fit.ts';
import { cssVarRgb } from './css-color.ts';
import { downloadDrawingPng, pngName } from './export-png.ts';
import { hasCell, occupiedRows, substrateRows } from './section-cells.ts';
import { SECTION_SLICES, sectionSlice } from '../../../../worker/plating/section-slice.ts';
import { coatingName, drawSection, rowsForHeight, sectionHeightPx, sliceGrid } from './section-draw.ts';
import { CanvasRedraw } from './canvas-redraw.ts';
import { viewStyles } from './view-styles.ts';

const MAGNIFICATIONS: readonly number[] = [1, 2, 4];

/**
 * <ip-plating-section>: the cross-section lattice of the deposit, cell by cell, with a
 * height scale. Magnify shows the bottom centre larger, where a thin deposit lives.
 */
export class PlatingSection extends LocalizedElement {
  static properties: PropertyDeclarations = {
    frame: { attribute: false },
    label: { type: String },
    minHeightUm: { type: Number },
    fill: { type: Boolean, reflect: true },
    magnify: { state: true },
    slice: { state: true },
  };
  declare frame: PlatingFrame | null;
  declare label: string;
  /** Show at least this height (µm) above the copper; give all sections the same value to share one scale. */
  declare minHeightUm: number;
  /** The layout sets the height and the lattice is fitted into it; otherwise the height follows the width. */
  declare fill: boolean;
  declare protected magnify: number;
  /** Which of the worker's slices across the patch is drawn. */
  declare protected slice: number;

  static styles = [
    sharedStyles,
    viewStyles,
    css`
      :host {
        --_electrolyte: var(--ip-plating-electrolyte, var(--ip-bg, #10151c));
        --_li: var(--ip-plating-li, var(--ip-muted, #b4c0cc));
        --_dead: var(--ip-dead-li, #f87171);
        --_coating: var(--ip-plating-coating, var(--ip-series-4, #e879f9));
        --_cu: var(--ip-plating-cu, #b87333);
        --_fg: var(--ip-fg, #eef2f6);
        --_panel: var(--ip-panel, #19212b);
      }
      .empty {
        aspect-ratio: 2 / 1.15;
      }
      :host([fill]) figure {
        height: 100%;
      }
      :host([fill]) canvas {
        flex: 1;
        min-height: 0;
      }
      /* In a card under the substrate's name: no second name, one line of small buttons. */
      :host([fill]) figcaption,
      :host([fill]) .tools {
        gap: 0.2em;
      }
      :host([fill]) figcaption {
        font-size: 0.85em;
      }
      :host([fill]) figcaption button {
        min-height: max(2em, 24px);
        padding: 0 0.4em;
      }
      :host([fill]) .empty {
        aspect-ratio: auto;
        height: 100%;
      }
      /* One row where the card allows; in a very narrow card the slider drops below rather than run into the next card. */
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em;
        align-items: center;
        flex: 1;
        min-width: 0;
      }
      .slice {
        display: inline-flex;
        align-items: center;
        gap: 0.2em;
        flex: 1;
        min-width: 3em;
      }
      .slice input {
        flex: 1;
        min-width: 0;
        max-width: 6em;
        min-height: 1.6em;
      }
    `,
  ];

  private readonly redraw = new CanvasRedraw(this, () => this.draw());

  constructor() {
    super();
    this.frame = null;
    this.label = '';
    this.magnify = 1;
    this.slice = SECTION_SLICES >> 1;
    this.minHeightUm = 0;
    this.fill = false;
  }

  describe(): string {
    const f = this.frame;
    const name = this.label || t('plating.section.name');
    if (!f) return t('plating.view.noDepositOf', { name });
    const g = sliceGrid(f, this.slice);
    const { heightUm, yUm } = sectionSlice(f, this.slice);
    const maxUm = Math.max(0, occupiedRows(g) - substrateRows(g)) * f.sectionCellUm;
    const meanUm = heightUm.length ? heightUm.reduce((a, b) => a + b, 0) / heightUm.length : 0;
    const coating = hasCell(g, SectionCell.Coating) ? t('plating.section.coatingShown', { coating: coatingName(f.substrateId) }) : '';
    if (f.stripCycle !== undefined) {
      let dead = 0;
      for (const c of g.cells) if (c === SectionCell.DeadLi) dead++;
      return t('plating.section.describeStripped', {
        name, widthUm: f.sectionCols * f.sectionCellUm, yUm, cycle: f.stripCycle, maxUm, deadUm: (dead / g.cols) * f.sectionCellUm,
      });
    }
    return t('plating.section.describe', {
      name, widthUm: f.sectionCols * f.sectionCellUm, yUm, capacity: f.capacityMAhcm2, meanUm, maxUm, coating,
    });
  }

  /** One button steps through the magnifications, so the controls fit one row of a narrow card. */
  private get nextMagnification(): number {
    return MAGNIFICATIONS[(MAGNIFICATIONS.indexOf(this.magnify) + 1) % MAGNIFICATIONS.length]!;
  }

  protected override render() {
    if (!this.frame) return html`<div class="empty" role="img" aria-label=${this.describe()}>${t('plating.view.noDeposit')}</div>`;
    return html`<figure>
      <canvas role="img" aria-label=${this.describe()}></canvas>
      <figcaption part="caption">
        <span class="label ${this.fill ? 'visually-hidden' : ''}">${this.label}</span>
        <span class="tools">
          <button type="button" aria-label=${t('plating.section.magnifyNext', { times: this.magnify, next: this.nextMagnification })}
            @click=${() => (this.magnify = this.nextMagnification)}>×${this.magnify}</button>
          <button type="button" aria-label=${t('plating.section.download', { label: this.label })} @click=${this.savePng}>${t('plating.view.png')}</button>
          <label class="slice"><span aria-hidden="true">y</span>
            <input type="range" min="0" max=${SECTION_SLICES - 1} step="1" .value=${String(this.slice)} aria-label=${t('plating.section.slice')}
              aria-valuetext=${t('plating.section.sliceAt', { yUm: sectionSlice(this.frame, this.slice).yUm })}
              @input=${(e: Event) => (this.slice = Number((e.target as HTMLInputElement).value))}>
          </label>
        </span>
      </figcaption>
    </figure>`;
  }

  private draw(): void {
    const canvas = this.redraw.canvas;
    const frame = this.frame;
    // CPU-backed: these views put pixels and stamp sprites; a GPU round trip per draw costs more.
    const ctx = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !frame || !ctx) return;
    // The height follows the width (unless the layout sets it) so the lattice fills the canvas without distortion.
    const fontPx = fontSizePx(this, 0.9);
    const grid = sliceGrid(frame, this.slice);
    const minRows = rowsForHeight(grid, frame.sectionCellUm, this.minHeightUm);
    if (!this.fill) canvas.style.height = `${sectionHeightPx(grid, this.magnify, canvas.clientWidth, fontPx, minRows)}px`;
    const { width, height, ratio } = fitCanvas(canvas);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.paint(ctx, frame, width, height, fontPx);
  }

  private paint(ctx: CanvasRenderingContext2D, frame: PlatingFrame, width: number, height: number, fontPx: number): void {
    const colors = {
      electrolyte: cssVarRgb(this, '--_electrolyte', [16, 21, 28]),
      li: cssVarRgb(this, '--_li', [180, 192, 204]),
      deadLi: cssVarRgb(this, '--_dead', [248, 113, 113]),
      coating: cssVarRgb(this, '--_coating', [232, 121, 249]),
      substrate: cssVarRgb(this, '--_cu', [184, 115, 51]),
      fg: cssVarRgb(this, '--_fg', [238, 242, 246]),
      panel: cssVarRgb(this, '--_panel', [25, 33, 43]),
    };
    drawSection(ctx, frame, width, height, colors, fontPx, this.magnify, this.minHeightUm, this.slice);
  }

  private readonly savePng = (): void => {
    const canvas = this.redraw.canvas;
    const frame = this.frame;
    if (!canvas || !frame || canvas.clientWidth <= 0) return;
    const { clientWidth: w, clientHeight: h } = canvas;
    downloadDrawingPng(w, h, pngName('cross-section', frame.substrateId), (ctx) => this.paint(ctx, frame, w, h, fontSizePx(this, 0.9)));
  };
}

customElements.define('ip-plating-section', PlatingSection);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-section': PlatingSection;
  }
}
