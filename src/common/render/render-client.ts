import type { OrbitKeyAction } from './orbit-keys.ts';
import type { ForwardedInput, FromServer, RenderStats, RenderStatus, ToServer } from './render-protocol.ts';
import { openWorkerTransport, type RenderTransport } from './render-transport.ts';
import type { SceneEventOf, SceneInputOf, SceneKind } from './scene-registry.ts';

export interface RenderClientOptions<E> {
  onStatus(status: RenderStatus): void;
  onEvent?(event: E): void;
}

const NO_FRAME: RenderStats = { framesRendered: 0, drawCalls: 0, triangles: 0, instances: 0 };

/**
 * The page's side of one 3D view: hands its canvas to a render server (a worker where the
 * browser can draw WebGL 2 off the main thread, else the page itself), forwards the canvas's
 * size and pointer input, and keeps the latest status and frame counts so reading them stays
 * synchronous. Loads no three.js on the worker path.
 */
export class RenderClient<K extends SceneKind> {
  readonly #canvas: HTMLCanvasElement;
  readonly #options: RenderClientOptions<SceneEventOf<K>>;
  readonly #resize: ResizeObserver;
  /** Messages sent before the server is reachable, in order. */
  #queue: Array<ToServer<unknown>> | null = [];
  #transport: RenderTransport | null = null;
  #status: RenderStatus | null = null;
  #stats: RenderStats = NO_FRAME;
  #size = '';
  readonly #pointers = new Set<number>();
  readonly #captures = new Map<number, (png: Blob | null) => void>();
  #nextCapture = 1;
  #disposed = false;

