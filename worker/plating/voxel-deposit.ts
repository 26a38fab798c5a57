import type { Rng } from '../common/rng.ts';

/** How Li ions arrive and attach during one batch of attachments (lengths in cells). */
export interface WalkRule {
  /** Bias of each vertical hop toward the electrode, 0.05–1: the field's drift over diffusion. */
  drift: number;
  /** Chance that an ion next to Li is reduced there on one contact (the surface reaction rate). */
  stick: number;
  /** Share of ions drawn to the tallest of a few columns nearby, where the field is strongest (0: none). */
  focus: number;
  /** Half-width of the neighbourhood the focusing looks over, cells. */
  focusWindowCells: number;
  /** Surface hops toward a better-coordinated site after attaching. */
  relaxHops: number;
  /** The substrate counts as a neighbour of Li (Li wets it). */
  wetting: boolean;
  /** On bare lithiophilic substrate an ion walks this many surface hops to join Li (0: none). */
  captureHops: number;
  /** Li plates beneath a solid ion conductor: each quantum settles at the lowest of a few spots within this half-width (0: Li is exposed). */
  underCoatCells: number;
}

/**
 * Lattice cell states: Li, empty and next to Li (empty cells far from Li are 0), and dead Li:
 * metal cut off from the electrode while stripping, an obstacle that no ion is reduced on.
 */
export const LI = 1;
const TOUCHING = 2;
export const DEAD = 4;
/** Cells a walker cannot enter. */
export const SOLID = LI | DEAD;
/** Block side of the coarse top map that tells a walker how far it may jump: 4 cells. */
const BLOCK_SHIFT = 2;
const BLOCK = 1 << BLOCK_SHIFT;
/** Blocks on each side of the walker's own that the coarse jump looks over. */
const JUMP_BLOCKS = 2;
/** Layers above the deposit where walkers start and where they are reflected. */
const LAUNCH_LAYERS = 3;
/** Columns compared under a solid ion conductor, plating into the lowest or stripping the tallest. */
const UNDER_COAT_SAMPLES = 6;
/** Columns a focused ion compares before it heads for the tallest. */
const FOCUS_SAMPLES = 6;
/** Lattice faces over true area for an isotropic rough surface: each face counts a projection (Cauchy). */
const FACE_PER_AREA = 1.5;

/**
 * The Li deposit as cells of an n x n x layers lattice over the patch, periodic sideways,
 * the substrate below layer 0. One attachment is one cell of dense Li, so the charge sets the
 * number of cells; the shape comes from the walk, so voids, overhangs and branches can form.
 */
export class VoxelDeposit {
  readonly n: number;
  readonly cellUm: number;
  private readonly shift: number;
  private readonly n2: number;
  private occ: Uint8Array;
  private layers: number;
  /** First empty layer above each column's highest Li cell (0: no Li). */
  readonly height: Int32Array;
  readonly hasLi: Uint8Array;
  private readonly blocks: number;
  /**
   * First empty layer above each column's highest live Li cell, and the highest of them: walkers
   * start above live Li and jump by it. Ions cross dead Li (a porous layer of SEI-wrapped shells
   * with electrolyte between them, finer than a cell) but are reduced only in empty cells.
   */
  private readonly liveTop: Int32Array;
  private maxLive = 0;
  private readonly blockTop: Int32Array;
  /** Highest column top over the blocks within JUMP_BLOCKS of each block: how far down a walker may jump. */
  private readonly nearTop: Int32Array;
  liColumns = 0;
  /** Cells of Li connected to the electrode. */
  totalCells = 0;
  /** Cells of dead Li. */
  deadCells = 0;
  maxHeight = 0;
  /** Lattice hops the walkers made (the bench compares them with the naive walker's). */
  walkSteps = 0;
  private sumTop = 0;
  /** Faces between a Li cell and an empty cell. */
  private liEmptyFaces = 0;
  private readonly rowSum: Int32Array;
  private readonly smooth: Int32Array;

