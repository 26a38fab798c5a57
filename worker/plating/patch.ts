/**
 * The square surface patch the top view shows: where each nucleus was born and to which
 * birth cohort it belongs. Islands are sets of nuclei that fused when their caps touched.
 */
export class NucleusPatch {
  readonly sizeUm: number;
  x = new Float32Array(256);
  y = new Float32Array(256);
  cohort = new Int32Array(256);
  count = 0;

  constructor(sizeUm: number) {
    this.sizeUm = sizeUm;
  }

  get areaCm2(): number {
    return (this.sizeUm * 1e-4) ** 2;
  }

  add(xUm: number, yUm: number, cohort: number): void {
    if (this.count === this.x.length) {
      const n = this.count * 2;
      const x = new Float32Array(n); x.set(this.x); this.x = x;
      const y = new Float32Array(n); y.set(this.y); this.y = y;
      const c = new Int32Array(n); c.set(this.cohort); this.cohort = c;
    }
    this.x[this.count] = xUm;
    this.y[this.count] = yUm;
    this.cohort[this.count] = cohort;
    this.count++;
  }
}

export interface Islands {
  x: Float32Array;
  y: Float32Array;
  radius: Float32Array;
}

/**
 * Islands as persistent sets of nuclei. Each set is drawn as one cap holding its members'
 * summed volume (V ∝ r^3; all caps on a substrate share a shape) at the volume-weighted
 * centre. Touching islands fuse only while at least one of them is still small: small Li
 * islands coalesce fast, but once both are wider than the coalescence radius they impinge
 * and stay separate grains (the island-to-film transition of thin-film growth). Fusion is
 * irreversible, so the island count only falls with capacity.
 */
export class IslandSets {
  private readonly patch: NucleusPatch;
  private readonly mergeFactor: number;
  private readonly fuseRadiusUm: number;
  private parent = new Int32Array(256);
  private synced = 0;

  constructor(patch: NucleusPatch, mergeFactor: number, fuseRadiusUm: number) {
    this.patch = patch;
    this.mergeFactor = mergeFactor;
    this.fuseRadiusUm = fuseRadiusUm;
  }

  private find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) { p[i] = p[p[i]]; i = p[i]; }
    return i;
  }

  private sync(): void {
    const n = this.patch.count;
    if (this.parent.length < n) {
      const p = new Int32Array(Math.max(n, this.parent.length * 2)); p.set(this.parent); this.parent = p;
    }
    for (let i = this.synced; i < n; i++) this.parent[i] = i;
    this.synced = n;
  }

  /** Current islands (footprint radii in µm) and the root nucleus of each. */
  islands(radiusUmOfCohort: (c: number) => number): Islands & { root: Int32Array } {
    this.sync();
    const patch = this.patch;
    const n = patch.count;
    const L = patch.sizeUm;
    const vol = new Float64Array(n);
    const sx = new Float64Array(n);
    const sy = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const r = radiusUmOfCohort(patch.cohort[i]);
      if (r <= 0) continue;
      const root = this.find(i);
      const v = r * r * r;
      // Centres unwrap around the root on the periodic patch.
      let xi = patch.x[i], yi = patch.y[i];
      const xr = patch.x[root], yr = patch.y[root];
      if (xi - xr > L / 2) xi -= L; else if (xr - xi > L / 2) xi += L;
      if (yi - yr > L / 2) yi -= L; else if (yr - yi > L / 2) yi += L;
      if (vol[root] === 0) m++;
      vol[root] += v; sx[root] += v * xi; sy[root] += v * yi;
    }
    const out = { x: new Float32Array(m), y: new Float32Array(m), radius: new Float32Array(m), root: new Int32Array(m) };
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (vol[i] <= 0) continue;
      out.x[k] = (((sx[i] / vol[i]) % L) + L) % L;
      out.y[k] = (((sy[i] / vol[i]) % L) + L) % L;
      // A coalesced film cannot have a larger footprint than the patch itself.
      out.radius[k] = Math.min(Math.cbrt(vol[i]), L / Math.sqrt(Math.PI));
      out.root[k] = i;
      k++;
    }
    return out;
  }

  /** Fuses islands whose centres are closer than mergeFactor x (r_i + r_j), unless both are already grains. */
  coalesce(radiusUmOfCohort: (c: number) => number): void {
    const isl = this.islands(radiusUmOfCohort);
    const k = isl.radius.length;
    const p = new Int32Array(k);
    const vol = new Float64Array(k);
    for (let i = 0; i < k; i++) { p[i] = i; vol[i] = isl.radius[i] ** 3; }
    const find = (i: number): number => {
      while (p[i] !== i) { p[i] = p[p[i]]; i = p[i]; }
      return i;
    };
    const big = this.fuseRadiusUm ** 3;
    forTouchingPairs(isl.x, isl.y, isl.radius, this.patch.sizeUm, this.mergeFactor, (i, j) => {
      const a = find(i), b = find(j);
      if (a === b || (vol[a] >= big && vol[b] >= big)) return;
      p[b] = a;
      vol[a] += vol[b];
    });
    for (let i = 0; i < k; i++) {
      const a = find(i);
      if (a !== i) this.parent[isl.root[i]] = isl.root[a];
    }
  }
}

