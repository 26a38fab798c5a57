import type { FromServer, ToServer, WorkerHello } from './render-protocol.ts';

/** How a 3D view's messages reach its render server, in a worker or on the page. */
export interface RenderTransport {
  /** True when the server runs in a worker and needs the canvas as an OffscreenCanvas. */
  readonly offscreen: boolean;
  post(message: ToServer<unknown>, transfer?: Transferable[]): void;
  close(): void;
}

/**
 * Starts a render worker and waits for its hello; null where it cannot draw (no WebGL 2 on an
 * OffscreenCanvas there) or does not start, so the caller falls back to drawing on the page.
 */
export function openWorkerTransport(onMessage: (message: FromServer<unknown>) => void): Promise<RenderTransport | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const failed = (): void => {
      worker.terminate();
      resolve(null);
    };
    worker.addEventListener('error', failed, { once: true });
    worker.addEventListener('message', (event: MessageEvent<FromServer<unknown> | WorkerHello>) => {
      const message = event.data;
      if (message.type !== 'hello') {
        onMessage(message);
        return;
      }
      worker.removeEventListener('error', failed);
      if (!message.offscreenWebgl2) {
        failed();
        return;
      }
      resolve({
        offscreen: true,
        post: (m, transfer = []) => worker.postMessage(m, transfer),
        close: () => worker.terminate(),
      });
    });
  });
}
