import { createRng } from '../common/rng.ts';

export interface NaiveWalkerResult {
  /** Row-major cols x rows, row 0 at the top: 0 empty, 1 Li, 3 substrate. */
  cells: Uint8Array;
  rows: number;
  /** Random-walk steps taken in total. */
  steps: number;
}

/**
 * Bench baseline: plain diffusion-limited aggregation on the 2D cross-section lattice. One
 * unbiased walker at a time starts just above the deposit, walks until it touches Li or the
 * substrate, and sticks there. Slow on purpose: it is what the model's growth rule replaces.
 */
export function naiveWalker(cols: number, attachments: number, seed: number): NaiveWalkerResult {
  const rng = createRng(seed);
  let rows = Math.max(32, Math.ceil(attachments / cols) * 4 + 16);
  let cells = new Uint8Array(cols * rows);
  for (let x = 0; x < cols; x++) cells[(rows - 1) * cols + x] = 3;
  let top = rows - 1; // highest occupied row
  let steps = 0;
  for (let a = 0; a < attachments; a++) {
    if (top < 16) {
      // The fractal deposit outgrew the lattice: add rows on top.
      const extra = rows;
      const bigger = new Uint8Array(cols * (rows + extra));
      bigger.set(cells, extra * cols);
      cells = bigger;
      rows += extra;
      top += extra;
    }
    const launch = top - 3;
    let x = Math.floor(rng() * cols);
    let y = launch;
    for (;;) {
      const touching =
        cells[(y + 1) * cols + x] !== 0 ||
        cells[y * cols + ((x - 1 + cols) % cols)] !== 0 ||
        cells[y * cols + ((x + 1) % cols)] !== 0 ||
        cells[(y - 1) * cols + x] !== 0;
      if (touching) break;
      const r = rng();
      steps++;
      if (r < 0.25) x = (x + 1) % cols;
      else if (r < 0.5) x = (x - 1 + cols) % cols;
      else if (r < 0.75) y++;
      else y--;
      // A walker that wanders far above the deposit is relaunched just above it.
      if (y < launch - 10) { y = launch; x = Math.floor(rng() * cols); }
    }
    cells[y * cols + x] = 1;
    if (y < top) top = y;
  }
  return { cells, rows, steps };
}
