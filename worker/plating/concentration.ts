import { FARADAY } from './constants.ts';
import type { Electrolyte } from './electrolyte.ts';

/**
 * 1D salt diffusion in the electrolyte above the electrode, solved implicitly (backward
 * Euler) on a grid that is fine at the surface and coarse far away. The surface sees the
 * flux J(1 - t+)/F leaving the solution; the far end is held at the bulk concentration.
 * Sand's time is read from this simulated surface concentration.
 */
export class SaltColumn {
  private readonly n: number;
  private readonly x: Float64Array; // node positions, m
  private readonly c: Float64Array; // mol/m3
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly d: Float64Array;
  private readonly rhs: Float64Array;
  private readonly el: Electrolyte;
  private elapsedS = 0;

  constructor(el: Electrolyte) {
    this.el = el;
    const xs: number[] = [0];
    let h = 0.2e-6;
    while (xs[xs.length - 1] < el.columnDepthM) {
      xs.push(xs[xs.length - 1] + h);
      h *= 1.12;
    }
    // The bulk is held at the stated depth, not up to one (12% wider) grid step beyond it.
    xs[xs.length - 1] = el.columnDepthM;
    this.n = xs.length;
    this.x = Float64Array.from(xs);
    this.c = new Float64Array(this.n).fill(el.concentrationMolM3);
    this.a = new Float64Array(this.n);
    this.b = new Float64Array(this.n);
    this.d = new Float64Array(this.n);
    this.rhs = new Float64Array(this.n);
  }

  get surfaceMolM3(): number {
    return this.c[0];
  }

  /** Advances by dtS at current density jAm2; sub-steps so no step exceeds 2% of the elapsed time. */
  advance(dtS: number, jAm2: number): void {
    let left = dtS;
    while (left > 0) {
      const h = Math.min(left, Math.max(1e-3, 0.02 * this.elapsedS));
      this.step(h, jAm2);
      this.elapsedS += h;
      left -= h;
    }
  }

  private step(dt: number, jAm2: number): void {
    const { n, x, c, a, b, d, rhs } = this;
    const D = this.el.diffusivityM2s;
    const flux = (jAm2 * (1 - this.el.transferenceLi)) / FARADAY; // mol/(m2 s) removed at x=0
    // Finite volumes: node i owns half of each neighbouring interval.
    for (let i = 0; i < n - 1; i++) {
      const vol = i === 0 ? (x[1] - x[0]) / 2 : (x[i + 1] - x[i - 1]) / 2;
      const gl = i === 0 ? 0 : D / (x[i] - x[i - 1]);
      const gr = D / (x[i + 1] - x[i]);
      a[i] = -gl * dt / vol;
      d[i] = -gr * dt / vol;
      b[i] = 1 - a[i] - d[i];
      rhs[i] = c[i] - (i === 0 ? (flux * dt) / vol : 0);
    }
    a[n - 1] = 0; b[n - 1] = 1; d[n - 1] = 0; rhs[n - 1] = this.el.concentrationMolM3;
    // Thomas algorithm.
    for (let i = 1; i < n; i++) {
      const m = a[i] / b[i - 1];
      b[i] -= m * d[i - 1];
      rhs[i] -= m * rhs[i - 1];
    }
    c[n - 1] = rhs[n - 1] / b[n - 1];
    for (let i = n - 2; i >= 0; i--) c[i] = (rhs[i] - d[i] * c[i + 1]) / b[i];
  }
}
