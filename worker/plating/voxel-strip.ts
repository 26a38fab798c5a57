import type { Rng } from '../common/rng.ts';
import { LI, type VoxelDeposit } from './voxel-deposit.ts';

/**
 * Stripping of one deposit: Li leaves as ions from the faces it shows the electrolyte, and a
 * piece whose last path of Li to the electrode dissolves stays behind as dead Li (Fang et al.,
 * Nature 2019: electrically isolated metallic Li, wrapped in SEI). Holds the list of live Li
 * cells for the half-cycle; the deposit is rebuilt when plating resumes.
 */
export class DepositStripper {
  private readonly d: VoxelDeposit;
  private readonly list: Int32Array;
  /** Index of each cell in the list (−1: not live Li). */
  private readonly pos: Int32Array;
  private count = 0;
  private readonly seen: Uint8Array;
  private readonly queue: Int32Array;
  /** Whether a cell stripped since the last flood may have cut another off (the first flood always runs). */
  private mayHaveCut = true;

  constructor(deposit: VoxelDeposit) {
    this.d = deposit;
    const o = deposit.cells;
    this.pos = new Int32Array(o.length).fill(-1);
    this.list = new Int32Array(deposit.totalCells);
    for (let k = 0; k < o.length; k++) {
      if (o[k] !== LI) continue;
      this.pos[k] = this.count;
      this.list[this.count++] = k;
    }
    this.seen = new Uint8Array(o.length);
    this.queue = new Int32Array(this.count);
  }

  /** Cells of Li still connected to the electrode. */
  get liveCells(): number {
    return this.count;
  }

  /**
   * Strips up to `count` cells; returns how many left. From the liquid, the current of a porous
   * deposit runs mostly through its outer surface (the pores' electrolyte resists it), so each
   * quantum leaves the highest live cell of a random column: the deposit dissolves from the
   * top down, and a branch whose last contact lies above it is cut off. Under a solid ion
   * conductor (underCoatCells > 0) the film's resistance evens the current instead: the quantum
   * comes off the tallest of a few columns nearby, so the layer thins evenly.
   */
  strip(count: number, rng: Rng, underCoatCells: number): number {
    let removed = 0;
    while (removed < count && this.count > 0) {
      this.remove(this.pick(rng, underCoatCells));
      removed++;
    }
    return removed;
  }

  private pick(rng: Rng, w: number): number {
    const d = this.d, n = d.n, n2 = n * n, h = d.height, o = d.cells;
    for (let tries = 0; tries < 64; tries++) {
      const x = Math.floor(rng() * n), y = Math.floor(rng() * n);
      const c = w > 0 ? d.nearbyColumn(x, y, w, 1, rng) : y * n + x;
      for (let z = h[c] - 1; z >= 0; z--) if (o[z * n2 + c] === LI) return z * n2 + c;
    }
    // Almost every column is stripped bare: any live cell will do.
    return this.list[Math.floor(rng() * this.count)];
  }

  private remove(k: number): void {
    this.dropAt(this.pos[k], k);
    this.d.removeLi(k);
    if (!this.mayHaveCut) this.mayHaveCut = !this.neighboursStand(k);
  }

  /**
   * Whether every live neighbour of the emptied cell k still stands on an unbroken column of
   * Li down to the substrate: then nothing was cut off, and the flood can be skipped (a dense
   * film stripped from the top never needs one).
   */
  private neighboursStand(k: number): boolean {
    const d = this.d, n = d.n, m = n - 1, n2 = n * n, cm = n2 - 1;
    const c = k & cm, x = c & m, row = k - x, layer = k - c;
    return this.stands(row + ((x + 1) & m)) && this.stands(row + ((x + m) & m)) &&
      this.stands(layer + ((c + n) & cm)) && this.stands(layer + ((c + n2 - n) & cm)) &&
      this.stands(k + n2) && this.stands(k - n2);
  }

  /** Cell j is not live Li, or live Li on an unbroken column of Li down to the substrate. */
  private stands(j: number): boolean {
    const o = this.d.cells, n2 = this.d.n * this.d.n;
    if (j < 0 || j >= o.length || o[j] !== LI) return true;
    for (let b = j - n2; b >= 0; b -= n2) if (o[b] !== LI) return false;
    return true;
  }

  /**
   * Marks every live cell with no path of Li to the substrate as dead (a flood from the cells on
   * the substrate through face neighbours); returns how many died.
   */
  isolate(): number {
    if (!this.mayHaveCut) return 0;
    this.mayHaveCut = false;
    const d = this.d, n = d.n, m = n - 1, n2 = n * n, o = d.cells, seen = this.seen, q = this.queue;
    let head = 0, tail = 0;
    for (let i = 0; i < this.count; i++) {
      const k = this.list[i];
      if (k < n2) { seen[k] = 1; q[tail++] = k; }
    }
    const top = o.length - n2, cm = n2 - 1;
    while (head < tail) {
      const k = q[head++];
      const c = k & cm, x = c & m, row = k - x, layer = k - c;
      // The six face neighbours, periodic sideways; each live one not yet reached joins the queue.
      let j = row + ((x + 1) & m);
      if (o[j] === LI && !seen[j]) { seen[j] = 1; q[tail++] = j; }
      j = row + ((x + m) & m);
      if (o[j] === LI && !seen[j]) { seen[j] = 1; q[tail++] = j; }
      j = layer + ((c + n) & cm);
      if (o[j] === LI && !seen[j]) { seen[j] = 1; q[tail++] = j; }
      j = layer + ((c + n2 - n) & cm);
      if (o[j] === LI && !seen[j]) { seen[j] = 1; q[tail++] = j; }
      j = k + n2;
      if (k < top && o[j] === LI && !seen[j]) { seen[j] = 1; q[tail++] = j; }
      j = k - n2;
      if (k >= n2 && o[j] === LI && !seen[j]) { seen[j] = 1; q[tail++] = j; }
    }
    let died = 0;
    for (let i = this.count - 1; i >= 0; i--) {
      const k = this.list[i];
      if (seen[k]) { seen[k] = 0; continue; }
      this.dropAt(i, k);
      d.markDead(k);
      died++;
    }
    return died;
  }

  private dropAt(i: number, k: number): void {
    const last = this.list[--this.count];
    this.list[i] = last;
    this.pos[last] = i;
    this.pos[k] = -1;
  }
}