  constructor(canvas: HTMLCanvasElement, kind: K, options: RenderClientOptions<SceneEventOf<K>>) {
    this.#canvas = canvas;
    this.#options = options;
    this.#resize = new ResizeObserver(() => this.#sendSize());
    this.#resize.observe(canvas);
    canvas.addEventListener('pointerdown', this.#onPointer);
    canvas.addEventListener('pointermove', this.#onPointer);
    canvas.addEventListener('pointerup', this.#onPointer);
    canvas.addEventListener('pointercancel', this.#onPointer);
    canvas.addEventListener('wheel', this.#onWheel, { passive: false });
    canvas.addEventListener('contextmenu', this.#onContextMenu);
    void this.#open(kind);
  }

  /** Null until the server has answered. */
  get status(): RenderStatus | null {
    return this.#status;
  }

  input(value: SceneInputOf<K>): void {
    this.#send({ type: 'input', input: value });
  }

  key(action: OrbitKeyAction): void {
    this.#send({ type: 'key', action });
  }

  /** Counts of the last frame drawn; null without WebGL. */
  stats(): RenderStats | null {
    return this.#status === 'no-webgl' ? null : this.#stats;
  }

  /** The view drawn now, as a PNG; null when nothing can be drawn. */
  capture(): Promise<Blob | null> {
    if (this.#disposed || this.#status === 'no-webgl') return Promise.resolve(null);
    const id = this.#nextCapture++;
    return new Promise((resolve) => {
      this.#captures.set(id, resolve);
      this.#send({ type: 'capture', id });
    });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#resize.disconnect();
    const canvas = this.#canvas;
    canvas.removeEventListener('pointerdown', this.#onPointer);
    canvas.removeEventListener('pointermove', this.#onPointer);
    canvas.removeEventListener('pointerup', this.#onPointer);
    canvas.removeEventListener('pointercancel', this.#onPointer);
    canvas.removeEventListener('wheel', this.#onWheel);
    canvas.removeEventListener('contextmenu', this.#onContextMenu);
    this.#transport?.close();
    this.#transport = null;
    this.#queue = null;
    for (const resolve of this.#captures.values()) resolve(null);
    this.#captures.clear();
  }

  /**
   * A worker where the browser has transferControlToOffscreen and the worker reports WebGL 2
   * on an OffscreenCanvas; otherwise the same server on the page. Asked before the canvas is
   * handed over, since a transferred canvas cannot be drawn on from the page any more.
   */
  async #open(kind: K): Promise<void> {
    const onMessage = (message: FromServer<unknown>): void => this.#receive(message as FromServer<SceneEventOf<K>>);
    const canTransfer = typeof this.#canvas.transferControlToOffscreen === 'function';
    const transport =
      (canTransfer ? await openWorkerTransport(onMessage) : null) ??
      (this.#disposed ? null : (await import('./render-local.ts')).openLocalTransport(onMessage));
    if (!transport) return;
    if (this.#disposed) {
      transport.close();
      return;
    }
    const canvas = transport.offscreen ? this.#canvas.transferControlToOffscreen() : this.#canvas;
    transport.post({ type: 'init', scene: kind, canvas }, transport.offscreen ? [canvas as OffscreenCanvas] : []);
    const queued = this.#queue ?? [];
    this.#queue = null;
    this.#transport = transport;
    this.#sendSize();
    for (const message of queued) transport.post(message);
  }

  #send(message: ToServer<unknown>): void {
    if (this.#disposed) return;
    if (this.#transport) this.#transport.post(message);
    else this.#queue?.push(message);
  }

  #receive(message: FromServer<SceneEventOf<K>>): void {
    if (this.#disposed) return;
    switch (message.type) {
      case 'status':
        this.#status = message.status;
        this.#options.onStatus(message.status);
        break;
      case 'stats':
        this.#stats = message.stats;
        break;
      case 'event':
        this.#options.onEvent?.(message.event);
        break;
      case 'capture':
        this.#captures.get(message.id)?.(message.png);
        this.#captures.delete(message.id);
        break;
    }
  }

  /** The CSS box and devicePixelRatio; the server picks the drawing-buffer size from them. */
  #sendSize(): void {
    if (!this.#transport) return;
    const widthPx = Math.max(1, Math.round(this.#canvas.clientWidth));
    const heightPx = Math.max(1, Math.round(this.#canvas.clientHeight));
    const devicePixelRatio = window.devicePixelRatio || 1;
    const size = `${widthPx}x${heightPx}@${devicePixelRatio}`;
    if (size === this.#size) return;
    this.#size = size;
    this.#transport.post({ type: 'size', widthPx, heightPx, devicePixelRatio });
  }

  /**
   * OrbitControls captures the pointer on pointerdown and then follows it until it is up; the
   * page does the capturing, and forwards moves only while a pointer is down.
   */
  readonly #onPointer = (event: PointerEvent): void => {
    if (event.type === 'pointerdown') {
      this.#pointers.add(event.pointerId);
      this.#canvas.setPointerCapture(event.pointerId);
    } else if (!this.#pointers.has(event.pointerId)) {
      return;
    } else if (event.type !== 'pointermove') {
      this.#pointers.delete(event.pointerId);
    }
    this.#forward(event, event.type as ForwardedInput['type']);
  };

  /** OrbitControls would stop the page scrolling under a wheel zoom; the page does it here. */
  readonly #onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.#forward(event, 'wheel');
  };

  readonly #onContextMenu = (event: Event): void => event.preventDefault();

  #forward(event: PointerEvent | WheelEvent, type: ForwardedInput['type']): void {
    const pointer = event as Partial<PointerEvent>;
    const wheel = event as Partial<WheelEvent>;
    // Relative to the canvas box, which OrbitElement puts at the origin.
    this.#send({
      type: 'pointer',
      input: {
        type,
        pointerId: pointer.pointerId ?? 0,
        pointerType: pointer.pointerType ?? 'mouse',
        button: event.button,
        buttons: event.buttons,
        clientX: event.offsetX,
        clientY: event.offsetY,
        pageX: event.offsetX,
        pageY: event.offsetY,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        deltaY: wheel.deltaY ?? 0,
        deltaMode: wheel.deltaMode ?? 0,
      },
    });
  }
}
