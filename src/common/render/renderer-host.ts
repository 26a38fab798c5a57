import { WebGLRenderer, type Material, type Object3D, type PerspectiveCamera, type Scene } from 'three';
import type { RenderStats, RenderStatus } from './render-protocol.ts';

/**
 * One WebGL renderer on one canvas, drawing only when asked (requestRender), so an idle
 * screen costs zero frames. Survives context loss. Runs in the render worker on an
 * OffscreenCanvas, or on the page's own canvas where a worker cannot draw.
 */

export type RenderCanvas = HTMLCanvasElement | OffscreenCanvas;

/** What the host draws; the owner (a screen's scene) keeps it up to date. */
export interface RenderContent {
  scene: Scene;
  /** Its aspect follows the canvas: the host sets it whenever the size changes. */
  camera: PerspectiveCamera;
  /** Called after a lost context came back, before the next frame. */
  restored?(): void;
}

export interface RenderHostOptions {
  /** Upper bound of the device-pixel ratio (default 2). */
  maxPixelRatio?: number;
  onStatus?(status: RenderStatus): void;
  /** Called after each frame drawn, with its counts. */
  onFrame?(stats: RenderStats): void;
}

/** This thread's live contexts, for tests and devtools (e2e/context-loss.spec.ts loses one). */
const liveContexts: Set<WebGL2RenderingContext> = ((globalThis as { __interphaseGl?: Set<WebGL2RenderingContext> }).__interphaseGl ??= new Set());

/** Never throws: null where there is no WebGL 2 on this canvas. */
export function createRenderHost(canvas: RenderCanvas, options: RenderHostOptions = {}): RenderHost | null {
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
  if (!gl) return null;
  try {
    const renderer = new WebGLRenderer({ canvas, context: gl, antialias: true });
    // A software rasterizer pays for every pixel on the CPU, so it draws at CSS resolution.
    const maxPixelRatio = isSoftwareWebgl(gl) ? 1 : options.maxPixelRatio;
    liveContexts.add(gl);
    return new RenderHost(canvas, renderer, { ...options, maxPixelRatio });
  } catch {
    return null;
  }
}

/** requestAnimationFrame where this thread has one (pages; dedicated workers in Chromium and Firefox), else the next task. */
const nextFrame: (callback: () => void) => number =
  typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(callback) : (callback) => setTimeout(callback, 0) as unknown as number;
const cancelFrame: (id: number) => void = typeof cancelAnimationFrame === 'function' ? (id) => cancelAnimationFrame(id) : (id) => clearTimeout(id);

export class RenderHost {
  readonly canvas: RenderCanvas;
  private readonly renderer: WebGLRenderer;
  private readonly maxPixelRatio: number;
  private readonly onStatus?: (status: RenderStatus) => void;
  private readonly onFrame?: (stats: RenderStats) => void;
  private content: RenderContent | null = null;
  private rafId = 0;
  private framesRendered = 0;
  private lastInstances = 0;
  private currentStatus: RenderStatus = 'ready';
  private disposed = false;
  private compiling = false;
  private bufferSize = '';
  /** The page canvas's box (CSS pixels) and the page's devicePixelRatio, as last reported. */
  private cssSize = { widthPx: 1, heightPx: 1, devicePixelRatio: 1 };

  constructor(canvas: RenderCanvas, renderer: WebGLRenderer, options: RenderHostOptions) {
    this.canvas = canvas;
    this.renderer = renderer;
    this.maxPixelRatio = options.maxPixelRatio ?? 2;
    this.onStatus = options.onStatus;
    this.onFrame = options.onFrame;
    canvas.addEventListener('webglcontextlost', this.handleLost);
    canvas.addEventListener('webglcontextrestored', this.handleRestored);
  }

  setContent(content: RenderContent | null): void {
    this.content = content;
    if (content) this.syncSize();
    this.requestRender();
  }

  /** The page canvas's box (CSS pixels) and the page's devicePixelRatio. */
  setSize(widthPx: number, heightPx: number, devicePixelRatio: number): void {
    this.cssSize = { widthPx: Math.max(1, Math.round(widthPx)), heightPx: Math.max(1, Math.round(heightPx)), devicePixelRatio };
    this.syncSize();
  }

  /** Schedules one frame; many requests before it runs still give one frame. */
  requestRender(): void {
    if (this.rafId !== 0 || this.disposed) return;
    this.rafId = nextFrame(() => {
      this.rafId = 0;
      if (!this.compileFirst()) this.renderNow();
    });
  }

  /**
   * Compiles new materials before the frame that needs them, with three's compileAsync: the GPU
   * builds the shaders while this thread is free (in parallel where the browser can), where
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
    this.onFrame?.(this.stats());
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
    if (this.rafId !== 0) cancelFrame(this.rafId);
    this.canvas.removeEventListener('webglcontextlost', this.handleLost);
    this.canvas.removeEventListener('webglcontextrestored', this.handleRestored);
    liveContexts.delete(this.renderer.getContext() as WebGL2RenderingContext);
    this.renderer.dispose();
    this.content = null;
  }

  private syncSize(): void {
    const { widthPx, heightPx, devicePixelRatio } = this.cssSize;
    const pixelRatio = Math.min(devicePixelRatio || 1, this.maxPixelRatio);
    // Setting a canvas's size, even to the same value, reallocates its drawing buffer (slow
    // without a GPU), so only a change does; the page's CSS owns the displayed size.
    const size = `${widthPx}x${heightPx}@${pixelRatio}`;
    if (size !== this.bufferSize) {
      this.bufferSize = size;
      this.renderer.setDrawingBufferSize(widthPx, heightPx, pixelRatio);
    }
    const camera = this.content?.camera;
    if (camera && heightPx > 0) {
      camera.aspect = widthPx / heightPx;
      camera.updateProjectionMatrix();
    }
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
    if (this.rafId !== 0) cancelFrame(this.rafId);
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
