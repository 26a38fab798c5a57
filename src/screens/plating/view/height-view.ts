import { SceneOrbit } from '../../../common/render/scene-orbit.ts';
import { queueDraw } from '../../../common/ui/draw-queue.ts';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AmbientLight, Color, DirectionalLight, HemisphereLight, Mesh, MeshLambertMaterial, PerspectiveCamera, Scene, Vector3 } from 'three';
import type { PlatingFrame } from '../../../../worker/plating/types.ts';
import { capturePng } from '../../../common/render/capture-png.ts';
import {
  CONTEXT_LOST_MESSAGE, createRenderHost, NO_WEBGL_MESSAGE, type RenderHost, type RenderStatus,
} from '../../../common/render/renderer-host.ts';
import type { MessageRef } from '../../../../worker/common/message-ref.ts';
import { sharedStyles } from '../../../common/ui/shared-styles.ts';
import { t, tr } from '../../../i18n/i18n.ts';
import { LocalizedElement } from '../../../i18n/localized-element.ts';
import { cssVarRgb, rgbText, type Rgb } from './css-color.ts';
import { downloadDataUrl, pngName } from './export-png.ts';
import { downsampleHeightMap, heightExaggeration, maxOf, type HeightGrid } from './height-map.ts';
import { buildHeightGeometry } from './height-mesh.ts';
import { watchTheme } from './theme-watch.ts';
import { viewStyles } from './view-styles.ts';

/**
 * <ip-plating-3d>: the deposit's height map as one rotatable surface, coloured by height.
 * Drawn only on change. Without WebGL it shows a message and the rest of the screen works.
 */
export class PlatingHeightView extends LocalizedElement {
  static properties: PropertyDeclarations = {
    frame: { attribute: false },
    label: { type: String },
    colorMaxUm: { type: Number },
    status: { state: true },
    message: { state: true },
  };
  declare frame: PlatingFrame | null;
  declare label: string;
  /** Height (µm) that gets the top colour; give all 3D views the same value to compare colours. 0: this frame's highest point. */
  declare colorMaxUm: number;
  declare protected status: RenderStatus;
  /** Why the view is off (no WebGL); shown in the reader's language. */
  declare protected message: MessageRef | null;

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

  private host: RenderHost | null = null;
  private orbit: SceneOrbit | null = null;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(40, 4 / 3, 0.1, 5000);
  private readonly mesh = new Mesh(undefined, new MeshLambertMaterial({ vertexColors: true }));
  private exaggeration = 1;
  private maxHeightUm = 0;
  private grid: HeightGrid | null = null;
  private shownFrame: PlatingFrame | null = null;
  /** Set once the student moves the camera; Home (reset view) clears it. */
  private cameraMoved = false;
  private unwatchTheme: (() => void) | undefined;

  constructor() {
    super();
    this.frame = null;
    this.label = '';
    this.colorMaxUm = 0;
    this.status = 'ready';
    this.message = null;
    this.scene.add(this.mesh, new HemisphereLight(0xffffff, 0x404040, 1.4), new AmbientLight(0xffffff, 0.35));
    const sun = new DirectionalLight(0xffffff, 2.2);
    sun.position.set(-1, 2, 1.2);
    this.scene.add(sun);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchTheme = watchTheme(() => this.restyle());
    if (this.hasUpdated) this.start();
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
    return t('plating.view3d.describe', { name, sizeUm: f.patchSizeUm, maxUm: maxOf(heights), meanUm: mean, scale });
  }

