import { ticks } from 'd3';
import { sectionSlice } from '../../../../worker/plating/section-slice.ts';
import { SectionCell, type PlatingFrame } from '../../../../worker/plating/types.ts';
import { SYSTEM_FONT_FAMILY } from '../../../common/ui/font-family.ts';
import { rgbText, type Rgb } from './css-color.ts';
import { cellIndex, hasCell, sectionPixels, substrateRows, type SectionGrid } from './section-cells.ts';
import { umNumber } from './scale-bar.ts';
import { t } from '../../../i18n/i18n.ts';

export interface SectionColors {
  electrolyte: Rgb;
  li: Rgb;
  deadLi: Rgb;
  coating: Rgb;
  substrate: Rgb;
  fg: Rgb;
  panel: Rgb;
}

export interface SectionWindow {
  col0: number;
  cols: number;
  rows: number;
}

/**
 * The bottom-centre window shown at a magnification (1: the whole lattice). minRows pads
 * the top with electrolyte so side-by-side sections can share one height scale.
 */
export function sectionWindow(g: SectionGrid, magnify: number, minRows = 0): SectionWindow {
  const m = Math.max(1, magnify);
  const cols = Math.max(1, Math.round(g.cols / m));
  const rows = Math.max(1, Math.round(Math.max(g.rows, minRows) / m));
  return { col0: Math.floor((g.cols - cols) / 2), cols, rows };
}

/** Lattice rows needed to show `heightUm` above the copper. */
export function rowsForHeight(g: SectionGrid, cellUm: number, heightUm: number): number {
  return heightUm > 0 && cellUm > 0 ? substrateRows(g) + Math.ceil(heightUm / cellUm) : 0;
}

/** Name of the coating material from the substrate id (tio2-5 -> TiO₂, las11-50 -> LAS): formulas, not words. */
export function coatingName(substrateId: string): string {
  if (substrateId.startsWith('tio2')) return 'TiO₂';
  if (substrateId.startsWith('las')) return 'LAS';
  return t('plating.section.coating');
}

/**
 * Lattice cells as crisp blocks (no smoothing: a one-cell dendrite stays one cell wide),
 * a height axis in µm from the substrate surface on the left, and a legend.
 */
export function drawSection(
  ctx: CanvasRenderingContext2D,
  frame: PlatingFrame,
  widthPx: number,
  heightPx: number,
  colors: SectionColors,
  fontPx: number,
  magnify: number,
  minHeightUm: number,
  slice: number,
): void {
  const g = sliceGrid(frame, slice);
  ctx.fillStyle = rgbText(colors.panel);
  ctx.fillRect(0, 0, widthPx, heightPx);
  const win = sectionWindow(g, magnify, rowsForHeight(g, frame.sectionCellUm, minHeightUm));
  const left = fontPx * 4.2;
  const legendH = fontPx * 1.8;
  const bottomPad = fontPx * 0.6;
  const plotW = widthPx - left - fontPx * 0.6;
  const plotH = heightPx - legendH - bottomPad;
  const cellPx = Math.min(plotW / win.cols, plotH / win.rows);
  const drawnW = cellPx * win.cols;
  const drawnH = cellPx * win.rows;
  const x0 = left;
  const y0 = legendH + (plotH - drawnH);

  const palette: Rgb[] = [];
  palette[SectionCell.Empty] = colors.electrolyte;
  palette[SectionCell.Li] = colors.li;
  palette[SectionCell.Coating] = colors.coating;
  palette[SectionCell.Substrate] = colors.substrate;
  palette[SectionCell.DeadLi] = colors.deadLi;
  const pixels = sectionPixels(g, palette, win.col0, win.cols, win.rows);
  const tile = document.createElement('canvas');
  tile.width = win.cols;
  tile.height = win.rows;
  tile.getContext('2d', { willReadFrequently: true })?.putImageData(new ImageData(pixels, win.cols, win.rows), 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tile, x0, y0, drawnW, drawnH);
  ctx.imageSmoothingEnabled = true;
  thickenCoating(ctx, g, win, x0, y0, cellPx, colors.coating);

  drawHeightAxis(ctx, frame, g, win, x0, y0 + drawnH, cellPx, colors.fg, fontPx);
  drawLegend(ctx, frame.substrateId, hasCell(g, SectionCell.DeadLi), colors, fontPx, x0, widthPx, legendH);
}

/** One slice of the frame as a grid. */
export function sliceGrid(frame: PlatingFrame, slice: number): SectionGrid {
  return { cells: sectionSlice(frame, slice).cells, cols: frame.sectionCols, rows: frame.sectionRows };
}

