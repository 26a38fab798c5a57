import type { RenderHost } from './renderer-host.ts';

/**
 * The canvas as a PNG, or null when nothing can be drawn (no content, context lost). The
 * drawing buffer is not preserved, so the frame is drawn and taken in the same task: both
 * convertToBlob and toBlob copy the pixels when called and only encode later.
 */
export function capturePng(host: RenderHost): Promise<Blob | null> {
  if (!host.renderNow()) return Promise.resolve(null);
  const canvas = host.canvas;
  if (!('toBlob' in canvas)) return canvas.convertToBlob({ type: 'image/png' }).catch(() => null);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
