/** Cross-section lattice codes and their mapping to pixels, kept apart from the canvas. */
export const CELL_EMPTY = 0;
export const CELL_LI = 1;
export const CELL_COATING = 2;
export const CELL_SUBSTRATE = 3;

export interface SectionGrid {
  cells: Uint8Array;
  cols: number;
  rows: number;
}

/**
 * The contract says row-major but not which end is the substrate; the substrate rows tell.
 * True when row 0 holds more substrate than the last row (row 0 at the bottom).
 */
export function substrateAtRowZero(g: SectionGrid): boolean {
  let first = 0;
  let last = 0;
  const lastRow = (g.rows - 1) * g.cols;
  for (let c = 0; c < g.cols; c++) {
    if (g.cells[c] === CELL_SUBSTRATE) first++;
    if (g.cells[lastRow + c] === CELL_SUBSTRATE) last++;
  }
  return first >= last;
}

/** Cell index of the cell drawn at (col, rowFromBottom). */
export function cellIndex(g: SectionGrid, col: number, rowFromBottom: number, bottomIsRowZero: boolean): number {
  const row = bottomIsRowZero ? rowFromBottom : g.rows - 1 - rowFromBottom;
  return row * g.cols + col;
}

/** Rows from the bottom up to and including the highest non-empty cell (0 for an empty lattice). */
export function occupiedRows(g: SectionGrid): number {
  const bottomZero = substrateAtRowZero(g);
  for (let r = g.rows - 1; r >= 0; r--) {
    for (let c = 0; c < g.cols; c++) {
      if (g.cells[cellIndex(g, c, r, bottomZero)] !== CELL_EMPTY) return r + 1;
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
  const bottomZero = substrateAtRowZero(g);
  const out = new Uint8ClampedArray(visibleCols * visibleRows * 4);
  for (let y = 0; y < visibleRows; y++) {
    const rowFromBottom = visibleRows - 1 - y;
    for (let x = 0; x < visibleCols; x++) {
      const code = rowFromBottom < g.rows ? (g.cells[cellIndex(g, col0 + x, rowFromBottom, bottomZero)] ?? CELL_EMPTY) : CELL_EMPTY;
      const rgb = palette[code] ?? palette[CELL_EMPTY]!;
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
  const bottomZero = substrateAtRowZero(g);
  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < g.cols; c++) {
      if (g.cells[cellIndex(g, c, r, bottomZero)] !== CELL_SUBSTRATE) return r;
    }
  }
  return g.rows;
}

/** True when any cell holds the code. */
export function hasCell(g: SectionGrid, code: number): boolean {
  return g.cells.includes(code);
}
