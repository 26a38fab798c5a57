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
  // Scratch sums per root nucleus and cap volume per cohort, reused across calls.
  private vol = new Float64Array(256);
  private sx = new Float64Array(256);
  private sy = new Float64Array(256);
  private cohortVol = new Float64Array(64);

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
    if (this.vol.length < n) {
      const size = Math.max(n, this.vol.length * 2);
      this.vol = new Float64Array(size); this.sx = new Float64Array(size); this.sy = new Float64Array(size);
    }
    const { vol, sx, sy } = this;
    vol.fill(0, 0, n); sx.fill(0, 0, n); sy.fill(0, 0, n);
    // Cohorts are added in order, so the last nucleus holds the newest one; a cap's volume is
    // looked up once per cohort, not once per nucleus.
    const cohorts = n > 0 ? patch.cohort[n - 1] + 1 : 0;
    if (this.cohortVol.length < cohorts) this.cohortVol = new Float64Array(Math.max(cohorts, this.cohortVol.length * 2));
    const cv = this.cohortVol;
    for (let c = 0; c < cohorts; c++) { const r = radiusUmOfCohort(c); cv[c] = r > 0 ? r * r * r : 0; }
    const m = this.accumulate(n, L);
    return islandsFromSums(vol, sx, sy, n, m, L);
  }

  /** Sums each root's cap volume and volume-weighted centre; returns the number of islands. */
  private accumulate(n: number, L: number): number {
    const { vol, sx, sy, cohortVol: cv, patch } = this;
    const px = patch.x, py = patch.y, cohort = patch.cohort;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const v = cv[cohort[i]];
      if (v === 0) continue;
      const root = this.find(i);
      // Centres unwrap around the root on the periodic patch.
      let xi = px[i], yi = py[i];
      const xr = px[root], yr = py[root];
      if (xi - xr > L / 2) xi -= L; else if (xr - xi > L / 2) xi += L;
      if (yi - yr > L / 2) yi -= L; else if (yr - yi > L / 2) yi += L;
      if (vol[root] === 0) m++;
      vol[root] += v; sx[root] += v * xi; sy[root] += v * yi;
    }
    return m;
  }

  /** Fuses islands whose centres are closer than mergeFactor x (r_i + r_j), unless both are already grains. */
  coalesce(radiusUmOfCohort: (c: number) => number): void {
    const isl = this.islands(radiusUmOfCohort);
    const k = isl.radius.length;
    const radius = isl.radius;
    const big = this.fuseRadiusUm ** 3;
    const { p, vol, small } = fuseState(radius, this.fuseRadiusUm, big);
    const find = (i: number): number => {
      while (p[i] !== i) { p[i] = p[p[i]]; i = p[i]; }
      return i;
    };
    // An island's volume is computed when a touching pair first needs it (NaN until then).
    const volOf = (i: number): number => {
      const v = vol[i];
      return v === v ? v : (vol[i] = radius[i] ** 3);
    };
    // Volumes only grow, so a pair of islands that are both grains already never fuses: the
    // pair search skips such pairs, and the fusions (and their order) stay the same.
    forTouchingPairs(isl.x, isl.y, radius, this.patch.sizeUm, this.mergeFactor, small, (i, j) => {
      const a = find(i), b = find(j);
      if (a === b) return;
      const va = volOf(a), vb = volOf(b);
      if (va >= big && vb >= big) return;
      p[b] = a;
      vol[a] = va + vb;
    });
    for (let i = 0; i < k; i++) {
      const a = find(i);
      if (a !== i) this.parent[isl.root[i]] = isl.root[a];
    }
  }
}

/**
 * Fresh union-find over the islands, volumes still to compute (NaN), and which islands are
 * below the coalescence volume. r^3 < R^3 is decided from r and R unless r is within 1e-9 of R
 * (where the rounding of the cubes could matter), so few cubes are taken.
 */
function fuseState(radius: Float32Array, fuseRadius: number, big: number): { p: Int32Array; vol: Float64Array; small: Uint8Array } {
  const k = radius.length;
  const p = new Int32Array(k);
  const vol = new Float64Array(k).fill(NaN);
  const small = new Uint8Array(k);
  const below = fuseRadius * (1 - 1e-9), above = fuseRadius * (1 + 1e-9);
  for (let i = 0; i < k; i++) {
    p[i] = i;
    const r = radius[i];
    small[i] = r < below ? 1 : r > above ? 0 : r ** 3 < big ? 1 : 0;
  }
  return { p, vol, small };
}

/** One island per root with a volume: centre wrapped onto the patch, footprint radius from the volume. */
function islandsFromSums(vol: Float64Array, sx: Float64Array, sy: Float64Array, n: number, m: number, L: number): Islands & { root: Int32Array } {
  const out = { x: new Float32Array(m), y: new Float32Array(m), radius: new Float32Array(m), root: new Int32Array(m) };
  const rCap = L / Math.sqrt(Math.PI);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (vol[i] <= 0) continue;
    out.x[k] = wrap(sx[i] / vol[i], L);
    out.y[k] = wrap(sy[i] / vol[i], L);
    // A coalesced film cannot have a larger footprint than the patch itself.
    out.radius[k] = Math.min(Math.cbrt(vol[i]), rCap);
    out.root[k] = i;
    k++;
  }
  return out;
}

