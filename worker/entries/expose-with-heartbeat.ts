import { expose } from 'comlink';

/**
 * Holds the Web Lock `name` until this worker ends. The browser releases it however the worker
 * ends (even `self.close()`, which tells the page nothing), so the page, waiting for the same
 * lock, learns of the end at once, even while a long call is computing. False without locks.
 */
function holdLife(name: string): Promise<boolean> {
  if (!('locks' in navigator)) return Promise.resolve(false);
  return new Promise((resolve) => {
    navigator.locks
      .request(name, () => {
        resolve(true);
        return new Promise<never>(() => undefined);
      })
      .catch(() => resolve(false));
  });
}

/** Exposes a model's API plus `ping` and `holdLife`, which the main thread uses to notice a dead worker. */
export function exposeWithHeartbeat(api: object): void {
  expose(Object.assign(api, { ping: () => 1, holdLife }));
}
