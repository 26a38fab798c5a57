import { errorText } from '../error-text.ts';
import type { HostApi } from './host-api.ts';

interface Request {
  interphase: 1;
  id: unknown;
  method: string;
  args?: unknown[];
}

const isRequest = (d: unknown): d is Request =>
  typeof d === 'object' && d !== null && (d as Request).interphase === 1 && typeof (d as Request).method === 'string';

/**
 * The host API over postMessage, for a course page that embeds the app in an iframe on another
 * origin. Answers go to the sender only; observed changes are coalesced to one per frame.
 */
export function startPostMessageBridge(api: HostApi, methods: readonly string[]): void {
  // What a parent frame may call besides observe/unobserve: the API's own methods, nothing inherited from Object.
  const allowed = new Set(methods);
  const subscriptions = new Map<string, { source: WindowProxy; stop: () => void }>();
  const end = (subscriptionId: string) => {
    subscriptions.get(subscriptionId)?.stop();
    subscriptions.delete(subscriptionId);
  };
  let nextSubscription = 1;

  window.addEventListener('message', (event: MessageEvent) => {
    if (!isRequest(event.data)) return;
    const { id, method, args = [] } = event.data;
    const source = event.source as WindowProxy | null;
    if (!source) return;
    const origin = event.origin === 'null' ? '*' : event.origin;
    const reply = (body: Record<string, unknown>) => source.postMessage({ interphase: 1, id, ...body }, origin);

    if (method === 'observe') {
      const key = String(args[0]);
      const subscriptionId = `sub-${nextSubscription++}`;
      let pending: { value: unknown } | null = null;
      let scheduled = false;
      const flush = () => {
        scheduled = false;
        if (!pending) return;
        const { value } = pending;
        pending = null;
        // A host page that reloaded or closed leaves its subscriptions behind: drop them.
        try {
          if (source.closed) throw new Error('closed');
          source.postMessage({ interphase: 1, event: 'change', id: subscriptionId, key, value }, origin);
        } catch {
          end(subscriptionId);
        }
      };
      try {
        const stop = api.observe(key, (value) => {
          pending = { value };
          if (scheduled) return;
          scheduled = true;
          // rAF pauses in hidden frames; a timeout keeps hidden embeds informed.
          if (document.hidden) setTimeout(flush, 16);
          else requestAnimationFrame(flush);
        });
        subscriptions.set(subscriptionId, { source, stop });
        reply({ result: subscriptionId });
      } catch (error) {
        reply({ error: errorText(error) });
      }
      return;
    }
    if (method === 'unobserve') {
      const id = String(args[0]);
      const mine = subscriptions.get(id)?.source === source;
      if (mine) end(id);
      reply({ result: mine });
      return;
    }
    if (!allowed.has(method)) {
      reply({ error: `Unknown method "${method}"` });
      return;
    }
    const fn = (api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!;
    Promise.resolve()
      .then(() => fn.apply(api, args))
      .then(
        (result) => {
          try {
            reply({ result });
          } catch (error) {
            reply({ error: `The result could not be sent: ${errorText(error)}` });
          }
        },
        (error: unknown) => reply({ error: errorText(error) }),
      );
  });

  if (window.parent !== window) window.parent.postMessage({ interphase: 1, event: 'ready' }, '*');
}
