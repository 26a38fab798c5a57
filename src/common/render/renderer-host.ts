import { WebGLRenderer, type Camera, type Material, type Object3D, type Scene } from 'three';
import type { MessageRef } from '../../../worker/common/message-ref.ts';
import { msg } from '../../i18n/i18n.ts';

/**
 * One WebGL renderer on one canvas, drawing only when asked (requestRender), so an idle
 * screen costs zero frames. Survives context loss; reports missing WebGL as a status.
 */

export type RenderStatus = 'ready' | 'context-lost' | 'no-webgl';

export interface RenderStats {
  framesRendered: number;
  drawCalls: number;
  triangles: number;
  instances: number;
}

/** What the host draws; the owner (a screen's scene) keeps it up to date. */
export interface RenderContent {
  scene: Scene;
  camera: Camera;
  /** Called with the canvas size in CSS pixels whenever it changes. */
  resize?(widthPx: number, heightPx: number): void;
  /** Called after a lost context came back, before the next frame. */
  restored?(): void;
}

export interface RenderHostOptions {
  /** Upper bound of the device-pixel ratio (default 2). */
  maxPixelRatio?: number;
  onStatus?(status: RenderStatus): void;
}

export type RenderHostResult =
  | { ok: true; host: RenderHost }
  | { ok: false; status: 'no-webgl'; message: MessageRef };

/** Refs, not text: a view shows them with tr() at render time, so they follow a locale switch. */
export const NO_WEBGL_MESSAGE = msg('common.render.noWebgl');
/** For a view to show while its status is 'context-lost'. */
export const CONTEXT_LOST_MESSAGE = msg('common.render.contextLost');

/** Never throws: a browser without WebGL 2 gives { ok: false }. */
export function createRenderHost(canvas: HTMLCanvasElement, options: RenderHostOptions = {}): RenderHostResult {
  // Ask for the context ourselves so a failure does not reach three's console error.
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = canvas.getContext('webgl2', {
      antialias: true,
      alpha: false,
      depth: true,
      stencil: false,
      preserveDrawingBuffer: false,
      powerPreference: 'high-performance',
    });
  } catch {
    gl = null;
  }
  if (!gl) return { ok: false, status: 'no-webgl', message: NO_WEBGL_MESSAGE };
  try {
    const renderer = new WebGLRenderer({ canvas, context: gl, antialias: true });
    // A software rasterizer pays for every pixel on the CPU, so it draws at CSS resolution.
    const maxPixelRatio = isSoftwareWebgl(gl) ? 1 : options.maxPixelRatio;
    return { ok: true, host: new RenderHost(canvas, renderer, { ...options, maxPixelRatio }) };
  } catch {
    return { ok: false, status: 'no-webgl', message: NO_WEBGL_MESSAGE };
  }
}

export class RenderHost {
  readonly canvas: HTMLCanvasElement;
  private readonly renderer: WebGLRenderer;
  private readonly maxPixelRatio: number;
  private readonly onStatus?: (status: RenderStatus) => void;
  private content: RenderContent | null = null;
  private rafId = 0;
  private framesRendered = 0;
  private lastInstances = 0;
  private currentStatus: RenderStatus = 'ready';
  private readonly resizeObserver: ResizeObserver;
  private disposed = false;
  private compiling = false;
  private bufferSize = '';

  constructor(canvas: HTMLCanvasElement, renderer: WebGLRenderer, options: RenderHostOptions) {
    this.canvas = canvas;
    this.renderer = renderer;
    this.maxPixelRatio = options.maxPixelRatio ?? 2;
    this.onStatus = options.onStatus;
    canvas.addEventListener('webglcontextlost', this.handleLost);
    canvas.addEventListener('webglcontextrestored', this.handleRestored);
    this.resizeObserver = new ResizeObserver(() => this.syncSize());
    this.resizeObserver.observe(canvas);
    this.syncSize();
  }

  get status(): RenderStatus {
    return this.currentStatus;
  }

  setContent(content: RenderContent | null): void {
    this.content = content;
    if (content) this.syncSize();
    this.requestRender();
  }

  /** Schedules one frame; many requests before it runs still give one frame. */
  requestRender(): void {
    if (this.rafId !== 0 || this.disposed) return;
    this.rafId = requestAnimationFrame(() => {
      this.rafId = 0;
      if (!this.compileFirst()) this.renderNow();
    });
  }

