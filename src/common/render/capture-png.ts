import type { RenderHost } from './renderer-host.ts';

/**
 * The canvas as a PNG data URL, or null when nothing can be drawn (no content, context lost).
 * The drawing buffer is not preserved, so the frame is drawn and read in the same task.
 */
export function capturePng(host: RenderHost): string | null {
  if (!host.renderNow()) return null;
  return host.canvas.toDataURL('image/png');
}
