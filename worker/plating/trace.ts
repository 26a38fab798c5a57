import type { PlatingCurves } from './types.ts';

/** Growable record of (time, capacity, potential, exposed area) at rest and after every model step. */
export class Trace {
  t: Float64Array<ArrayBuffer> = new Float64Array(1024);
  q: Float64Array<ArrayBuffer> = new Float64Array(1024);
  v: Float64Array<ArrayBuffer> = new Float64Array(1024);
  area: Float64Array<ArrayBuffer> = new Float64Array(1024);
  length = 0;

  push(tS: number, qMAhcm2: number, vV: number, exposed: number): void {
    if (this.length === this.t.length) {
      const grow = (a: Float64Array): Float64Array<ArrayBuffer> => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
      this.t = grow(this.t); this.q = grow(this.q); this.v = grow(this.v); this.area = grow(this.area);
    }
    this.t[this.length] = tS;
    this.q[this.length] = qMAhcm2;
    this.v[this.length] = vV;
    this.area[this.length] = exposed;
    this.length++;
  }
}

/** End of the pre-nucleation slope: first time the potential reaches 0 V, s (null if never). */
export function preSlopeEndS(tr: Trace): number | null {
  for (let i = 0; i < tr.length; i++) {
    if (tr.v[i] <= 0) {
      if (i === 0) return tr.t[0];
      // Interpolate the crossing between the two samples.
      const f = tr.v[i - 1] / (tr.v[i - 1] - tr.v[i]);
      return tr.t[i - 1] + f * (tr.t[i] - tr.t[i - 1]);
    }
  }
  return null;
}

/**
 * The dip after the pre-nucleation slope, in mV vs Li/Li+: the growth plateau is the
 * time-weighted mean potential from 3 to 10 dip durations after the deepest point (the dip
 * duration is the time from the slope's end to it), and the nucleation overpotential is how far
 * the deepest point lies below that plateau. Null before the plateau has been reached.
 */
export function dipMeasuresMV(tr: Trace): { plateauMV: number; overpotentialMV: number } | null {
  const t0 = preSlopeEndS(tr);
  if (t0 === null) return null;
  let iMin = -1;
  for (let i = 0; i < tr.length; i++) {
    if (tr.t[i] < t0) continue;
    if (iMin < 0 || tr.v[i] < tr.v[iMin]) iMin = i;
  }
  if (iMin < 0) return null;
  const tMin = tr.t[iMin];
  const tau = Math.max(tMin - t0, 1e-3);
  let sum = 0;
  let wsum = 0;
  for (let i = iMin + 1; i < tr.length; i++) {
    const t = tr.t[i];
    if (t < tMin + 3 * tau || t > tMin + 10 * tau) continue;
    // Time-weighted mean: steps are adaptive.
    const w = t - tr.t[i - 1];
    sum += w * tr.v[i];
    wsum += w;
  }
  if (wsum <= 0) return null;
  const plateauMV = (sum / wsum) * 1000;
  return { plateauMV, overpotentialMV: plateauMV - tr.v[iMin] * 1000 };
}

/** First capacity of the log-spaced curve samples, mAh/cm², and samples per decade. */
export const CURVE_START_MAHCM2 = 1e-6;
export const CURVE_PER_DECADE = 50;

/**
 * The curves the views draw: the trace interpolated at capacities log-spaced from
 * CURVE_START_MAHCM2, so the sloping pre-nucleation segment and the dip stay visible on a log
 * axis, plus the trace's own key samples (start, end of the slope, deepest point, last).
 * The slope is linear in capacity, so interpolating across it is exact.
 */
export function sampleCurves(tr: Trace): PlatingCurves {
  const n = tr.length;
  const keys: number[] = [];
  if (n > 0) {
    keys.push(0);
    let iEnd = -1;
    for (let i = 0; i < n; i++) if (tr.v[i] <= 0) { iEnd = i; break; }
    if (iEnd >= 0) {
      let iMin = iEnd;
      for (let i = iEnd; i < n; i++) if (tr.v[i] < tr.v[iMin]) iMin = i;
      keys.push(iEnd, iMin);
    }
    keys.push(n - 1);
  }
  const uniq = [...new Set(keys)].sort((a, b) => a - b);
  const qs: number[] = [], ts: number[] = [], vs: number[] = [], as: number[] = [];
  const put = (q: number, t: number, v: number, a: number) => { qs.push(q); ts.push(t); vs.push(v); as.push(a); };
  let k = 0;
  let j = 1;
  const qLast = n > 0 ? tr.q[n - 1] : 0;
  for (let g = 0; ; g++) {
    const qg = CURVE_START_MAHCM2 * 10 ** (g / CURVE_PER_DECADE);
    // Key samples that come first (or coincide) go in as they are.
    while (k < uniq.length && tr.q[uniq[k]] <= qg * (1 + 1e-9)) {
      const i = uniq[k++];
      if (qs.length === 0 || tr.q[i] > qs[qs.length - 1] || i === 0) put(tr.q[i], tr.t[i], tr.v[i], tr.area[i]);
    }
    if (qg >= qLast) break;
    if (qs.length > 0 && qg <= qs[qs.length - 1] * (1 + 1e-9)) continue;
    while (j < n - 1 && tr.q[j] < qg) j++;
    const q0 = tr.q[j - 1], q1 = tr.q[j];
    const f = q1 > q0 ? (qg - q0) / (q1 - q0) : 1;
    const lerp = (a: Float64Array) => a[j - 1] + f * (a[j] - a[j - 1]);
    put(qg, lerp(tr.t), lerp(tr.v), lerp(tr.area));
  }
  return { capacityMAhcm2: Float32Array.from(qs), timeS: Float32Array.from(ts), potentialV: Float32Array.from(vs), exposedAreaRatio: Float32Array.from(as) };
}