  /**
   * Compiles new materials before the frame that needs them, with three's compileAsync: the GPU
   * builds the shaders while the main thread is free (in parallel where the browser can), where
   * render() would wait for them inside one long task. True while a compile is pending.
   */
  private compileFirst(): boolean {
    if (this.compiling) return true;
    if (!this.content || this.currentStatus !== 'ready' || !hasNewMaterial(this.content.scene, this.renderer)) return false;
    this.compiling = true;
    void this.renderer.compileAsync(this.content.scene, this.content.camera).finally(() => {
      this.compiling = false;
      this.requestRender();
    });
    return true;
  }

  /** Draws immediately (used by PNG capture, which must read the buffer in the same task). */
  renderNow(): boolean {
    if (!this.content || this.disposed || this.currentStatus !== 'ready') return false;
    const { scene, camera } = this.content;
    this.renderer.render(scene, camera);
    this.framesRendered += 1;
    this.lastInstances = countInstances(scene);
    return true;
  }

  stats(): RenderStats {
    const info = this.renderer.info.render;
    return {
      framesRendered: this.framesRendered,
      drawCalls: info.calls,
      triangles: info.triangles,
      instances: this.lastInstances,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.rafId !== 0) cancelAnimationFrame(this.rafId);
    this.resizeObserver.disconnect();
    this.canvas.removeEventListener('webglcontextlost', this.handleLost);
    this.canvas.removeEventListener('webglcontextrestored', this.handleRestored);
    this.renderer.dispose();
    this.content = null;
  }

  private syncSize(): void {
    const widthPx = Math.max(1, Math.round(this.canvas.clientWidth));
    const heightPx = Math.max(1, Math.round(this.canvas.clientHeight));
    const pixelRatio = Math.min(window.devicePixelRatio || 1, this.maxPixelRatio);
    // Setting a canvas's size, even to the same value, reallocates its drawing buffer (slow
    // without a GPU), so only a change does; the page's CSS owns the displayed size.
    const size = `${widthPx}x${heightPx}@${pixelRatio}`;
    if (size !== this.bufferSize) {
      this.bufferSize = size;
      this.renderer.setDrawingBufferSize(widthPx, heightPx, pixelRatio);
    }
    this.content?.resize?.(widthPx, heightPx);
    this.requestRender();
  }

  private setStatus(status: RenderStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.onStatus?.(status);
  }

  private readonly handleLost = (event: Event): void => {
    // Without preventDefault the browser never tries to restore the context.
    event.preventDefault();
    if (this.rafId !== 0) cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.setStatus('context-lost');
  };

  private readonly handleRestored = (): void => {
    // three re-creates its GL state on restore; buffers re-upload on the next render.
    this.setStatus('ready');
    this.content?.restored?.();
    this.syncSize();
    this.requestRender();
  };
}

/** SwiftShader or llvmpipe: no GPU, or one the browser will not use (as on many school laptops). */
function isSoftwareWebgl(gl: WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return /swiftshader|llvmpipe|software/i.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
}

type Drawable = Object3D & { isMesh?: boolean; isPoints?: boolean; isLine?: boolean; isSprite?: boolean; material?: Material | Material[] };

/**
 * A visible object whose material has no shader program yet: drawing it now would compile it
 * mid-frame. Only the kinds of object that compile() prepares, so a compile always ends the search.
 */
function hasNewMaterial(root: Object3D, renderer: WebGLRenderer): boolean {
  let found = false;
  root.traverseVisible((object) => {
    const { isMesh, isPoints, isLine, isSprite, material } = object as Drawable;
    if (found || !material || !(isMesh || isPoints || isLine || isSprite)) return;
    found = (Array.isArray(material) ? material : [material]).some(
      (m) => (renderer.properties.get(m) as { currentProgram?: unknown }).currentProgram === undefined,
    );
  });
  return found;
}

function countInstances(root: Object3D): number {
  let total = 0;
  root.traverseVisible((object) => {
    const mesh = object as Object3D & { isInstancedMesh?: boolean; count?: number };
    if (mesh.isInstancedMesh && typeof mesh.count === 'number') total += mesh.count;
  });
  return total;
}