/** Height in CSS px the canvas needs to show the window at full width (legend and margins included). */
export function sectionHeightPx(g: SectionGrid, magnify: number, widthPx: number, fontPx: number, minRows = 0): number {
  const win = sectionWindow(g, magnify, minRows);
  const plotW = widthPx - fontPx * 4.2 - fontPx * 0.6;
  return Math.round(fontPx * 1.8 + fontPx * 0.6 + (plotW * win.rows) / win.cols);
}

/** A coating is nanometres thick, one cell here; at least 3 px so it shows on a projector. */
const MIN_COATING_PX = 3;

function thickenCoating(ctx: CanvasRenderingContext2D, g: SectionGrid, win: SectionWindow, x0: number, y0: number, cellPx: number, color: Rgb): void {
  if (cellPx >= MIN_COATING_PX) return;
  ctx.fillStyle = rgbText(color);
  for (let r = 0; r < win.rows; r++) {
    for (let c = 0; c < win.cols; c++) {
      if (g.cells[cellIndex(g, win.col0 + c, r)] !== SectionCell.Coating) continue;
      const y = y0 + (win.rows - 1 - r) * cellPx + cellPx / 2;
      ctx.fillRect(x0 + c * cellPx, y - MIN_COATING_PX / 2, Math.max(cellPx, 1), MIN_COATING_PX);
    }
  }
}

function drawHeightAxis(
  ctx: CanvasRenderingContext2D,
  frame: PlatingFrame,
  g: SectionGrid,
  win: SectionWindow,
  x: number,
  bottomY: number,
  cellPx: number,
  fg: Rgb,
  fontPx: number,
): void {
  const baseRows = substrateRows(g);
  const cellUm = frame.sectionCellUm;
  const surfaceY = bottomY - baseRows * cellPx;
  const topUm = (win.rows - baseRows) * cellUm;
  ctx.strokeStyle = rgbText(fg);
  ctx.fillStyle = rgbText(fg);
  ctx.lineWidth = 2;
  ctx.font = `600 ${fontPx * 0.85}px ${SYSTEM_FONT_FAMILY}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  ctx.beginPath();
  ctx.moveTo(x - 1, surfaceY);
  ctx.lineTo(x - 1, bottomY - win.rows * cellPx);
  ctx.stroke();
  const count = Math.floor((surfaceY - (bottomY - win.rows * cellPx)) / (fontPx * 2.2));
  // Too short for two labels (a thin deposit after stripping): the highest one alone, never two on top of each other.
  const values = count >= 2 ? ticks(0, topUm, count) : ticks(0, topUm, 1).slice(-1).filter((h) => h > 0);
  for (const h of values) {
    const y = surfaceY - (h / cellUm) * cellPx;
    ctx.beginPath();
    ctx.moveTo(x - 1, y);
    ctx.lineTo(x - fontPx * 0.45, y);
    ctx.stroke();
    ctx.fillText(umNumber(h), x - fontPx * 0.6, y);
  }
  // The unit sits above the tick labels: a rotated axis title would not fit a short plot.
  ctx.textBaseline = 'bottom';
  ctx.fillText('µm', x - fontPx * 0.6, bottomY - win.rows * cellPx - fontPx * 0.1);
}

/** Legend entries left to right; an entry that would not fit is left out rather than cut. */
function drawLegend(ctx: CanvasRenderingContext2D, substrateId: string, dead: boolean, colors: SectionColors, fontPx: number, x: number, widthPx: number, legendH: number): void {
  const items: [string, Rgb][] = [['Li', colors.li]];
  if (dead) items.push([t('plating.section.deadLi'), colors.deadLi]);
  if (!substrateId.startsWith('cu')) items.push([coatingName(substrateId), colors.coating]);
  items.push(['Cu', colors.substrate], [t('plating.section.electrolyte'), colors.electrolyte]);
  ctx.font = `600 ${fontPx * 0.85}px ${SYSTEM_FONT_FAMILY}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const y = legendH / 2;
  const sw = fontPx * 0.9;
  let cx = x;
  for (const [name, color] of items) {
    const entryW = sw + fontPx * 0.3 + ctx.measureText(name).width;
    if (cx + entryW > widthPx - fontPx * 0.3) break;
    ctx.fillStyle = rgbText(color);
    ctx.fillRect(cx, y - sw / 2, sw, sw);
    ctx.strokeStyle = rgbText(colors.fg);
    ctx.lineWidth = 1;
    ctx.strokeRect(cx + 0.5, y - sw / 2 + 0.5, sw - 1, sw - 1);
    ctx.fillStyle = rgbText(colors.fg);
    ctx.fillText(name, cx + sw + fontPx * 0.3, y);
    cx += sw + fontPx * 0.3 + ctx.measureText(name).width + fontPx * 1.1;
  }
}