  constructor(n: number, cellUm: number) {
    if ((n & (n - 1)) !== 0 || n < BLOCK) throw new Error('Lattice size must be a power of two of at least 8.');
    this.n = n;
    this.shift = Math.log2(n);
    this.n2 = n * n;
    this.cellUm = cellUm;
    this.layers = 32;
    this.occ = new Uint8Array(this.n2 * this.layers);
    this.height = new Int32Array(this.n2);
    this.liveTop = new Int32Array(this.n2);
    this.hasLi = new Uint8Array(this.n2);
    this.blocks = n / BLOCK;
    this.blockTop = new Int32Array(this.blocks * this.blocks);
    this.nearTop = new Int32Array(this.blocks * this.blocks);
    this.rowSum = new Int32Array(this.n2);
    this.smooth = new Int32Array(this.n2);
  }

  get meanHeightCells(): number {
    return this.sumTop / this.n2;
  }

  get covered(): boolean {
    return this.liColumns === this.n2;
  }

  /** Void share of the deposit (live and dead Li) below each column's top (0–1). */
  get porosity(): number {
    return this.sumTop > 0 ? 1 - (this.totalCells + this.deadCells) / this.sumTop : 0;
  }

  /** Whether the cell at (x, y, z) holds Li connected to the electrode (z from 0 just above the substrate). */
  isLi(x: number, y: number, z: number): boolean {
    return z >= 0 && z < this.layers && this.occ[z * this.n2 + (y << this.shift) + x] === LI;
  }

  /** Whether the cell at (x, y, z) holds dead Li. */
  isDead(x: number, y: number, z: number): boolean {
    return z >= 0 && z < this.layers && this.occ[z * this.n2 + (y << this.shift) + x] === DEAD;
  }

  private isSolid(x: number, y: number, z: number): boolean {
    return z >= 0 && z < this.layers && (this.occ[z * this.n2 + (y << this.shift) + x] & SOLID) !== 0;
  }

  /** The cell states, z-major then y then x (stripping reads and edits them through removeLi and markDead). */
  get cells(): Uint8Array {
    return this.occ;
  }

  get layerCount(): number {
    return this.layers;
  }

  /** Puts a nucleus's cell at (x, y) µm on the substrate; returns 1 if a cell was added. */
  seed(xUm: number, yUm: number): number {
    const x = Math.min(this.n - 1, Math.floor(xUm / this.cellUm));
    const y = Math.min(this.n - 1, Math.floor(yUm / this.cellUm));
    if (this.isSolid(x, y, 0)) return 0;
    this.attach(x, y, 0);
    return 1;
  }

  /** Makes (x, y, z) Li; the one place cells are added, so the counters stay exact. */
  attach(x: number, y: number, z: number): void {
    if (z + LAUNCH_LAYERS + 2 >= this.layers) this.addLayers();
    const c = (y << this.shift) + x;
    const k = z * this.n2 + c;
    this.occ[k] = LI;
    this.markTouching(x, y, z);
    this.totalCells++;
    // Each Li neighbour hides one face of the pair; each empty neighbour adds one.
    const li = this.liNeighbours(x, y, z);
    const open = (z === 0 ? 5 : 6) - this.neighbours(x, y, z, SOLID);
    this.liEmptyFaces += open - li;
    if (!this.hasLi[c]) { this.hasLi[c] = 1; this.liColumns++; }
    if (z + 1 > this.height[c]) {
      this.sumTop += z + 1 - this.height[c];
      this.height[c] = z + 1;
      if (z + 1 > this.maxHeight) this.maxHeight = z + 1;
    }
    if (z + 1 > this.liveTop[c]) {
      this.liveTop[c] = z + 1;
      const b = (y >> BLOCK_SHIFT) * this.blocks + (x >> BLOCK_SHIFT);
      if (z + 1 > this.blockTop[b]) { this.blockTop[b] = z + 1; this.raiseNeighbourhood(x >> BLOCK_SHIFT, y >> BLOCK_SHIFT, z + 1); }
      if (z + 1 > this.maxLive) this.maxLive = z + 1;
    }
  }

  /**
   * Li reduced under dead Li pushes it up: the dead cell moves to the first open cell above it
   * in its column, as fresh Li plates beneath the dead-Li layer and lifts it (the layer thickens
   * on top; Chen et al., Adv. Mater. 2017). Leaves (x, y, z) empty for attach().
   */
  private liftDead(x: number, y: number, z: number): void {
    const c = (y << this.shift) + x, n2 = this.n2;
    let up = z + 1;
    while (up < this.layers && this.occ[up * n2 + c] & SOLID) up++;
    if (up + LAUNCH_LAYERS + 2 >= this.layers) this.addLayers();
    this.occ[up * n2 + c] = DEAD;
    // Li beside the new dead cell no longer faces the electrolyte there; Li beside the emptied one now does.
    this.liEmptyFaces += this.liNeighbours(x, y, z) - this.liNeighbours(x, y, up);
    this.occ[z * n2 + c] = 0;
    if (up + 1 > this.height[c]) {
      this.sumTop += up + 1 - this.height[c];
      this.height[c] = up + 1;
      if (up + 1 > this.maxHeight) this.maxHeight = up + 1;
    }
  }

