import { queueDraw } from '../../../common/ui/draw-queue.ts';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { PlatingFrame } from '../../../../worker/plating/types.ts';
import { downloadBlob } from '../../../common/export/download.ts';
import { orbitKeyAction } from '../../../common/render/orbit-keys.ts';
import { RenderClient } from '../../../common/render/render-client.ts';
import { statusMessage } from '../../../common/render/render-messages.ts';
import type { RenderStatus } from '../../../common/render/render-protocol.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { cssVarRgb, rgbText, type Rgb } from './css-color.ts';
import { pngName } from './export-png.ts';
import { downsampleHeightMap, heightExaggeration, maxOf, type HeightGrid } from './height-map.ts';
import { watchTheme } from './theme-watch.ts';
import { viewStyles } from './view-styles.ts';

/**
 * <ip-plating-3d>: the deposit's height map as one rotatable surface, coloured by height,
 * drawn by a render server (height-scene.ts) only on change. This element sizes the heights
 * and resolves the theme's colours. Without WebGL it shows a message and the rest of the
 * screen works.
 */
export class PlatingHeightView extends LocalizedElement {
  static properties: PropertyDeclarations = {
    frame: { attribute: false },
    label: { type: String },
    colorMaxUm: { type: Number },
    status: { state: true },
  };
  declare frame: PlatingFrame | null;
  declare label: string;
  /** Height (µm) that gets the top colour; give all 3D views the same value to compare colours. 0: this frame's highest point. */
  declare colorMaxUm: number;
  declare protected status: RenderStatus;

  static styles = [
    sharedStyles,
    viewStyles,
    css`
      :host {
        --_scene-bg: var(--ip-scene-bg, var(--ip-panel, #19212b));
        --_h0: var(--ip-plating-cu, #b87333);
        --_h1: var(--ip-height-1, #34506e);
        --_h2: var(--ip-height-2, #7fa8d1);
        --_h3: var(--ip-height-3, #f2f6fa);
      }
      .stage {
        position: relative;
      }
      canvas {
        aspect-ratio: 4 / 3;
        touch-action: none;
      }
      canvas:focus-visible {
        outline: 3px solid var(--ip-focus, #ffd84d);
        outline-offset: 2px;
      }
      .note {
        position: absolute;
        left: 0.5em;
        top: 0.4em;
        margin: 0;
        font-weight: 600;
        background: color-mix(in srgb, var(--ip-bg, #10151c) 75%, transparent);
        padding: 0 0.3em;
        border-radius: 4px;
        pointer-events: none;
      }
      .status {
        margin: 0;
        aspect-ratio: 4 / 3;
        display: grid;
        place-items: center;
        padding: 1em;
        border: 2px dashed var(--ip-warn, #ffcf5c);
        border-radius: 6px;
        text-align: center;
      }
      .buttons {
        display: flex;
        gap: 0.3em;
      }
    `,
  ];

  private client: RenderClient<'plating-height'> | null = null;
  private exaggeration = 1;
  private maxHeightUm = 0;
  private grid: HeightGrid | null = null;
  private shownFrame: PlatingFrame | null = null;
  /** A canvas handed to a render worker is the worker's for good: a reconnect renders a new one. */
  private canvasGeneration = 0;
  private unwatchTheme: (() => void) | undefined;

