import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Watchable } from '../state/observable.ts';

/** Re-renders a Lit element whenever any of the given observables changes. */
export class WatchController implements ReactiveController {
  #stops: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: () => Watchable[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stops = this.sources().map((o) => o.subscribe(() => this.host.requestUpdate()));
  }

  hostDisconnected(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}
