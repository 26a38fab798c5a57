import { downloadBlob } from '../../../common/export/download.ts';

/**
 * Redraws a 2D view off screen at `scale` (at least 2x, so it stays sharp on a slide)
 * and saves it. `draw` gets a context already scaled to CSS pixels.
 */
export function downloadDrawingPng(
  widthPx: number,
  heightPx: number,
  filename: string,
  draw: (ctx: CanvasRenderingContext2D) => void,
  scale = Math.max(2, window.devicePixelRatio || 1),
): void {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  draw(ctx);
  canvas.toBlob((blob) => {
    if (blob) downloadBlob(filename, blob);
  }, 'image/png');
}

/** A file name from the view and the substrate id, the same in every language: "plating-top-view-tio2-5.png". */
export function pngName(kind: string, substrateId: string): string {
  const slug = `${kind} ${substrateId}`
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `plating-${slug || kind}.png`;
}
