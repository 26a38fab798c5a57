import type { Rng } from '../common/rng.ts';

/** Growth rule settings for one batch of attachments (lengths in cells). */
export interface GrowthRule {
  wetting: boolean;
  relaxHops: number;
  /** Spread under a solid coating, cells (0: Li is exposed on top). */
  underCoatCells: number;
  tipBias: number;
  /** On a lithiophilic surface, Li reduced on bare substrate walks this many hops to join an island edge. */
  captureHops: number;
  /** Half-width of the neighbourhood in which field focusing picks the tallest column, cells. */
  tipWindowCells: number;
}

/**
 * The deposit as columns of Li cells on an n x n grid over the patch (solid-on-solid):
 * one attachment is one cell of dense Li, so the charge sets the number of attachments.
 * Columns are flagged once they hold Li (a nucleus, or Li that spread onto them).
 */
export class ColumnDeposit {
  readonly n: number;
  readonly cellUm: number;
  private readonly shift: number;
  readonly height: Int32Array;
  readonly hasLi: Uint8Array;
  private readonly liList: Int32Array;
  // Scratch fields for the exposed-area measure.
  private readonly rowSum: Int32Array;
  private readonly smooth: Int32Array;
  liColumns = 0;
  totalCells = 0;
  maxHeight = 0;

  constructor(n: number, cellUm: number) {
    if ((n & (n - 1)) !== 0) throw new Error('Lattice size must be a power of two.');
    this.n = n;
    this.shift = Math.log2(n);
    this.cellUm = cellUm;
    this.height = new Int32Array(n * n);
    this.hasLi = new Uint8Array(n * n);
    this.liList = new Int32Array(n * n);
    this.rowSum = new Int32Array(n * n);
    this.smooth = new Int32Array(n * n);
  }

  /** Marks the column under a nucleus at (x, y) µm as holding Li. */
  seed(xUm: number, yUm: number): void {
    const i = Math.min(this.n - 1, Math.floor(xUm / this.cellUm));
    const j = Math.min(this.n - 1, Math.floor(yUm / this.cellUm));
    this.mark(j * this.n + i);
  }

  private mark(k: number): void {
    if (this.hasLi[k]) return;
    this.hasLi[k] = 1;
    this.liList[this.liColumns++] = k;
  }

  get meanHeightCells(): number {
    return this.totalCells / (this.n * this.n);
  }

  get covered(): boolean {
    return this.liColumns === this.n * this.n;
  }

  /** Places `count` attachments; returns how many were placed (0 before any Li exists). */
  grow(count: number, rule: GrowthRule, rng: Rng): number {
    if (this.liColumns === 0) return 0;
    const n = this.n;
    const h = this.height;
    for (let q = 0; q < count; q++) {
      let k = 0;
      if (rule.underCoatCells > 0) {
        // Beneath a solid ion conductor the quantum settles at the lowest of a few spots nearby.
        const k0 = Math.floor(rng() * n * n);
        k = k0;
        const w = rule.underCoatCells;
        for (let t = 0; t < 6; t++) {
          const c = this.offset(k0, Math.floor((rng() * 2 - 1) * w), Math.floor((rng() * 2 - 1) * w));
          if (h[c] < h[k]) k = c;
        }
      } else {
        const landing = Math.floor(rng() * n * n);
        if (rule.captureHops > 0 && !this.hasLi[landing]) {
          // Lithiophilic surface: the adatom walks until it touches an island, which grows sideways.
          k = this.capture(landing, rule.captureHops, rng);
        } else {
          k = rule.captureHops > 0 ? landing : this.liList[Math.floor(rng() * this.liColumns)];
          if (rng() < rule.tipBias) {
            // Field focusing: the tallest of a few nearby Li columns wins.
            const w = rule.tipWindowCells;
            for (let t = 0; t < 3; t++) {
              const c = this.offset(k, Math.floor((rng() * 2 - 1) * w), Math.floor((rng() * 2 - 1) * w));
              if (this.hasLi[c] && h[c] > h[k]) k = c;
            }
          }
        }
      }
      for (let hop = 0; hop < rule.relaxHops; hop++) {
        const start = Math.floor(rng() * 4);
        let best = -1;
        let bestH = h[k];
        for (let d = 0; d < 4; d++) {
          const dir = (start + d) & 3;
          const c = dir === 0 ? this.offset(k, 1, 0) : dir === 1 ? this.offset(k, -1, 0) : dir === 2 ? this.offset(k, 0, 1) : this.offset(k, 0, -1);
          // Li spreads onto bare substrate only where it wets it; on Cu only from a tall cap.
          if (!this.hasLi[c] && !rule.wetting && h[k] < 2) continue;
          if (h[c] < bestH) { bestH = h[c]; best = c; }
        }
        if (best < 0) break;
        k = best;
      }
      this.mark(k);
      h[k]++;
      if (h[k] > this.maxHeight) this.maxHeight = h[k];
    }
    this.totalCells += count;
    return count;
  }