  /** Flags the empty neighbours of a new Li cell as touching Li, so a walker tests contact with one read. */
  private markTouching(x: number, y: number, z: number): void {
    const m = this.n - 1, s = this.shift, o = this.occ, n2 = this.n2;
    const row = z * n2 + (y << s);
    flagTouching(o, row + ((x + 1) & m));
    flagTouching(o, row + ((x + m) & m));
    flagTouching(o, z * n2 + (((y + 1) & m) << s) + x);
    flagTouching(o, z * n2 + (((y + m) & m) << s) + x);
    flagTouching(o, row + n2 + x);
    if (z > 0) flagTouching(o, row - n2 + x);
  }

  private addLayers(): void {
    const bigger = new Uint8Array(this.n2 * this.layers * 2);
    bigger.set(this.occ);
    this.occ = bigger;
    this.layers *= 2;
  }

  /** Li cells among the six neighbours of (x, y, z). */
  private liNeighbours(x: number, y: number, z: number): number {
    return this.neighbours(x, y, z, LI);
  }

  /** Neighbours of (x, y, z) whose state shares a bit with `mask`. */
  neighbours(x: number, y: number, z: number, mask: number): number {
    const m = this.n - 1, s = this.shift, o = this.occ, n2 = this.n2;
    const row = z * n2 + (y << s);
    let c = (o[row + ((x + 1) & m)] & mask ? 1 : 0) + (o[row + ((x + m) & m)] & mask ? 1 : 0);
    c += (o[z * n2 + (((y + 1) & m) << s) + x] & mask ? 1 : 0) + (o[z * n2 + (((y + m) & m) << s) + x] & mask ? 1 : 0);
    if (z + 1 < this.layers && o[row + n2 + x] & mask) c++;
    if (z > 0 && o[row - n2 + x] & mask) c++;
    return c;
  }

  /** Strips the Li cell at index k (z-major); the column's top drops to the next solid cell below. */
  removeLi(k: number): void {
    this.occ[k] = 0;
    this.totalCells--;
    const c = k & (this.n2 - 1);
    const z = (k - c) / this.n2;
    if (z + 1 !== this.height[c]) return;
    let top = z;
    while (top > 0 && !(this.occ[(top - 1) * this.n2 + c] & SOLID)) top--;
    this.sumTop -= this.height[c] - top;
    this.height[c] = top;
  }

  /** The Li cell at index k lost contact with the electrode: it stays as dead Li. */
  markDead(k: number): void {
    this.occ[k] = DEAD;
    this.totalCells--;
    this.deadCells++;
  }

