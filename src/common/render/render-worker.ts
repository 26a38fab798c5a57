import type { ToServer, WorkerHello } from './render-protocol.ts';

/**
 * The render worker: three.js, the WebGL context, the scene and its frames live here, off the
 * page's main thread, drawing into the page canvas handed over with transferControlToOffscreen.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

// Only browsers that can draw WebGL 2 on an OffscreenCanvas expose its context type to
// workers (Safari 16.4–16.6 has OffscreenCanvas, 2D only), so this asks without making one.
// Said before three.js loads, so the page hands over its canvas meanwhile.
const hello: WorkerHello = {
  type: 'hello',
  offscreenWebgl2: typeof OffscreenCanvas === 'function' && typeof WebGL2RenderingContext === 'function',
};
scope.postMessage(hello);

const early: Array<ToServer<unknown>> = [];
const keep = (event: MessageEvent<ToServer<unknown>>): void => void early.push(event.data);
scope.addEventListener('message', keep);
const { RenderServer } = await import('./render-server.ts');
const server = new RenderServer((message) => scope.postMessage(message));
scope.removeEventListener('message', keep);
scope.addEventListener('message', (event: MessageEvent<ToServer<unknown>>) => server.handle(event.data));
for (const message of early) server.handle(message);
