import { RenderServer } from './render-server.ts';
import type { FromServer } from './render-protocol.ts';
import type { RenderTransport } from './render-transport.ts';

/**
 * The render server on the page itself, for browsers whose workers cannot draw WebGL. Loaded
 * only then (a dynamic import), so the page otherwise never loads three.js.
 */
export function openLocalTransport(onMessage: (message: FromServer<unknown>) => void): RenderTransport {
  const server = new RenderServer(onMessage);
  return {
    offscreen: false,
    post: (message) => server.handle(message),
    close: () => server.handle({ type: 'dispose' }),
  };
}
