import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queueDraw } from '../../../common/ui/draw-queue.ts';
import { watchNearViewport } from '../../../common/ui/near-viewport.ts';
import { watchTheme } from './theme-watch.ts';

/**
 * Redraws a 2D canvas view after each update, on resize and on a colour-profile change,
 * one view per task (queueDraw), so a screen of canvases never blocks the page. A view scrolled
 * far off screen waits, and draws its latest state when it comes near.
 */
export class CanvasRedraw implements ReactiveController {
  #resizeObserver: ResizeObserver | undefined;
  #unwatchTheme: (() => void) | undefined;
  #stopWatchingViewport: (() => void) | undefined;
  #near = false;
  #stale = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly draw: () => void,
  ) {
    host.addController(this);
  }

  get canvas(): HTMLCanvasElement | null {
    return this.host.renderRoot.querySelector('canvas');
  }

  request(): void {
    this.#stale = !this.#near;
    if (this.#near) queueDraw(this, this.draw);
  }

  hostConnected(): void {
    this.#resizeObserver = new ResizeObserver(() => this.request());
    this.#unwatchTheme = watchTheme(() => this.request());
    this.#stopWatchingViewport = watchNearViewport(this.host, (near) => {
      this.#near = near;
      if (near && this.#stale) this.request();
    });
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#unwatchTheme?.();
    this.#stopWatchingViewport?.();
    this.#near = false;
  }

  hostUpdated(): void {
    const canvas = this.canvas;
    if (canvas) this.#resizeObserver?.observe(canvas);
    this.request();
  }
}
