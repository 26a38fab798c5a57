import { SectionCell } from '../../../../worker/plating/types.ts';

/** The cross-section lattice (PlatingFrame: row 0 at the top) mapped to pixels, kept apart from the canvas. */

export interface SectionGrid {
  cells: Uint8Array;
  cols: number;
  rows: number;
}

/** Cell index of the cell drawn at (col, rowFromBottom). */
export function cellIndex(g: SectionGrid, col: number, rowFromBottom: number): number {
  return (g.rows - 1 - rowFromBottom) * g.cols + col;
}

/** Rows from the bottom up to and including the highest non-empty cell (0 for an empty lattice). */
export function occupiedRows(g: SectionGrid): number {
  for (let r = g.rows - 1; r >= 0; r--) {
    for (let c = 0; c < g.cols; c++) {
      if (g.cells[cellIndex(g, c, r)] !== SectionCell.Empty) return r + 1;
    }
  }
  return 0;
}

/**
 * RGBA pixels, one per cell, top row first (ImageData order), for a visible window of
 * `visibleRows` rows from the bottom and the columns [col0, col0 + visibleCols).
 * Rows above the lattice are electrolyte.
 */
export function sectionPixels(
  g: SectionGrid,
  palette: readonly (readonly [number, number, number])[],
  col0: number,
  visibleCols: number,
  visibleRows: number,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(visibleCols * visibleRows * 4);
  for (let y = 0; y < visibleRows; y++) {
    const rowFromBottom = visibleRows - 1 - y;
    for (let x = 0; x < visibleCols; x++) {
      const code = rowFromBottom < g.rows ? (g.cells[cellIndex(g, col0 + x, rowFromBottom)] ?? SectionCell.Empty) : SectionCell.Empty;
      const rgb = palette[code] ?? palette[SectionCell.Empty]!;
      const o = (y * visibleCols + x) * 4;
      out[o] = rgb[0];
      out[o + 1] = rgb[1];
      out[o + 2] = rgb[2];
      out[o + 3] = 255;
    }
  }
  return out;
}

/** Rows from the bottom that are substrate in every column (the Cu foil's thickness in cells). */
export function substrateRows(g: SectionGrid): number {
  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < g.cols; c++) {
      if (g.cells[cellIndex(g, c, r)] !== SectionCell.Substrate) return r;
    }
  }
  return g.rows;
}

/** True when any cell holds the code. */
export function hasCell(g: SectionGrid, code: number): boolean {
  return g.cells.includes(code);
}
