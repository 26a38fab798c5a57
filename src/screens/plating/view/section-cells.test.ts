import { describe, expect, it } from 'vitest';
import { SectionCell } from '../../../../worker/plating/types.ts';
import { occupiedRows, sectionPixels, substrateRows, type SectionGrid } from './section-cells.ts';

const { Empty, Li, Coating, Substrate } = SectionCell;

/** 3 columns x 4 rows in the contract's order (row 0 at the top): substrate, one Li cell, coating on it. */
function grid(): SectionGrid {
  const rowsFromTop = [
    [Empty, Empty, Empty],
    [Coating, Empty, Empty],
    [Li, Empty, Empty],
    [Substrate, Substrate, Substrate],
  ];
  return { cells: Uint8Array.from(rowsFromTop.flat()), cols: 3, rows: 4 };
}

const palette: [number, number, number][] = [[0, 0, 0], [10, 10, 10], [20, 20, 20], [30, 30, 30]];

describe('section lattice mapping', () => {
  it('counts substrate rows and the occupied height from the bottom row up', () => {
    expect(substrateRows(grid())).toBe(1);
    expect(occupiedRows(grid())).toBe(3);
  });

  it('writes ImageData with the top row first and the substrate at the bottom', () => {
    const px = sectionPixels(grid(), palette, 0, 3, 4);
    const at = (x: number, y: number) => px[(y * 3 + x) * 4];
    expect(at(0, 3)).toBe(30);
    expect(at(0, 2)).toBe(10);
    expect(at(0, 1)).toBe(20);
    expect(at(0, 0)).toBe(0);
    expect(px[3]).toBe(255);
  });

  it('pads rows above the lattice with electrolyte', () => {
    const px = sectionPixels(grid(), palette, 0, 3, 6);
    expect(px[0]).toBe(0);
    expect(px[(1 * 3) * 4]).toBe(0);
    expect(px[(5 * 3) * 4]).toBe(30);
  });

  it('crops to a window of columns and rows from the bottom', () => {
    const px = sectionPixels(grid(), palette, 1, 2, 2);
    expect(px.length).toBe(2 * 2 * 4);
    expect(px[(1 * 2 + 0) * 4]).toBe(30);
    expect(px[0]).toBe(0);
  });
});
