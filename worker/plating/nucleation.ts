import { FARADAY, F_OVER_RT, LI_MOLAR_VOLUME_M3 } from './constants.ts';
import { criticalRadiusM } from './cnt.ts';
import { butlerVolmer } from './kinetics.ts';

/** What the nucleation stage needs from a substrate (SI units). */
export interface NucleationParams {
  /** Exchange current density on Li, A/m2. */
  i0Am2: number;
  /** Charge sink before nucleation (SEI formation, adsorption) as a capacitance, F/m2. */
  sinkCapacitanceFm2: number;
  /** Charge of the sloping pre-nucleation segment (C/m2) and the potential it starts from (V). */
  preChargeCm2: number;
  preStartV: number;
  /** Nucleation rate per free area, 1/(m2 s), at overpotential eta (V). */
  nucleationRate: (etaV: number) => number;
  /** Effective interface energy for r* and Gibbs–Thomson, J/m2. */
  gammaJm2: number;
  /** Island footprint radius over height: 1 for hemispheres, larger on wetting substrates. */
  spread: number;
  /**
   * Adatom capture length on a lithiophilic surface, m: Li reduced on the free (lithiated)
   * surface within this distance of an island joins it, so the island draws current through
   * a wider zone and spreads sideways. 0 on Cu.
   */
  captureLengthM: number;
  /** Area-specific resistance of the coating in series, ohm m2. */
  asrOhmM2: number;
}

/**
 * Galvanostatic nucleation and growth of Li islands as birth cohorts: all nuclei born in one
 * step share a radius and grow under the same overpotential, so the physics never loops
 * over single nuclei. Quantities are per m2 of electrode.
 */
export class NucleationStage {
  readonly p: NucleationParams;
  readonly jAm2: number;
  timeS = 0;
  /** Total charge passed, C/m2. */
  chargeCm2 = 0;
  /** Charge that went into Li metal, C/m2. */
  liChargeCm2 = 0;
  etaV = 0;
  preLeftCm2: number;
  /** Expected nucleation events per m2 so far (the patch draws its own Poisson count). */
  eventsPerM2 = 0;
  cohortCount: Float64Array = new Float64Array(64);
  cohortRadiusM: Float64Array = new Float64Array(64);
  cohorts = 0;
  private lastOpenS = 0;
  /** Covered fraction of the substrate (Avrami). */
  coveredFraction = 0;

  constructor(p: NucleationParams, jAm2: number) {
    this.p = p;
    this.jAm2 = jAm2;
    this.preLeftCm2 = p.preChargeCm2;
  }

  get preSlopeActive(): boolean {
    return this.preLeftCm2 > 0;
  }

  /** Electrode potential vs Li/Li+, V. */
  get potentialV(): number {
    if (this.preLeftCm2 > 0) return (this.p.preStartV * this.preLeftCm2) / this.p.preChargeCm2;
    return -(this.etaV + this.jAm2 * this.p.asrOhmM2);
  }

  /** Time left in the pre-nucleation slope, s. */
  get preTimeLeftS(): number {
    return this.preLeftCm2 / this.jAm2;
  }

  /** The next step, s: the rest of the pre-nucleation slope in one step, then suggestDt. */
  nextDt(lastDt: number, lastDeta: number): number {
    return this.preSlopeActive ? Math.max(this.preTimeLeftS, 1e-6) : this.suggestDt(lastDt, lastDeta);
  }

  /** Suggested next step, s: keeps the overpotential change and the relative growth small. */
  suggestDt(lastDt: number, lastDeta: number): number {
    let dt = lastDt * 1.5;
    if (Math.abs(lastDeta) > 1e-3) dt = Math.min(dt, lastDt * (1e-3 / Math.abs(lastDeta)));
    // Keep the relative growth of the youngest islands per step small.
    const i = butlerVolmer(this.p.i0Am2, this.etaV);
    for (let c = 0; c < this.cohorts; c++) {
      const a = this.cohortRadiusM[c];
      if (this.cohortCount[c] <= 0) continue;
      const speed = (this.reactiveArea(a) * i * LI_MOLAR_VOLUME_M3) / FARADAY / ((2 * Math.PI / this.p.spread) * a * a);
      dt = Math.min(dt, (0.1 * a) / Math.max(speed, 1e-30) + 1e-3 * this.timeS);
    }
    return Math.max(dt, 1e-5);
  }

  /** Gibbs–Thomson shift, V (capped: a vanishing nucleus simply dissolves). */
  private gibbsThomsonV(aM: number): number {
    return Math.min(0.5, (2 * this.p.gammaJm2 * LI_MOLAR_VOLUME_M3) / (FARADAY * aM));
  }

  /** Li-electrolyte plus capture area of one island of footprint radius a, m2. */
  private reactiveArea(aM: number): number {
    const s = this.p.spread;
    const l = this.p.captureLengthM;
    return Math.PI * a2(aM) * (1 + 1 / (s * s)) + Math.PI * (2 * aM * l + l * l);
  }

