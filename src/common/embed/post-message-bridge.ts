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
export function startPostMessageBridge(api: HostApi): void {
  const subscriptions = new Map<string, () => void>();
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
        source.postMessage({ interphase: 1, event: 'change', id: subscriptionId, key, value }, origin);
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
        subscriptions.set(subscriptionId, stop);
        reply({ result: subscriptionId });
      } catch (error) {
        reply({ error: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    if (method === 'unobserve') {
      const stop = subscriptions.get(String(args[0]));
      stop?.();
      subscriptions.delete(String(args[0]));
      reply({ result: Boolean(stop) });
      return;
    }
    const fn = (api as unknown as Record<string, unknown>)[method];
    if (typeof fn !== 'function' || method === 'observe') {
      reply({ error: `Unknown method "${method}"` });
      return;
    }
    Promise.resolve()
      .then(() => (fn as (...a: unknown[]) => Promise<unknown>).apply(api, args))
      .then(
        (result) => reply({ result }),
        (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
      );
  });

  if (window.parent !== window) window.parent.postMessage({ interphase: 1, event: 'ready' }, '*');
}
