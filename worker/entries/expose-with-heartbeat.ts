import { expose } from 'comlink';

/** Exposes a model's API plus `ping`, which the main thread calls to notice a dead worker. */
export function exposeWithHeartbeat(api: object): void {
  expose(Object.assign(api, { ping: () => 1 }));
}