  constructor() {
    super();
    this.frame = null;
    this.label = '';
    this.colorMaxUm = 0;
    this.status = 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchTheme = watchTheme(() => this.showFrame());
    if (this.hasUpdated) {
      this.canvasGeneration += 1;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    this.unwatchTheme?.();
    this.stop();
    super.disconnectedCallback();
  }

  describe(): string {
    const f = this.frame;
    const name = this.label || t('plating.view3d.name');
    if (!f) return t('plating.view3d.empty', { name });
    const heights = f.heightMapUm;
    let sum = 0;
    for (const h of heights) sum += h;
    const mean = heights.length ? sum / heights.length : 0;
    const scale = this.exaggeration > 1 ? t('plating.view3d.exaggerated', { times: this.exaggeration }) : t('plating.view3d.toScale');
    return t('plating.view3d.describe', { name, sizeUm: f.latticeSizeUm, maxUm: maxOf(heights), meanUm: mean, scale });
  }

  protected override render() {
    const failed = this.status === 'no-webgl' || this.status === 'context-lost';
    return html`<figure>
      <div class="stage">
        ${keyed(this.canvasGeneration, html`<canvas tabindex="0" data-own-keys="true" role="img" aria-label=${this.describe()}
          ?hidden=${failed} @keydown=${this.onKey}></canvas>`)}
        ${failed ? html`<p class="status" role="status">${tr(statusMessage(this.status)!)}</p>` : nothing}
        ${!failed && this.frame && this.exaggeration > 1
          ? html`<p class="note" aria-hidden="true">${t('plating.view3d.heightsNote', { times: this.exaggeration })}</p>`
          : nothing}
      </div>
      <figcaption>
        <span class="label">${this.label}</span>
        <span class="buttons">
          <button type="button" ?disabled=${failed} @click=${this.resetView}>${t('plating.view3d.reset')}</button>
          <button type="button" ?disabled=${failed || !this.frame} aria-label=${t('plating.view3d.download', { label: this.label })}
            @click=${this.savePng}>${t('plating.view.png')}</button>
        </span>
      </figcaption>
    </figure>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('frame')) return;
    // Before render, so the "heights ×k" note and the aria-label agree with the mesh.
    const f = this.frame;
    this.grid = f ? downsampleHeightMap(f.heightMapUm, f.heightMapN) : null;
    this.maxHeightUm = this.grid ? maxOf(this.grid.heightsUm) : 0;
    this.exaggeration = f ? heightExaggeration(f.latticeSizeUm, this.maxHeightUm) : 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.client) {
      if (this.isConnected) this.start();
    } else if (this.frame !== this.shownFrame || changed.has('colorMaxUm')) queueDraw(this, () => this.showFrame());
  }

  private start(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    this.client = new RenderClient(canvas, 'plating-height', { onStatus: (status) => (this.status = status) });
    this.showFrame();
  }

  private stop(): void {
    this.client?.dispose();
    this.client = null;
    this.shownFrame = null;
  }

  private ramp(): Rgb[] {
    return [
      cssVarRgb(this, '--_h0', [184, 115, 51]),
      cssVarRgb(this, '--_h1', [52, 80, 110]),
      cssVarRgb(this, '--_h2', [127, 168, 209]),
      cssVarRgb(this, '--_h3', [242, 246, 250]),
    ];
  }

  /** Sends the frame's surface with the theme's colours as they are now (also on a theme change). */
  private showFrame(): void {
    const f = this.frame;
    this.shownFrame = f;
    const surface = f && this.grid
      ? {
          grid: this.grid,
          patchUm: f.latticeSizeUm,
          exaggeration: this.exaggeration,
          maxHeightUm: this.maxHeightUm,
          colorMaxUm: this.colorMaxUm > 0 ? this.colorMaxUm : this.maxHeightUm,
          ramp: this.ramp(),
        }
      : null;
    this.client?.input({ surface, background: rgbText(cssVarRgb(this, '--_scene-bg', [25, 33, 43])) });
  }

  private readonly resetView = (): void => {
    this.client?.input({ home: true });
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const action = orbitKeyAction(event.key);
    if (!action || !this.client || this.status === 'no-webgl') return;
    event.preventDefault();
    this.client.key(action);
  };

  private readonly savePng = async (): Promise<void> => {
    const png = await this.client?.capture();
    if (png && this.frame) downloadBlob(pngName('3d', this.frame.substrateId), png);
  };
}

customElements.define('ip-plating-3d', PlatingHeightView);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-3d': PlatingHeightView;
  }
}
