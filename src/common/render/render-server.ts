import { capturePng } from './capture-png.ts';
import { OrbitElement } from './orbit-element.ts';
import type { FromServer, ToServer } from './render-protocol.ts';
import { createRenderHost, type RenderCanvas, type RenderHost } from './renderer-host.ts';
import { isSceneKind, SCENES } from './scene-registry.ts';
import type { SceneFactory, ServedScene } from './served-scene.ts';

/**
 * Draws one 3D view for the page: builds the renderer on the canvas it is given, builds the
 * named scene, and feeds it the page's messages. The same server runs in the render worker
 * and, where a worker cannot draw, on the page (render-local.ts): one scene code, two transports.
 */
export class RenderServer {
  readonly #post: (message: FromServer<unknown>) => void;
  readonly #element = new OrbitElement();
  #host: RenderHost | null = null;
  #scene: ServedScene<unknown> | null = null;
  #size: { widthPx: number; heightPx: number; devicePixelRatio: number } | null = null;

  constructor(post: (message: FromServer<unknown>) => void) {
    this.#post = post;
  }

  handle(message: ToServer<unknown>): void {
    switch (message.type) {
      case 'init':
        this.#init(message.scene, message.canvas);
        break;
      case 'size':
        this.#size = message;
        this.#element.setSize(message.widthPx, message.heightPx);
        this.#host?.setSize(message.widthPx, message.heightPx, message.devicePixelRatio);
        break;
      case 'input':
        this.#scene?.input(message.input);
        break;
      case 'key':
        this.#scene?.key(message.action);
        break;
      case 'pointer':
        this.#element.replay(message.input);
        break;
      case 'capture':
        void this.#capture(message.id);
        break;
      case 'dispose':
        this.#dispose();
        break;
    }
  }

  #init(kind: string, canvas: RenderCanvas): void {
    if (this.#host || !isSceneKind(kind)) return;
    const post = this.#post;
    const host = createRenderHost(canvas, {
      onStatus: (status) => post({ type: 'status', status }),
      onFrame: (stats) => post({ type: 'stats', stats }),
    });
    if (!host) {
      post({ type: 'status', status: 'no-webgl' });
      return;
    }
    this.#host = host;
    if (this.#size) host.setSize(this.#size.widthPx, this.#size.heightPx, this.#size.devicePixelRatio);
    const create: SceneFactory<unknown, unknown> = SCENES[kind];
    this.#scene = create({ host, element: this.#element, emit: (event) => post({ type: 'event', event }) });
    post({ type: 'status', status: 'ready' });
  }

  async #capture(id: number): Promise<void> {
    const png = this.#host ? await capturePng(this.#host) : null;
    this.#post({ type: 'capture', id, png });
  }

  #dispose(): void {
    this.#scene?.dispose();
    this.#scene = null;
    this.#host?.dispose();
    this.#host = null;
  }
}
