import type { PlatingFrame } from './types.ts';

/** Cross-sections the worker cuts through each deposit, evenly spaced across the patch. */
export const SECTION_SLICES = 8;

/** Lattice row (y index) of slice `s` on an n-wide lattice: the middle of its strip. */
export function sliceRow(s: number, n: number): number {
  return Math.floor(((s + 0.5) * n) / SECTION_SLICES);
}

/** One slice of a frame: its cells (contract row order) and column-top heights, as views into the frame. */
export function sectionSlice(frame: PlatingFrame, s: number): { cells: Uint8Array; heightUm: Float32Array; yUm: number } {
  const { sectionCols: cols, sectionRows: rows } = frame;
  const k = Math.max(0, Math.min(frame.sectionYUm.length - 1, Math.round(s)));
  return {
    cells: frame.sectionCells.subarray(k * cols * rows, (k + 1) * cols * rows),
    heightUm: frame.sectionHeightUm.subarray(k * cols, (k + 1) * cols),
    yUm: frame.sectionYUm[k],
  };
}
