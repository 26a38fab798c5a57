import type { PlatingFrame } from '../../../../worker/plating/types.ts';
import { SYSTEM_FONT_FAMILY } from '../../../common/ui/font-family.ts';
import { mixRgb, rgbText, type Rgb } from './css-color.ts';
import { periodicShifts } from '../../../../worker/plating/periodic.ts';
import { scaleBar } from './scale-bar.ts';
import { reliefImage } from './top-relief.ts';

export interface TopViewColors {
  substrate: Rgb;
  li: Rgb;
}

/** Below this radius in px an island is a plain dot: a gradient would hardly show, and thousands cost. */
const PLAIN_DOT_PX = 3;

/**
 * Draws the patch like a secondary-electron image: a dark, slightly grainy substrate, Li
 * islands bright with a brighter rim (SEM edge contrast) and a soft dark halo that lifts
 * them off the surface. Sizes are CSS px; ctx is already scaled by the pixel ratio.
 */
export function drawTopView(
  ctx: CanvasRenderingContext2D,
  frame: PlatingFrame,
  sizePx: number,
  colors: TopViewColors,
  fontPx: number,
  label: string,
): void {
  const k = sizePx / frame.patchSizeUm;
  const core = mixRgb(colors.substrate, colors.li, 0.78);
  const rim = colors.li;
  const copies = islandCopies(frame);
  if (copies.length > MANY_ISLANDS) {
    rasteriseIslands(ctx, copies, k, grainImage(ctx, colors.substrate), rim, core);
    overlayRelief(ctx, frame, sizePx);
    drawDataBar(ctx, sizePx, frame.patchSizeUm, colors, fontPx, label);
    return;
  }
  drawGrain(ctx, colors.substrate);
  const halo = rgbText(mixRgb(colors.substrate, [0, 0, 0], 0.6));
  ctx.save();
  ctx.globalAlpha = 0.55;
  ctx.fillStyle = halo;
  // One path for all halos: thousands of separate fills would block the page.
  ctx.beginPath();
  for (const [xUm, yUm, rUm] of copies) {
    const r = rUm * k;
    if (r < PLAIN_DOT_PX) continue;
    const cx = xUm * k + r * 0.12;
    const cy = yUm * k + r * 0.12;
    ctx.moveTo(cx + r * 1.12, cy);
    ctx.arc(cx, cy, r * 1.12, 0, Math.PI * 2);
  }
  ctx.fill();
  ctx.restore();
  // Small islands share one path and one fill; only the large ones get SEM edge contrast.
  ctx.fillStyle = rgbText(rim);
  ctx.beginPath();
  for (const [xUm, yUm, rUm] of copies) {
    const r = Math.max(0.6, rUm * k);
    if (r >= PLAIN_DOT_PX) continue;
    ctx.moveTo(xUm * k + r, yUm * k);
    ctx.arc(xUm * k, yUm * k, r, 0, Math.PI * 2);
  }
  ctx.fill();
  const sprite = islandSprite(core, rim, colors.substrate);
  for (const [xUm, yUm, rUm] of copies) {
    const r = rUm * k;
    if (r < PLAIN_DOT_PX) continue;
    ctx.drawImage(sprite, xUm * k - r, yUm * k - r, 2 * r, 2 * r);
  }
  overlayRelief(ctx, frame, sizePx);
  drawDataBar(ctx, sizePx, frame.patchSizeUm, colors, fontPx, label);
}

/**
 * The 3D deposit's top surface over the islands (overlay blend: mid-grey changes nothing), so
 * the top view shows the same deposit as the cross-section and the 3D view: pores dark,
 * whiskers bright, a flat film as it was. Where the patch is wider than the lattice, a dashed
 * square marks the part the deposit was grown on.
 */
function overlayRelief(ctx: CanvasRenderingContext2D, frame: PlatingFrame, sizePx: number): void {
  const n = frame.heightMapN;
  const tile = document.createElement('canvas');
  tile.width = tile.height = n;
  tile.getContext('2d')?.putImageData(new ImageData(reliefImage(frame.heightMapUm, n), n, n), 0, 0);
  // A sparse substrate counts its nuclei over a wider patch than the lattice: the deposit fills one corner.
  const side = (sizePx * frame.latticeSizeUm) / frame.patchSizeUm;
  ctx.save();
  ctx.globalCompositeOperation = 'overlay';
  ctx.drawImage(tile, 0, 0, side, side);
  ctx.restore();
  if (side < sizePx * 0.99) {
    ctx.save();
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.7)';
    ctx.setLineDash([4, 3]);
    ctx.strokeRect(0.5, 0.5, side - 1, side - 1);
    ctx.restore();
  }
}

/** Above this many islands the picture is rasterised in JavaScript: canvas paths would take too long. */
const MANY_ISLANDS = 600;

/**
 * Writes islands straight into a copy of the grain (device pixels): a bright rim and a duller
 * body, later islands over earlier ones, then one putImageData. No anti-aliasing, which does
 * not show among thousands of small islands.
 */
