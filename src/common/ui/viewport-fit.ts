import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Sets `--<name>` on the host to the page offset (px) of the element `find` returns, after the
 * first update and whenever the page resizes, so the host's CSS can size a part to end at the
 * bottom of the window: the header above it wraps differently with width and locale. A host
 * whose own render can move the element calls `measure()` after its updates; measuring costs
 * a layout, so a host that updates on every frame of a run does not.
 */
export class ViewportFit implements ReactiveController {
  readonly #observer = new ResizeObserver(() => this.measure());
  #measured = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
    private readonly find: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(document.documentElement);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  hostUpdated(): void {
    if (!this.#measured) this.measure();
  }

  measure(): void {
    const el = this.find();
    if (!el || this.host.hidden) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    this.host.style.setProperty(`--${this.name}`, `${Math.round(top)}px`);
    this.#measured = true;
  }
}
