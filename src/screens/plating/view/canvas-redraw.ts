import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queueDraw } from '../../../common/ui/draw-queue.ts';
import { watchTheme } from './theme-watch.ts';

/**
 * Redraws a 2D canvas view after each update, on resize and on a colour-profile change,
 * one view per task (queueDraw), so a screen of canvases never blocks the page.
 */
export class CanvasRedraw implements ReactiveController {
  #resizeObserver: ResizeObserver | undefined;
  #unwatchTheme: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly draw: () => void,
  ) {
    host.addController(this);
  }

  get canvas(): HTMLCanvasElement | null {
    return this.host.renderRoot.querySelector('canvas');
  }

  request(): void {
    queueDraw(this, this.draw);
  }

  hostConnected(): void {
    this.#resizeObserver = new ResizeObserver(() => this.request());
    this.#unwatchTheme = watchTheme(() => this.request());
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#unwatchTheme?.();
  }

  hostUpdated(): void {
    const canvas = this.canvas;
    if (canvas) this.#resizeObserver?.observe(canvas);
    this.request();
  }
}