/**
 * ((a % L) + L) % L without the slow floating-point remainder where it is not needed: a
 * remainder of |a| < L is a itself, and t - L is exact for L <= t < 2L (Sterbenz), so the result is
 * bit-identical.
 */
function wrap(a: number, L: number): number {
  const t = (a > -L && a < L ? a : a % L) + L;
  // t can round up to 2L, whose remainder is 0.
  return t < L ? t : t - L < L ? t - L : 0;
}

/**
 * Visits each pair of discs (once) whose centres are closer than mergeFactor x (r_i + r_j) on
 * the periodic patch, except pairs of two discs not flagged `small`. Discs are sorted into
 * radius classes (factors of two), each with its own grid, so a pair search only scans as far
 * as the two classes can reach. Each grid cell keeps two lists in the same order: all discs,
 * and the small ones only (what a large disc searches).
 */
function forTouchingPairs(x: Float32Array, y: Float32Array, r: Float32Array, L: number, mergeFactor: number, small: Uint8Array, visit: (i: number, j: number) => void): void {
  const n = r.length;
  let rMax = 0;
  for (let i = 0; i < n; i++) if (r[i] > rMax) rMax = r[i];
  if (rMax <= 0) return;
  const grids = buildClassGrids(x, y, r, L, rMax, mergeFactor, small);
  const half = L / 2;
  for (let i = 0; i < n; i++) {
    const ri = r[i];
    if (ri <= 0) continue;
    const xi = x[i], yi = y[i];
    const a = grids.classOf[i];
    const isSmall = small[i] === 1;
    for (let b = 0; b <= a; b++) {
      const g = grids.classes[b];
      if (!g || (!isSmall && g.smallCount === 0)) continue;
      const head = isSmall ? g.head : g.headSmall;
      const next = isSmall ? g.next : g.nextSmall;
      const cells = g.cells;
      const span = Math.ceil((mergeFactor * (ri + g.rMax)) / g.cellSize);
      const cx = Math.floor(xi / g.cellSize);
      const cy = Math.floor(yi / g.cellSize);
      const all = 2 * span + 1 >= cells;
      const x0 = all ? 0 : cx - span, x1 = all ? cells - 1 : cx + span;
      const y0 = all ? 0 : cy - span, y1 = all ? cells - 1 : cy + span;
      // A window that is not the whole grid reaches less than one period past either edge.
      for (let gy = y0; gy <= y1; gy++) {
        const row = (gy < 0 ? gy + cells : gy >= cells ? gy - cells : gy) * cells;
        for (let gx = x0; gx <= x1; gx++) {
          for (let j = head[row + (gx < 0 ? gx + cells : gx >= cells ? gx - cells : gx)]; j !== -1; j = next[j]) {
            if (b === a && j <= i) continue;
            let ddx = Math.abs(xi - x[j]);
            let ddy = Math.abs(yi - y[j]);
            if (ddx > half) ddx = L - ddx;
            if (ddy > half) ddy = L - ddy;
            const lim = mergeFactor * (ri + r[j]);
            if (ddx * ddx + ddy * ddy < lim * lim) visit(i, j);
          }
        }
      }
    }
  }
}

interface ClassGrid {
  cells: number; cellSize: number; rMax: number; smallCount: number;
  head: Int32Array; next: Int32Array; headSmall: Int32Array; nextSmall: Int32Array;
}

function buildClassGrids(x: Float32Array, y: Float32Array, r: Float32Array, L: number, rMax: number, mergeFactor: number, small: Uint8Array) {
  const n = r.length;
  const classOf = new Int32Array(n);
  const top = 14;
  const classRMax = new Float64Array(top + 1);
  const classCount = new Int32Array(top + 1);
  const classSmall = new Int32Array(top + 1);
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const c = Math.max(0, top - Math.min(top, Math.floor(Math.log2(rMax / r[i]))));
    classOf[i] = c;
    classCount[c]++;
    classSmall[c] += small[i];
    if (r[i] > classRMax[c]) classRMax[c] = r[i];
  }
  // The lists share one `next` array each: a disc belongs to one class only.
  const next = new Int32Array(n);
  const nextSmall = new Int32Array(n);
  const classes: (ClassGrid | null)[] = [];
  for (let c = 0; c <= top; c++) {
    if (classRMax[c] <= 0) { classes.push(null); continue; }
    // About one disc per grid cell at most: finer grids cost more to clear than they save.
    const cells = Math.max(1, Math.min(256, Math.ceil(Math.sqrt(classCount[c])), Math.floor(L / (2 * mergeFactor * classRMax[c]))));
    classes.push({
      cells, cellSize: L / cells, rMax: classRMax[c], smallCount: classSmall[c],
      head: new Int32Array(cells * cells).fill(-1), next,
      headSmall: new Int32Array(classSmall[c] > 0 ? cells * cells : 0).fill(-1), nextSmall,
    });
  }
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const g = classes[classOf[i]]!;
    const k = Math.min(g.cells - 1, Math.floor(y[i] / g.cellSize)) * g.cells + Math.min(g.cells - 1, Math.floor(x[i] / g.cellSize));
    next[i] = g.head[k];
    g.head[k] = i;
    if (small[i]) { nextSmall[i] = g.headSmall[k]; g.headSmall[k] = i; }
  }
  return { classOf, classes };
}
