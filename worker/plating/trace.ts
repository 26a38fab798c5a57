/** Growable record of (time, capacity, potential) at every model step. */
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
 * Nucleation overpotential, mV: the mean potential of the growth plateau minus the most
 * negative potential after the pre-nucleation slope. The plateau is the window from 3 to 10
 * dip durations after the minimum (the dip duration is the time from slope end to minimum).
 */
export function nucleationOverpotentialMV(tr: Trace): number | null {
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
  return (sum / wsum - tr.v[iMin]) * 1000;
}