/**
 * Visits each pair of discs (once) whose centres are closer than mergeFactor x (r_i + r_j) on
 * the periodic patch. Discs are sorted into radius classes (factors of two), each with its own
 * grid, so a pair search only scans as far as the two classes can reach.
 */
function forTouchingPairs(x: Float32Array, y: Float32Array, r: Float32Array, L: number, mergeFactor: number, visit: (i: number, j: number) => void): void {
  const n = r.length;
  let rMax = 0;
  for (let i = 0; i < n; i++) if (r[i] > rMax) rMax = r[i];
  if (rMax <= 0) return;
  const grids = buildClassGrids(x, y, r, L, rMax, mergeFactor);
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const a = grids.classOf[i];
    for (let b = 0; b <= a; b++) {
      const g = grids.classes[b];
      if (!g) continue;
      const span = Math.ceil((mergeFactor * (r[i] + g.rMax)) / g.cellSize);
      const cx = Math.floor(x[i] / g.cellSize);
      const cy = Math.floor(y[i] / g.cellSize);
      const all = 2 * span + 1 >= g.cells;
      const x0 = all ? 0 : cx - span, x1 = all ? g.cells - 1 : cx + span;
      const y0 = all ? 0 : cy - span, y1 = all ? g.cells - 1 : cy + span;
      for (let gy = y0; gy <= y1; gy++) {
        for (let gx = x0; gx <= x1; gx++) {
          const k = (((gy % g.cells) + g.cells) % g.cells) * g.cells + (((gx % g.cells) + g.cells) % g.cells);
          for (let j = g.head[k]; j !== -1; j = g.next[j]) {
            if (b === a && j <= i) continue;
            let ddx = Math.abs(x[i] - x[j]);
            let ddy = Math.abs(y[i] - y[j]);
            if (ddx > L / 2) ddx = L - ddx;
            if (ddy > L / 2) ddy = L - ddy;
            const lim = mergeFactor * (r[i] + r[j]);
            if (ddx * ddx + ddy * ddy < lim * lim) visit(i, j);
          }
        }
      }
    }
  }
}

interface ClassGrid { cells: number; cellSize: number; rMax: number; head: Int32Array; next: Int32Array }

function buildClassGrids(x: Float32Array, y: Float32Array, r: Float32Array, L: number, rMax: number, mergeFactor: number) {
  const n = r.length;
  const classOf = new Int32Array(n);
  const top = 14;
  const classRMax = new Float64Array(top + 1);
  const classCount = new Int32Array(top + 1);
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const c = Math.max(0, top - Math.min(top, Math.floor(Math.log2(rMax / r[i]))));
    classOf[i] = c;
    classCount[c]++;
    if (r[i] > classRMax[c]) classRMax[c] = r[i];
  }
  const classes: (ClassGrid | null)[] = [];
  for (let c = 0; c <= top; c++) {
    if (classRMax[c] <= 0) { classes.push(null); continue; }
    // About one disc per grid cell at most: finer grids cost more to clear than they save.
    const cells = Math.max(1, Math.min(256, Math.ceil(Math.sqrt(classCount[c])), Math.floor(L / (2 * mergeFactor * classRMax[c]))));
    classes.push({ cells, cellSize: L / cells, rMax: classRMax[c], head: new Int32Array(cells * cells).fill(-1), next: new Int32Array(n) });
  }
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const g = classes[classOf[i]]!;
    const k = Math.min(g.cells - 1, Math.floor(y[i] / g.cellSize)) * g.cells + Math.min(g.cells - 1, Math.floor(x[i] / g.cellSize));
    g.next[i] = g.head[k];
    g.head[k] = i;
  }
  return { classOf, classes };
}
