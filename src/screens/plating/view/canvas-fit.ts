/** Sizes a 2D canvas's backing store to its CSS box times devicePixelRatio; returns the CSS size. */
export function fitCanvas(canvas: HTMLCanvasElement, maxPixelRatio = 3): { width: number; height: number; ratio: number } {
  const width = Math.max(1, Math.round(canvas.clientWidth));
  const height = Math.max(1, Math.round(canvas.clientHeight));
  const ratio = Math.min(window.devicePixelRatio || 1, maxPixelRatio);
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  return { width, height, ratio };
}

/** The element's computed font size in px, so canvas text follows the page's type scale. */
export function fontSizePx(element: Element, scale = 1): number {
  const px = parseFloat(getComputedStyle(element).fontSize);
  return (Number.isFinite(px) ? px : 16) * scale;
}