function rasteriseIslands(
  ctx: CanvasRenderingContext2D,
  copies: [number, number, number][],
  k: number,
  grain: ImageData,
  rim: Rgb,
  body: Rgb,
): void {
  const w = grain.width;
  const h = grain.height;
  const image = new ImageData(new Uint8ClampedArray(grain.data), w, h);
  const px = new Uint32Array(image.data.buffer);
  const pack = (c: Rgb) => (255 << 24) | (Math.round(c[2]) << 16) | (Math.round(c[1]) << 8) | Math.round(c[0]);
  const rimPx = pack(rim) >>> 0;
  const bodyPx = pack(body) >>> 0;
  // The context is scaled to CSS pixels; pixel writes need device pixels.
  const scale = k * ctx.getTransform().a;
  for (const [xUm, yUm, rUm] of copies) {
    const cx = xUm * scale;
    const cy = yUm * scale;
    const r = Math.max(0.6, rUm * scale);
    const inner = r * 0.8;
    const y0 = Math.max(0, Math.floor(cy - r));
    const y1 = Math.min(h - 1, Math.ceil(cy + r));
    for (let y = y0; y <= y1; y++) {
      const dy = y + 0.5 - cy;
      const span = r * r - dy * dy;
      if (span < 0) continue;
      const half = Math.sqrt(span);
      const innerSpan = inner * inner - dy * dy;
      const innerHalf = innerSpan > 0 ? Math.sqrt(innerSpan) : -1;
      const x0 = Math.max(0, Math.ceil(cx - half - 0.5));
      const x1 = Math.min(w - 1, Math.floor(cx + half - 0.5));
      const row = y * w;
      for (let x = x0; x <= x1; x++) {
        px[row + x] = Math.abs(x + 0.5 - cx) <= innerHalf ? bodyPx : rimPx;
      }
    }
  }
  ctx.putImageData(image, 0, 0);
}

const SPRITE_PX = 96;
const spriteCache = new Map<string, HTMLCanvasElement>();

/**
 * One island drawn once with SEM edge contrast (bright rim, lighter centre), then stamped at
 * every island's size: far cheaper than a gradient per island.
 */
function islandSprite(core: Rgb, rim: Rgb, substrate: Rgb): HTMLCanvasElement {
  const key = [core, rim, substrate].map((c) => c.join(',')).join('|');
  const cached = spriteCache.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SPRITE_PX;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const r = SPRITE_PX / 2;
  const g = ctx.createRadialGradient(r - r * 0.25, r - r * 0.25, 0, r, r, r);
  g.addColorStop(0, rgbText(mixRgb(core, rim, 0.35)));
  g.addColorStop(0.7, rgbText(core));
  g.addColorStop(0.93, rgbText(rim));
  g.addColorStop(1, rgbText(mixRgb(rim, substrate, 0.5)));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(r, r, r, 0, Math.PI * 2);
  ctx.fill();
  if (spriteCache.size > 8) spriteCache.clear();
  spriteCache.set(key, canvas);
  return canvas;
}

/** Every island with its periodic repeats, as [x, y, r] in µm. */
function islandCopies(frame: PlatingFrame): [number, number, number][] {
  const out: [number, number, number][] = [];
  const P = frame.patchSizeUm;
  for (let i = 0; i < frame.islandXUm.length; i++) {
    const x = frame.islandXUm[i]!;
    const y = frame.islandYUm[i]!;
    const r = frame.islandRadiusUm[i]!;
    for (const [dx, dy] of periodicShifts(x, y, r, P)) out.push([x + dx, y + dy, r]);
  }
  return out;
}

/**
 * Fixed pseudo-random grain (a hash of the pixel position), so the same frame always looks the
 * same; it depends only on size and colour, so it is built once and copied on every redraw.
 */
const grainCache = new Map<string, ImageData>();

function drawGrain(ctx: CanvasRenderingContext2D, base: Rgb): void {
  ctx.putImageData(grainImage(ctx, base), 0, 0);
}

function grainImage(ctx: CanvasRenderingContext2D, base: Rgb): ImageData {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  const key = `${w}x${h}:${base.join(',')}`;
  let image = grainCache.get(key);
  if (!image) {
    image = ctx.createImageData(w, h);
    const d = image.data;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let v = (x * 374761393 + y * 668265263) | 0;
        v = Math.imul(v ^ (v >>> 13), 1274126177);
        const noise = (((v ^ (v >>> 16)) & 255) / 255 - 0.5) * 14;
        const o = (y * w + x) * 4;
        d[o] = base[0] + noise;
        d[o + 1] = base[1] + noise;
        d[o + 2] = base[2] + noise;
        d[o + 3] = 255;
      }
    }
    // Sizes change only on resize or export; a few entries cover them.
    if (grainCache.size > 8) grainCache.clear();
    grainCache.set(key, image);
  }
  return image;
}

/** SEM-style data bar along the bottom: the substrate's name and a round-number scale bar. */
function drawDataBar(ctx: CanvasRenderingContext2D, sizePx: number, patchUm: number, colors: TopViewColors, fontPx: number, label: string): void {
  const barH = fontPx * 1.9;
  const top = sizePx - barH;
  ctx.fillStyle = rgbText(mixRgb(colors.substrate, [0, 0, 0], 0.75));
  ctx.globalAlpha = 0.85;
  ctx.fillRect(0, top, sizePx, barH);
  ctx.globalAlpha = 1;
  const bar = scaleBar(patchUm, sizePx, 0.28);
  const pad = fontPx * 0.6;
  ctx.font = `700 ${fontPx}px ${SYSTEM_FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = rgbText(colors.li);
  const labelWidth = ctx.measureText(bar.label).width;
  const x1 = sizePx - pad;
  const x0 = x1 - bar.lengthPx;
  ctx.fillRect(x0, top + barH * 0.62, bar.lengthPx, Math.max(3, fontPx * 0.22));
  ctx.textAlign = 'center';
  ctx.fillText(bar.label, Math.min((x0 + x1) / 2, sizePx - pad - labelWidth / 2), top + barH * 0.32);
  ctx.textAlign = 'left';
  const room = x0 - pad * 3;
  if (label && room > fontPx * 2) ctx.fillText(fitText(ctx, label, room), pad, top + barH / 2);
}

function fitText(ctx: CanvasRenderingContext2D, text: string, maxPx: number): string {
  if (ctx.measureText(text).width <= maxPx) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > maxPx) t = t.slice(0, -1);
  return `${t}…`;
}