  /** Advances by dt; returns the number of new nuclei per m2 born in this step (one new cohort). */
  step(dtS: number): number {
    const J = this.jAm2;
    let dt = dtS;
    if (this.preLeftCm2 > 0) {
      const q = Math.min(this.preLeftCm2, J * dt);
      this.preLeftCm2 -= q;
      if (this.preLeftCm2 < 1e-12) this.preLeftCm2 = 0;
      this.timeS += q / J;
      this.chargeCm2 += q;
      dt -= q / J;
      if (dt <= 1e-12) return 0;
    }
    let X = 0;
    for (let c = 0; c < this.cohorts; c++) {
      const n = this.cohortCount[c];
      if (n <= 0) continue;
      const a = this.cohortRadiusM[c];
      X += n * Math.PI * a * a;
    }
    // Avrami: the covered fraction and the share of each cap's area that is not impinged.
    const theta = 1 - Math.exp(-X);
    const imp = X > 1e-12 ? theta / X : 1;
    // Implicit overpotential: C (eta - eta0)/dt + sum_c w_c i(eta - gt_c) = J. Butler–Volmer
    // factors as i0 (e^{a f eta} e^{-a f gt} - e^{-(1-a) f eta} e^{(1-a) f gt}), so the cohort
    // sums are taken once and each Newton iteration costs O(1).
    const af = 0.5 * F_OVER_RT;
    const n = this.cohorts;
    const w = this.scratch(n);
    let sumA = 0;
    let sumB = 0;
    for (let c = 0; c < n; c++) {
      const cnt = this.cohortCount[c];
      if (cnt <= 0) { w.w[c] = 0; continue; }
      const a = this.cohortRadiusM[c];
      const gt = this.gibbsThomsonV(a);
      w.w[c] = cnt * this.reactiveArea(a) * imp;
      w.ea[c] = Math.exp(-af * gt);
      w.eb[c] = Math.exp(af * gt);
      sumA += w.w[c] * w.ea[c];
      sumB += w.w[c] * w.eb[c];
    }
    const C = this.p.sinkCapacitanceFm2;
    const i0 = this.p.i0Am2;
    const eta0 = this.etaV;
    let eta = eta0;
    for (let it = 0; it < 60; it++) {
      const ea = Math.exp(af * eta);
      const eb = Math.exp(-af * eta);
      const f = (C * (eta - eta0)) / dt - J + i0 * (ea * sumA - eb * sumB);
      const df = C / dt + i0 * af * (ea * sumA + eb * sumB);
      // Damped Newton: the exponential kinetics overshoot otherwise.
      const d = Math.max(-0.01, Math.min(0.01, f / df));
      eta -= d;
      if (Math.abs(d) < 1e-9) break;
    }
    if (eta < 0) eta = 0;
    // Growth (or dissolution of sub-critical cohorts) at the new overpotential.
    const ea = Math.exp(af * eta);
    const eb = Math.exp(-af * eta);
    let liCharge = 0;
    for (let c = 0; c < n; c++) {
      const cnt = this.cohortCount[c];
      if (cnt <= 0) continue;
      const a = this.cohortRadiusM[c];
      const i = i0 * (ea * w.ea[c] - eb * w.eb[c]);
      liCharge += w.w[c] * i * dt;
      // Volume (2 pi/3s) a^3 grows by the current through the reactive area.
      const dV = (w.w[c] / cnt) * i * LI_MOLAR_VOLUME_M3 / FARADAY * dt;
      const na = a + dV / ((2 * Math.PI / this.p.spread) * a * a);
      if (na <= 0) this.cohortCount[c] = 0;
      else this.cohortRadiusM[c] = na;
    }
    // New nuclei on the free area, born at the critical radius.
    const born = eta > 0 ? this.p.nucleationRate(eta) * (1 - theta) * dt : 0;
    if (born > 0) {
      this.addCohort(born, criticalRadiusM(eta, this.p.gammaJm2) * 1.01);
      this.eventsPerM2 += born;
    }
    this.etaV = eta;
    this.timeS += dt;
    this.chargeCm2 += J * dt;
    this.liChargeCm2 += liCharge;
    this.coveredFraction = theta;
    return born;
  }

  /** Per-cohort work arrays (weights and Gibbs–Thomson factors), grown with the cohort list. */
  private work = { w: new Float64Array(64), ea: new Float64Array(64), eb: new Float64Array(64) };
  private scratch(n: number) {
    if (this.work.w.length < n) {
      const m = n * 2;
      this.work = { w: new Float64Array(m), ea: new Float64Array(m), eb: new Float64Array(m) };
    }
    return this.work;
  }

  /** Births join the youngest cohort while its radius is still close to theirs (volume kept). */
  private addCohort(count: number, radiusM: number): void {
    const last = this.cohorts - 1;
    const young = this.timeS - this.lastOpenS < 0.05 * this.timeS;
    if (last >= 0 && this.cohortCount[last] > 0 && (young || this.cohortRadiusM[last] < 1.2 * radiusM)) {
      const n = this.cohortCount[last];
      const a = this.cohortRadiusM[last];
      this.cohortRadiusM[last] = Math.cbrt((n * a * a * a + count * radiusM ** 3) / (n + count));
      this.cohortCount[last] = n + count;
      return;
    }
    if (this.cohorts === this.cohortCount.length) {
      const n = this.cohorts * 2;
      const c2 = new Float64Array(n); c2.set(this.cohortCount); this.cohortCount = c2;
      const r2 = new Float64Array(n); r2.set(this.cohortRadiusM); this.cohortRadiusM = r2;
    }
    this.lastOpenS = this.timeS;
    this.cohortCount[this.cohorts] = count;
    this.cohortRadiusM[this.cohorts] = radiusM;
    this.cohorts++;
  }
}

function a2(x: number): number {
  return x * x;
}

