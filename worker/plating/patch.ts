/**
 * The square surface patch the top view shows: where each nucleus was born and to which
 * birth cohort it belongs. Islands are found by merging touching caps.
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
 * Merges caps whose centres are closer than mergeFactor x (r_i + r_j) (union-find on a grid,
 * periodic patch). A merged island is the cap holding the summed volume (V ∝ r^3 / spread),
 * centred on the volume-weighted centre.
 */
export function mergeIslands(patch: NucleusPatch, radiusUmOfCohort: (c: number) => number, mergeFactor: number): Islands {
  const n = patch.count;
  const L = patch.sizeUm;
  const r = new Float32Array(n);
  let rMax = 0;
  for (let i = 0; i < n; i++) {
    r[i] = radiusUmOfCohort(patch.cohort[i]);
    if (r[i] > rMax) rMax = r[i];
  }
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  const tryMerge = (i: number, j: number): void => {
    let ddx = Math.abs(patch.x[i] - patch.x[j]);
    let ddy = Math.abs(patch.y[i] - patch.y[j]);
    if (ddx > L / 2) ddx = L - ddx;
    if (ddy > L / 2) ddy = L - ddy;
    const lim = mergeFactor * (r[i] + r[j]);
    if (ddx * ddx + ddy * ddy < lim * lim) {
      const a = find(i), b = find(j);
      if (a !== b) parent[b] = a;
    }
  };
  // Caps are sorted into radius classes (factors of two), each with its own grid, so a pair
  // search only scans as far as the two classes can reach: cost follows the real overlaps.
  const grids = buildClassGrids(patch, r, rMax, mergeFactor);
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const a = grids.classOf[i];
    for (let b = 0; b <= a; b++) {
      const g = grids.classes[b];
      if (!g) continue;
      const span = Math.ceil((mergeFactor * (r[i] + g.rMax)) / g.cellSize);
      const cx = Math.floor(patch.x[i] / g.cellSize);
      const cy = Math.floor(patch.y[i] / g.cellSize);
      const all = 2 * span + 1 >= g.cells;
      const x0 = all ? 0 : cx - span, x1 = all ? g.cells - 1 : cx + span;
      const y0 = all ? 0 : cy - span, y1 = all ? g.cells - 1 : cy + span;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const k = (((y % g.cells) + g.cells) % g.cells) * g.cells + (((x % g.cells) + g.cells) % g.cells);
          for (let j = g.head[k]; j !== -1; j = g.next[j]) {
            if (b === a && j <= i) continue;
            tryMerge(i, j);
          }
        }
      }
    }
  }
  // Sum volumes (∝ r^3) and volume-weighted centres per root; centres unwrap around the root.
  const vol = new Float64Array(n);
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const root = find(i);
    const v = r[i] ** 3;
    let xi = patch.x[i], yi = patch.y[i];
    const xr = patch.x[root], yr = patch.y[root];
    if (xi - xr > L / 2) xi -= L; else if (xr - xi > L / 2) xi += L;
    if (yi - yr > L / 2) yi -= L; else if (yr - yi > L / 2) yi += L;
    vol[root] += v; sx[root] += v * xi; sy[root] += v * yi;
  }
  let m = 0;
  for (let i = 0; i < n; i++) if (vol[i] > 0) m++;
  const out: Islands = { x: new Float32Array(m), y: new Float32Array(m), radius: new Float32Array(m) };
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (vol[i] <= 0) continue;
    out.x[k] = (((sx[i] / vol[i]) % L) + L) % L;
    out.y[k] = (((sy[i] / vol[i]) % L) + L) % L;
    // A coalesced film cannot have a larger footprint than the patch itself.
    out.radius[k] = Math.min(Math.cbrt(vol[i]), L / Math.sqrt(Math.PI));
    k++;
  }
  return out;
}

interface ClassGrid { cells: number; cellSize: number; rMax: number; head: Int32Array; next: Int32Array }

function buildClassGrids(patch: NucleusPatch, r: Float32Array, rMax: number, mergeFactor: number) {
  const n = patch.count;
  const L = patch.sizeUm;
  const classOf = new Int32Array(n);
  const top = 14;
  const classRMax = new Float64Array(top + 1);
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const c = Math.max(0, top - Math.min(top, Math.floor(Math.log2(rMax / r[i]))));
    classOf[i] = c;
    if (r[i] > classRMax[c]) classRMax[c] = r[i];
  }
  const classes: (ClassGrid | null)[] = [];
  for (let c = 0; c <= top; c++) {
    if (classRMax[c] <= 0) { classes.push(null); continue; }
    const cells = Math.max(1, Math.min(256, Math.floor(L / (2 * mergeFactor * classRMax[c]))));
    classes.push({ cells, cellSize: L / cells, rMax: classRMax[c], head: new Int32Array(cells * cells).fill(-1), next: new Int32Array(n) });
  }
  for (let i = 0; i < n; i++) {
    if (r[i] <= 0) continue;
    const g = classes[classOf[i]]!;
    const k = Math.min(g.cells - 1, Math.floor(patch.y[i] / g.cellSize)) * g.cells + Math.min(g.cells - 1, Math.floor(patch.x[i] / g.cellSize));
    g.next[i] = g.head[k];
    g.head[k] = i;
  }
  return { classOf, classes };
}
