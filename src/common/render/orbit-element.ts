import type { ForwardedInput } from './render-protocol.ts';

/**
 * What three's OrbitControls needs of its DOM element, for a render server that has no DOM
 * (the render worker): it listens here, and the page's pointer and wheel events are replayed
 * here. Its own document and root, so the window-wide pointermove/up listeners OrbitControls
 * adds during a drag hear the replayed events too. Capture is done by the page.
 */
export class OrbitElement extends EventTarget {
  clientWidth = 1;
  clientHeight = 1;
  /** OrbitControls writes touchAction and cursor here; the page's CSS owns the real ones. */
  readonly style: Record<string, string> = {};

  get ownerDocument(): this {
    return this;
  }

  getRootNode(): this {
    return this;
  }

  /** Replayed positions are relative to the canvas box, so the box sits at the origin. */
  getBoundingClientRect(): { left: number; top: number; x: number; y: number; width: number; height: number; right: number; bottom: number } {
    const width = this.clientWidth;
    const height = this.clientHeight;
    return { left: 0, top: 0, x: 0, y: 0, width, height, right: width, bottom: height };
  }

  setPointerCapture(): void {}

  releasePointerCapture(): void {}

  setSize(widthPx: number, heightPx: number): void {
    this.clientWidth = Math.max(1, widthPx);
    this.clientHeight = Math.max(1, heightPx);
  }

  replay(input: ForwardedInput): void {
    const { type, ...fields } = input;
    this.dispatchEvent(Object.assign(new Event(type, { cancelable: true }), fields));
  }
}