  protected override render() {
    const failed = this.status === 'no-webgl' || this.status === 'context-lost';
    return html`<figure>
      <div class="stage">
        <canvas tabindex="0" data-own-keys="true" role="img" aria-label=${this.describe()} ?hidden=${failed}
          @keydown=${this.onKey}></canvas>
        ${failed ? html`<p class="status" role="status">${tr(this.status === 'context-lost' ? CONTEXT_LOST_MESSAGE : (this.message ?? NO_WEBGL_MESSAGE))}</p>` : nothing}
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

  protected override firstUpdated(): void {
    this.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('frame')) return;
    // Before render, so the "heights ×k" note and the aria-label agree with the mesh.
    const f = this.frame;
    this.grid = f ? downsampleHeightMap(f.heightMapUm, f.heightMapN) : null;
    this.maxHeightUm = this.grid ? maxOf(this.grid.heightsUm) : 0;
    this.exaggeration = f ? heightExaggeration(f.patchSizeUm, this.maxHeightUm) : 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.frame === this.shownFrame && !changed.has('colorMaxUm')) return;
    queueDraw(this, () => {
      this.showFrame();
      // The camera follows the growing deposit until the student turns or zooms it.
      if (!this.cameraMoved && this.frame) this.resetView();
    });
  }

  private start(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || this.host) return;
    const result = createRenderHost(canvas, { onStatus: (s) => this.onStatus(s) });
    if (!result.ok) {
      this.status = 'no-webgl';
      this.message = result.message;
      return;
    }
    this.host = result.host;
    this.orbit = new SceneOrbit(this.camera, canvas, {
      pan: true,
      minPolarAngle: 0,
      // Never from under the copper: a deposit is seen from the electrolyte side.
      maxPolarAngle: Math.PI / 2 - 0.05,
      onChange: () => this.host?.requestRender(),
      onUserMove: () => (this.cameraMoved = true),
    });
    this.restyle();
    this.host.setContent({
      scene: this.scene,
      camera: this.camera,
      resize: (w, h) => {
        this.camera.aspect = w / h;
        this.camera.updateProjectionMatrix();
      },
    });
    this.resetView();
  }

  private stop(): void {
    this.orbit?.dispose();
    this.orbit = null;
    this.host?.dispose();
    this.host = null;
    this.mesh.geometry.dispose();
    this.shownFrame = null;
  }

  private onStatus(status: RenderStatus): void {
    this.status = status;
  }

  private ramp(): Rgb[] {
    return [
      cssVarRgb(this, '--_h0', [184, 115, 51]),
      cssVarRgb(this, '--_h1', [52, 80, 110]),
      cssVarRgb(this, '--_h2', [127, 168, 209]),
      cssVarRgb(this, '--_h3', [242, 246, 250]),
    ];
  }

  private restyle(): void {
    this.scene.background = new Color(rgbText(cssVarRgb(this, '--_scene-bg', [25, 33, 43])));
    this.shownFrame = null;
    this.showFrame();
  }

  private showFrame(): void {
    const f = this.frame;
    this.shownFrame = f;
    this.mesh.geometry.dispose();
    if (!f || !this.grid) {
      this.mesh.visible = false;
      this.host?.requestRender();
      return;
    }
    const colorMax = this.colorMaxUm > 0 ? this.colorMaxUm : this.maxHeightUm;
    this.mesh.geometry = buildHeightGeometry(this.grid, f.patchSizeUm, this.exaggeration, this.ramp(), colorMax);
    this.mesh.visible = true;
    this.host?.requestRender();
  }

  /** Looks at the middle of the deposit from a distance that fits its width and its drawn height. */
  private readonly resetView = (): void => {
    this.cameraMoved = false;
    const patch = this.frame?.patchSizeUm ?? 50;
    const drawnHeight = this.maxHeightUm * this.exaggeration;
    const extent = Math.max(patch, drawnHeight * 1.2);
    const targetY = drawnHeight * 0.3;
    const k = (1.9 * extent) / Math.hypot(0.9, 0.85, 1.1);
    const position = new Vector3(0.9 * k, targetY + 0.85 * k, 1.1 * k);
    const target = new Vector3(0, targetY, 0);
    this.camera.near = extent / 100;
    this.camera.far = extent * 20;
    this.camera.updateProjectionMatrix();
    if (this.orbit) {
      this.orbit.setHome(position, target, { min: extent * 0.3, max: extent * 5 });
    } else {
      this.camera.position.copy(position);
      this.camera.lookAt(target);
    }
    this.host?.requestRender();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const action = this.orbit?.handleKey(event.key);
    if (!action) return;
    event.preventDefault();
    // Home also re-fits the view to the deposit as it is now.
    if (action.kind === 'home') this.resetView();
    else this.cameraMoved = true;
    this.host?.requestRender();
  };

  private readonly savePng = async (): Promise<void> => {
    const url = this.host ? capturePng(this.host) : null;
    if (url && this.frame) await downloadDataUrl(url, pngName('3d', this.frame.substrateId));
  };
}

customElements.define('ip-plating-3d', PlatingHeightView);

declare global {
  interface HTMLElementTagNameMap {
    'ip-plating-3d': PlatingHeightView;
  }
}
