import type { OrbitKeyAction } from './orbit-keys.ts';

/**
 * Messages between a 3D view on the page and its render server (in the render worker, or on
 * the page where a worker cannot draw). Codes and numbers only: the page words them.
 */

export type RenderStatus = 'ready' | 'context-lost' | 'no-webgl';

export interface RenderStats {
  framesRendered: number;
  drawCalls: number;
  triangles: number;
  instances: number;
}

/** The pointer and wheel fields three's OrbitControls (0.187) reads; positions relative to the canvas box. */
export interface ForwardedInput {
  type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel' | 'wheel';
  pointerId: number;
  pointerType: string;
  button: number;
  buttons: number;
  clientX: number;
  clientY: number;
  pageX: number;
  pageY: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  deltaY: number;
  deltaMode: number;
}

/** Page to server. `I` is the scene's input (scene-registry.ts). */
export type ToServer<I> =
  | { type: 'init'; scene: string; canvas: HTMLCanvasElement | OffscreenCanvas }
  | { type: 'size'; widthPx: number; heightPx: number; devicePixelRatio: number }
  | { type: 'input'; input: I }
  | { type: 'key'; action: OrbitKeyAction }
  | { type: 'pointer'; input: ForwardedInput }
  | { type: 'capture'; id: number }
  | { type: 'dispose' };

/** Server to page. `E` is what the scene reports (scene-registry.ts). */
export type FromServer<E> =
  | { type: 'status'; status: RenderStatus }
  | { type: 'stats'; stats: RenderStats }
  | { type: 'event'; event: E }
  | { type: 'capture'; id: number; png: Blob | null };

/** The render worker's first message, before it is given a canvas. */
export interface WorkerHello {
  type: 'hello';
  /** Whether this worker can draw WebGL 2 on an OffscreenCanvas (see render-worker.ts). */
  offscreenWebgl2: boolean;
}
