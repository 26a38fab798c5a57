import { describe, expect, it } from 'vitest';
import { CELL_COATING, CELL_LI, CELL_SUBSTRATE, occupiedRows, sectionPixels, substrateAtRowZero, substrateRows, type SectionGrid } from './section-cells.ts';

/** 3 columns x 4 rows, substrate at the bottom, one Li cell, coating on top of it. */
function grid(bottomIsRowZero: boolean): SectionGrid {
  const rowsFromBottom = [
    [CELL_SUBSTRATE, CELL_SUBSTRATE, CELL_SUBSTRATE],
    [CELL_LI, 0, 0],
    [CELL_COATING, 0, 0],
    [0, 0, 0],
  ];
  const ordered = bottomIsRowZero ? rowsFromBottom : [...rowsFromBottom].reverse();
  return { cells: Uint8Array.from(ordered.flat()), cols: 3, rows: 4 };
}

const palette: [number, number, number][] = [[0, 0, 0], [10, 10, 10], [20, 20, 20], [30, 30, 30]];

describe('section lattice mapping', () => {
  it('finds the substrate end whichever way the rows are stored', () => {
    expect(substrateAtRowZero(grid(true))).toBe(true);
    expect(substrateAtRowZero(grid(false))).toBe(false);
  });

  it('counts substrate rows and the occupied height the same either way', () => {
    for (const g of [grid(true), grid(false)]) {
      expect(substrateRows(g)).toBe(1);
      expect(occupiedRows(g)).toBe(3);
    }
  });

  it('writes ImageData with the top row first and the substrate at the bottom', () => {
    for (const g of [grid(true), grid(false)]) {
      const px = sectionPixels(g, palette, 0, 3, 4);
      const at = (x: number, y: number) => px[(y * 3 + x) * 4];
      expect(at(0, 3)).toBe(30);
      expect(at(0, 2)).toBe(10);
      expect(at(0, 1)).toBe(20);
      expect(at(0, 0)).toBe(0);
      expect(px[3]).toBe(255);
    }
  });

  it('pads rows above the lattice with electrolyte', () => {
    for (const g of [grid(true), grid(false)]) {
      const px = sectionPixels(g, palette, 0, 3, 6);
      expect(px[0]).toBe(0);
      expect(px[(1 * 3) * 4]).toBe(0);
      expect(px[(5 * 3) * 4]).toBe(30);
    }
  });

  it('crops to a window of columns and rows from the bottom', () => {
    const px = sectionPixels(grid(true), palette, 1, 2, 2);
    expect(px.length).toBe(2 * 2 * 4);
    expect(px[(1 * 2 + 0) * 4]).toBe(30);
    expect(px[0]).toBe(0);
  });
});
