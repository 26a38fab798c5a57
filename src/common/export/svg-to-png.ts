/**
 * Rasterises an on-screen SVG to PNG. The SVG is cloned and the computed value of every
 * style property that affects drawing is copied inline, because the stylesheet (often a
 * shadow root's) and CSS custom properties do not travel with the serialised markup.
 * Only system fonts are named, so nothing is fetched: works offline.
 */
const PAINT_PROPERTIES = [
  'display', 'visibility', 'opacity',
  'fill', 'fill-opacity', 'fill-rule',
  'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'paint-order',
  'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'dominant-baseline', 'letter-spacing', 'shape-rendering',
] as const;

export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  if (width <= 0 || height <= 0) throw new Error('svgToPngBlob: the SVG has no size (is it rendered?)');

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);

  const image = new Image();
  // A data: URL (not a blob: URL) keeps the canvas untainted in every engine.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('svgToPngBlob: no 2D canvas context');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svgToPngBlob: toBlob gave nothing'))), 'image/png');
  });
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  return { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
}

/** Walks the live tree and its clone in step; the clone has the same shape. */
function inlineComputedStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations = PAINT_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`);
  target.setAttribute('style', declarations.join(';'));
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const sourceChild = sourceChildren[i];
    const targetChild = targetChildren[i];
    if (sourceChild && targetChild) inlineComputedStyles(sourceChild, targetChild);
  }
}