  private capture(start: number, hops: number, rng: Rng): number {
    let k = start;
    for (let i = 0; i < hops; i++) {
      if (this.hasLi[this.offset(k, 1, 0)] || this.hasLi[this.offset(k, -1, 0)] || this.hasLi[this.offset(k, 0, 1)] || this.hasLi[this.offset(k, 0, -1)]) return k;
      const dir = Math.floor(rng() * 4);
      k = dir === 0 ? this.offset(k, 1, 0) : dir === 1 ? this.offset(k, -1, 0) : dir === 2 ? this.offset(k, 0, 1) : this.offset(k, 0, -1);
    }
    return this.liList[Math.floor(rng() * this.liColumns)];
  }

  /** Neighbour on the periodic grid (n is a power of two, so wrapping is a mask). */
  private offset(k: number, dx: number, dy: number): number {
    const m = this.n - 1;
    const x = ((k & m) + dx) & m;
    const y = ((k >> this.shift) + dy) & m;
    return (y << this.shift) | x;
  }

  /** Height std/mean over all columns. */
  roughness(): number {
    const m = this.meanHeightCells;
    if (m <= 0) return 0;
    let s = 0;
    const h = this.height;
    // d * d is what the power function returns for an exponent of 2, without the call.
    for (let k = 0; k < h.length; k++) { const d = h[k] - m; s += d * d; }
    return Math.sqrt(s / this.height.length) / m;
  }

  /**
   * Li (or coating over Li) surface exposed to electrolyte per geometric area. Each column adds
   * the surface element sqrt(1 + |grad h|^2) of the height field smoothed over 3 x 3 columns: a
   * cell-by-cell count would take every one-cell step for a side wall, so a layer that fills
   * column by column would swing the area up and down. Li exposes only the columns that hold Li;
   * a coating on top of the Li covers every column.
   */
  exposedArea(coatedOnTop: boolean): number {
    const n = this.n;
    const m = n - 1;
    const h = this.height;
    const row = this.rowSum;
    const s = this.smooth;
    // Box sums along x, then along y (periodic); s holds 9 x the smoothed height.
    for (let y = 0; y < n; y++) {
      const o = y * n;
      for (let x = 0; x < n; x++) row[o + x] = h[o + ((x + m) & m)] + h[o + x] + h[o + ((x + 1) & m)];
    }
    for (let y = 0; y < n; y++) {
      const up = ((y + m) & m) * n, o = y * n, down = ((y + 1) & m) * n;
      for (let x = 0; x < n; x++) s[o + x] = row[up + x] + row[o + x] + row[down + x];
    }
    // Central differences over two columns of the smoothed field (in cells: the cells are cubes).
    const f = 1 / 18;
    let area = 0;
    for (let y = 0; y < n; y++) {
      const up = ((y + m) & m) * n, o = y * n, down = ((y + 1) & m) * n;
      for (let x = 0; x < n; x++) {
        if (!coatedOnTop && !this.hasLi[o + x]) continue;
        const gx = (s[o + ((x + 1) & m)] - s[o + ((x + m) & m)]) * f;
        const gy = (s[down + x] - s[up + x]) * f;
        area += Math.sqrt(1 + gx * gx + gy * gy);
      }
    }
    return area / (n * n);
  }
}