  /**
   * Recounts every derived map from the cell states after stripping: contact flags, column tops,
   * the jump map, covered columns and the Li–empty faces. Plating then resumes as if grown so.
   */
  rebuild(): void {
    const n = this.n, n2 = this.n2, o = this.occ, s = this.shift;
    this.height.fill(0);
    this.liveTop.fill(0);
    this.maxLive = 0;
    this.hasLi.fill(0);
    this.blockTop.fill(0);
    this.nearTop.fill(0);
    this.liColumns = 0;
    this.sumTop = 0;
    this.maxHeight = 0;
    this.liEmptyFaces = 0;
    for (let k = 0; k < o.length; k++) if (o[k] === TOUCHING) o[k] = 0;
    for (let z = 0; z < this.layers; z++) {
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) {
          const c = (y << s) + x;
          const v = o[z * n2 + c];
          if (!(v & SOLID)) continue;
          this.height[c] = z + 1;
          if (v !== LI) continue;
          this.liveTop[c] = z + 1;
          if (!this.hasLi[c]) { this.hasLi[c] = 1; this.liColumns++; }
          this.liEmptyFaces += (z === 0 ? 5 : 6) - this.neighbours(x, y, z, SOLID);
          this.markTouching(x, y, z);
        }
      }
    }
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        const h = this.height[(y << s) + x], live = this.liveTop[(y << s) + x];
        this.sumTop += h;
        if (h > this.maxHeight) this.maxHeight = h;
        if (live > this.maxLive) this.maxLive = live;
        const b = (y >> BLOCK_SHIFT) * this.blocks + (x >> BLOCK_SHIFT);
        if (live > this.blockTop[b]) this.blockTop[b] = live;
      }
    }
    for (let by = 0; by < this.blocks; by++) {
      for (let bx = 0; bx < this.blocks; bx++) this.raiseNeighbourhood(bx, by, this.blockTop[by * this.blocks + bx]);
    }
  }

  /** Places `count` quanta; returns how many were placed (0 before any Li exists). */
  grow(count: number, rule: WalkRule, rng: Rng): number {
    if (this.liColumns === 0) return 0;
    for (let q = 0; q < count; q++) {
      if (rule.underCoatCells > 0) this.plateUnderCoat(rule, rng);
      else this.walk(rule, rng);
    }
    return count;
  }

  /**
   * Beneath a solid ion conductor the quantum arrives through the film, not the liquid: it
   * settles at the lowest of a few spots nearby and then relaxes downhill, so the layer stays dense.
   */
  private plateUnderCoat(rule: WalkRule, rng: Rng): void {
    const n = this.n, m = n - 1, h = this.height;
    const c0 = this.nearbyColumn(Math.floor(rng() * n), Math.floor(rng() * n), rule.underCoatCells, -1, rng);
    let x = c0 & m, y = c0 >> this.shift;
    for (let hop = 0; hop < rule.relaxHops; hop++) {
      const start = Math.floor(rng() * 4);
      let bx = -1, by = -1, best = h[(y << this.shift) + x];
      for (let d = 0; d < 4; d++) {
        const dir = (start + d) & 3;
        const cx = dir === 0 ? (x + 1) & m : dir === 1 ? (x + m) & m : x;
        const cy = dir === 2 ? (y + 1) & m : dir === 3 ? (y + m) & m : y;
        const hc = h[(cy << this.shift) + cx];
        if (hc < best) { best = hc; bx = cx; by = cy; }
      }
      if (bx < 0) break;
      x = bx; y = by;
    }
    this.attach(x, y, h[(y << this.shift) + x]);
  }

  /**
   * Column index of the lowest (sign −1) or tallest (sign 1) of UNDER_COAT_SAMPLES columns drawn
   * within w of (x, y), each draw around the best so far: where Li goes in, or comes out, under a
   * solid ion conductor whose resistance evens the current.
   */
  nearbyColumn(x0: number, y0: number, w: number, sign: 1 | -1, rng: Rng): number {
    const m = this.n - 1, s = this.shift, h = this.height;
    let x = x0, y = y0;
    for (let t = 0; t < UNDER_COAT_SAMPLES; t++) {
      const cx = (x + Math.floor((rng() * 2 - 1) * w)) & m, cy = (y + Math.floor((rng() * 2 - 1) * w)) & m;
      if (sign * (h[(cy << s) + cx] - h[(y << s) + x]) > 0) { x = cx; y = cy; }
    }
    return (y << s) + x;
  }

  /**
   * One ion walks from above the deposit: a random walk on the lattice with a bias toward the
   * electrode, reduced with chance `stick` at each contact with Li. Over empty space it jumps:
   * the coarse top map says how far down no Li can be, and the sideways spread of a biased walk
   * that descends d layers is Gaussian with variance d / drift per axis (3 d/drift hops, a third of them along each axis).
   */
  private walk(rule: WalkRule, rng: Rng): void {
    const n = this.n, m = n - 1, s = this.shift, n2 = this.n2, o = this.occ, top = this.liveTop;
    const ceiling = this.maxLive + LAUNCH_LAYERS;
    let x = Math.floor(rng() * n), y = Math.floor(rng() * n);
    if (rule.focus > 0 && rng() < rule.focus) {
      // The field is strongest at tips: the ion heads for the tallest of a few columns nearby.
      const w = rule.focusWindowCells, x0 = x, y0 = y;
      for (let t = 0; t < FOCUS_SAMPLES; t++) {
        const cx = (x0 + Math.floor((rng() * 2 - 1) * w)) & m, cy = (y0 + Math.floor((rng() * 2 - 1) * w)) & m;
        if (top[(cy << s) + cx] > top[(y << s) + x]) { x = cx; y = cy; }
      }
    }
    // Above every column the walker may land anywhere: start just above the tallest.
    let z = this.maxLive;
    // One draw picks the hop: a third of hops are vertical, split by the drift.
    const pDown = (1 + rule.drift) / 6, pVertical = 1 / 3;
    const reach = JUMP_BLOCKS * BLOCK;
    const maxJump = Math.floor(rule.drift * (reach / 3) ** 2);
    const stick = rule.stick, near = this.nearTop, blocks = this.blocks;
    for (;;) {
      const row = (y << s);
      if (z > top[row + x] + 2 && maxJump >= 2) {
        const d = Math.min(z - near[(y >> BLOCK_SHIFT) * blocks + (x >> BLOCK_SHIFT)] - 1, maxJump);
        if (d >= 2) {
          const sigma = Math.sqrt(d / rule.drift);
          const jx = (x + Math.round(gaussian(rng) * sigma)) & m;
          const jy = (y + Math.round(gaussian(rng) * sigma)) & m;
          // A rare far tail can leave the blocks looked at; such a jump is not taken.
          if (!(o[(z - d) * n2 + (jy << s) + jx] & LI)) {
            x = jx; y = jy; z -= d;
            continue;
          }
        }
      }
      const k = z * n2 + row + x;
      if (o[k] === TOUCHING && rng() < stick) break;
      // Inside dead Li next to live Li: reduced there, lifting the dead Li above it.
      if (o[k] === DEAD && rng() < stick && this.liNeighbours(x, y, z) > 0) {
        this.liftDead(x, y, z);
        this.attach(x, y, z);
        return;
      }
      this.walkSteps++;
      const u = rng();
      if (u < pVertical) {
        if (u < pDown) {
          if (z === 0) {
            // The substrate: on lithiophilic LixTiO2 the ion walks the surface to an island.
            if (rule.captureHops > 0 && this.capture(x, y, rule.captureHops, rng)) return;
          } else if (!(o[k - n2] & LI)) z--;
        } else if (z < ceiling && !(o[k + n2] & LI)) z++;
      } else {
        const dir = ((u - pVertical) * 6) | 0;
        const nx = dir === 0 ? (x + 1) & m : dir === 1 ? (x + m) & m : x;
        const ny = dir === 2 ? (y + 1) & m : dir >= 3 ? (y + m) & m : y;
        if (!(o[z * n2 + (ny << s) + nx] & LI)) { x = nx; y = ny; }
      }
    }
    this.settle(x, y, z, rule, rng);
  }

  /** Walks an ion on the bare substrate (layer 0) until it touches Li; attaches it and returns true, or false if it never does. */
  private capture(x0: number, y0: number, hops: number, rng: Rng): boolean {
    const m = this.n - 1;
    let x = x0, y = y0;
    for (let i = 0; i < hops; i++) {
      if (this.liNeighbours(x, y, 0) > 0 && !this.isSolid(x, y, 0)) {
        this.attach(x, y, 0);
        return true;
      }
      const dir = Math.floor(rng() * 4);
      const nx = dir === 0 ? (x + 1) & m : dir === 1 ? (x + m) & m : x;
      const ny = dir === 2 ? (y + 1) & m : dir === 3 ? (y + m) & m : y;
      if (!this.isLi(nx, ny, 0)) { x = nx; y = ny; }
    }
    return false;
  }

  /** Relaxes a reduced atom over a few hops to empty neighbours with more Li around them (or as many, lower down), then attaches it. */
  private settle(x0: number, y0: number, z0: number, rule: WalkRule, rng: Rng): void {
    const m = this.n - 1;
    let x = x0, y = y0, z = z0;
    for (let hop = 0; hop < rule.relaxHops; hop++) {
      let best = this.coordination(x, y, z, rule.wetting);
      let bx = -1, by = 0, bz = 0;
      const start = Math.floor(rng() * 6);
      for (let d = 0; d < 6; d++) {
        const dir = (start + d) % 6;
        const cx = dir === 0 ? (x + 1) & m : dir === 1 ? (x + m) & m : x;
        const cy = dir === 2 ? (y + 1) & m : dir === 3 ? (y + m) & m : y;
        const cz = dir === 4 ? z + 1 : dir === 5 ? z - 1 : z;
        if (cz < 0 || this.isSolid(cx, cy, cz)) continue;
        // The atom leaves (x, y, z), which holds no Li yet, so the count needs no correction.
        const c = this.coordination(cx, cy, cz, rule.wetting);
        // Ties go down: an atom slides down a wall rather than along it, as surface diffusion fills pits.
        if (c > best || (c === best && c > 0 && cz < (bx < 0 ? z : bz))) { best = c; bx = cx; by = cy; bz = cz; }
      }
      if (bx < 0) break;
      x = bx; y = by; z = bz;
    }
    this.attach(x, y, z);
  }

  private coordination(x: number, y: number, z: number, wetting: boolean): number {
    return this.liNeighbours(x, y, z) + (wetting && z === 0 ? 1 : 0);
  }

  /** A block's top rose to `top`: every block within JUMP_BLOCKS now has at least that under its neighbourhood. */
  private raiseNeighbourhood(bx: number, by: number, top: number): void {
    const b = this.blocks, bm = b - 1;
    for (let j = -JUMP_BLOCKS; j <= JUMP_BLOCKS; j++) {
      const row = ((by + j + b) & bm) * b;
      for (let i = -JUMP_BLOCKS; i <= JUMP_BLOCKS; i++) {
        const k = row + ((bx + i + b) & bm);
        if (top > this.nearTop[k]) this.nearTop[k] = top;
      }
    }
  }

  /** Column-top std/mean over all columns. */
  roughness(): number {
    const mean = this.meanHeightCells;
    if (mean <= 0) return 0;
    let s = 0;
    const h = this.height;
    for (let k = 0; k < h.length; k++) { const d = h[k] - mean; s += d * d; }
    return Math.sqrt(s / h.length) / mean;
  }

  /**
   * Li (or coating over Li) surface exposed to electrolyte per geometric area. The outer
   * surface is the surface element sqrt(1 + |grad h|^2) of the column tops smoothed over 3 x 3
   * columns (a face count would take every one-cell step for a wall, so a layer filling cell by
   * cell would swing the area). Pores and overhangs add the Li faces the outer surface does not
   * account for, over the 1.5 faces per unit area of an isotropic lattice surface. Li exposes
   * only the columns that hold Li; a coating on top of the Li covers every column and its pores.
   */
  exposedArea(coatedOnTop: boolean): number {
    const n = this.n, m = n - 1, h = this.height, row = this.rowSum, s = this.smooth;
    for (let y = 0; y < n; y++) {
      const o = y * n;
      for (let x = 0; x < n; x++) row[o + x] = h[o + ((x + m) & m)] + h[o + x] + h[o + ((x + 1) & m)];
    }
    for (let y = 0; y < n; y++) {
      const up = ((y + m) & m) * n, o = y * n, down = ((y + 1) & m) * n;
      for (let x = 0; x < n; x++) s[o + x] = row[up + x] + row[o + x] + row[down + x];
    }
    // Central differences over two columns of the smoothed field (s holds 9 x the height).
    const f = 1 / 18;
    let area = 0;
    let outerFaces = 0;
    for (let y = 0; y < n; y++) {
      const up = ((y + m) & m) * n, o = y * n, down = ((y + 1) & m) * n;
      for (let x = 0; x < n; x++) {
        const k = o + x;
        outerFaces += Math.abs(h[k] - h[o + ((x + 1) & m)]) + Math.abs(h[k] - h[down + x]) + (this.hasLi[k] ? 1 : 0);
        if (!coatedOnTop && !this.hasLi[k]) continue;
        const gx = (s[o + ((x + 1) & m)] - s[o + ((x + m) & m)]) * f;
        const gy = (s[down + x] - s[up + x]) * f;
        area += Math.sqrt(1 + gx * gx + gy * gy);
      }
    }
    const poreFaces = coatedOnTop ? 0 : Math.max(0, this.liEmptyFaces - outerFaces);
    return (area + poreFaces / FACE_PER_AREA) / this.n2;
  }
}

function flagTouching(o: Uint8Array, j: number): void {
  if (o[j] === 0) o[j] = TOUCHING;
}

/** A standard normal draw (Box–Muller). */
function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
