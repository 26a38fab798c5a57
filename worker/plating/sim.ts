import { coveredFraction } from './island-coverage.ts';
import { createRng, deriveSeed, type Rng } from '../common/rng.ts';
import { ref, type MessageRef } from '../common/message-ref.ts';
import { A_PER_M2_PER_MA_CM2, C_PER_M2_PER_MAH_CM2, FARADAY, LI_MOLAR_VOLUME_M3 } from './constants.ts';
import { SaltColumn } from './concentration.ts';
import { VoxelDeposit, type WalkRule } from './voxel-deposit.ts';
import { DEFAULT_ELECTROLYTE } from './electrolyte.ts';
import { NucleationStage } from './nucleation.ts';
import { IslandSets, NucleusPatch, type Islands } from './patch.ts';
import { nucleiPerM2, patchSideUm } from './patch-size.ts';
import { poisson } from './poisson.ts';
import { SECTION_SLICES, sliceRow } from './section-slice.ts';
import { requireSubstrate, substrateLabel } from './substrate-id.ts';
import { substrateModel, WALK_CELL_UM, type SubstrateModel } from './substrates.ts';
import { nucleationOverpotentialMV, sampleCurves, Trace } from './trace.ts';
import { SNAPSHOT_CAPACITIES_MAHCM2, SectionCell, type PlatingFrame, type PlatingResults, type SubstrateId, type SubstrateRun } from './types.ts';

/** Side of the lattice the deposit grows on, µm; the nucleus patch is this or a power of two wider (patch-size.ts). */
export const PATCH_UM = 51.2;
/** Lattice columns across the patch at normal resolution (0.4 µm cells). */
export const GRID_N = 128;
/** Above this many attachments the lattice is coarsened 2x to keep a run short. */
export const MAX_ATTACHMENTS = 700_000;
/** Neighbourhood over which the field focuses ions onto the tallest column after Sand's time, µm. */
const FOCUS_WINDOW_UM = 6;
/**
 * Islands are checked for coalescence whenever the capacity passes one of these log-spaced
 * marks (mAh/cm²): a fixed grid, so the islands do not depend on the set capacity or on how
 * advance() is sliced.
 */
const COALESCE_START_MAHCM2 = 1e-5;
const COALESCE_PER_DECADE = 10;

export interface RunSettings {
  currentMAcm2: number;
  capacityMAhcm2: number;
  seed: number;
  /** Lattice refinement (1 normal, 2 halves the cell); used by the resolution check. */
  resolution?: number;
}

/**
 * Mean footprint diameter of the islands, µm (0 without islands). A function of its own: with the
 * loop inside results(), V8 threw away results()'s optimised code on almost every call.
 */
function meanDiameterUm(radius: Float32Array): number {
  let sumD = 0;
  for (let i = 0; i < radius.length; i++) sumD += 2 * radius[i];
  return radius.length > 0 ? sumD / radius.length : 0;
}

/** One substrate plated under the shared current, capacity and seed, on its own random stream. */
export class SubstrateSim {
  readonly id: SubstrateId;
  readonly label: MessageRef;
  private readonly model: SubstrateModel;
  private readonly stage: NucleationStage;
  private readonly salt = new SaltColumn(DEFAULT_ELECTROLYTE);
  private readonly patchUm: number;
  private readonly patch: NucleusPatch;
  private readonly sets: IslandSets;
  private nextCoalesce = 0;
  private readonly deposit: VoxelDeposit;
  private readonly rng: Rng;
  private readonly jAm2: number;
  private readonly endChargeCm2: number;
  private readonly trace = new Trace();
  private readonly snapshots: PlatingFrame[] = [];
  readonly coarsened?: MessageRef;
  private owedCells = 0;
  private dt = 1e-4;
  private lastDeta = 0;
  private sandTimeS: number | null = null;
  private lastSurfaceC: number = DEFAULT_ELECTROLYTE.concentrationMolM3;
  private dendriteOnsetS: number | null = null;
  private filmClosed = false;
  private exposed = 0;
  private nextAreaSampleCm2 = 0;

  constructor(id: SubstrateId, s: RunSettings) {
    const parsed = requireSubstrate(id);
    this.id = id;
    this.label = substrateLabel(parsed);
    this.model = substrateModel(parsed);
    this.jAm2 = s.currentMAcm2 * A_PER_M2_PER_MA_CM2;
    this.endChargeCm2 = s.capacityMAhcm2 * C_PER_M2_PER_MAH_CM2;
    this.stage = new NucleationStage(this.model.nucleation, this.jAm2);
    this.rng = createRng(deriveSeed(s.seed, id));
    let n = GRID_N * (s.resolution ?? 1);
    const thicknessUm = (this.endChargeCm2 * LI_MOLAR_VOLUME_M3) / FARADAY * 1e6;
    const attachments = (thicknessUm / (PATCH_UM / n)) * n * n;
    if (s.resolution === undefined && attachments > MAX_ATTACHMENTS) {
      n /= 2;
      this.coarsened = ref('platingModel.coarsened', { cellUm: PATCH_UM / n, n });
    }
    this.deposit = new VoxelDeposit(n, PATCH_UM / n);
    this.patchUm = patchSideUm(PATCH_UM, nucleiPerM2(this.model, this.jAm2, this.endChargeCm2));
    this.patch = new NucleusPatch(this.patchUm);
    this.sets = new IslandSets(this.patch, this.model.morphology.mergeFactor, this.model.morphology.coalesceRadiusUm);
    // The curves start at rest: the open-circuit start of the sloping pre-nucleation segment.
    this.exposed = this.deposit.exposedArea(this.model.morphology.underCoatSpreadUm > 0);
    this.trace.push(0, 0, this.stage.potentialV, this.exposed);
  }

  get progress(): number {
    return Math.min(1, this.stage.chargeCm2 / this.endChargeCm2);
  }

  get done(): boolean {
    return this.stage.chargeCm2 >= this.endChargeCm2 * (1 - 1e-12);
  }

  /** Advances until `fraction` (0–1) of the set capacity has passed. */
  advanceTo(fraction: number): void {
    // Whole percents are snapped so that chunked runs stop exactly where a single run steps.
    const pct = fraction * 100;
    const f = Math.abs(pct - Math.round(pct)) < 1e-6 ? Math.round(pct) / 100 : fraction;
    const target = Math.min(1, f) * this.endChargeCm2;
    while (this.stage.chargeCm2 < target * (1 - 1e-12)) this.step(target);
  }

  private step(target: number): void {
    const st = this.stage;
    const J = this.jAm2;
    let dt = st.nextDt(this.dt, this.lastDeta);
    // Steps always end on every 1% of the capacity, so any chunking of advance() into whole
    // percents gives the same step sequence (and bit-identical results).
    const k = Math.floor((st.chargeCm2 / this.endChargeCm2) * 100 + 1e-9) + 1;
    let stop = Math.min(target, (k / 100) * this.endChargeCm2);
    for (const s of SNAPSHOT_CAPACITIES_MAHCM2) {
      const q = s * C_PER_M2_PER_MAH_CM2;
      if (q > st.chargeCm2 * (1 + 1e-12) && q < stop) stop = q;
    }
    dt = Math.min(dt, (stop - st.chargeCm2) / J);
    const eta0 = st.etaV;
    const li0 = st.liChargeCm2;
    const wasPre = st.preSlopeActive;
    const born = st.step(dt);
    if (!wasPre) { this.dt = dt; this.lastDeta = st.etaV - eta0; }
    if (born > 0) this.addNuclei(born);
    this.coalesceIfDue(st.chargeCm2 / C_PER_M2_PER_MAH_CM2);
    this.updateSalt(dt);
    this.growDeposit(st.liChargeCm2 - li0);
    const qMAh = st.chargeCm2 / C_PER_M2_PER_MAH_CM2;
    if (st.chargeCm2 >= this.nextAreaSampleCm2 || st.chargeCm2 >= this.endChargeCm2 * (1 - 1e-12)) {
      this.exposed = this.deposit.exposedArea(this.model.morphology.underCoatSpreadUm > 0);
      this.nextAreaSampleCm2 = st.chargeCm2 + 0.005 * this.endChargeCm2;
    }
    this.trace.push(st.timeS, qMAh, st.potentialV, this.exposed);
    for (const s of SNAPSHOT_CAPACITIES_MAHCM2) {
      if (Math.abs(qMAh - s) < 1e-9 && !this.snapshots.some((f) => f.capacityMAhcm2 === s)) this.snapshots.push(this.frame(s));
    }
  }

  private addNuclei(bornPerM2: number): void {
    const areaM2 = (this.patchUm * 1e-6) ** 2;
    const k = poisson(this.rng, bornPerM2 * areaM2);
    const cohort = this.stage.cohorts - 1;
    for (let i = 0; i < k; i++) {
      const x = this.rng() * this.patchUm;
      const y = this.rng() * this.patchUm;
      this.patch.add(x, y, cohort);
      // A nucleus on the lattice's corner of the patch is a cell of Li: its charge is owed by the growth that follows.
      if (x < PATCH_UM && y < PATCH_UM) this.owedCells -= this.deposit.seed(x, y);
    }
  }

  private coalesceIfDue(qMAh: number): void {
    let due = false;
    while (qMAh >= COALESCE_START_MAHCM2 * 10 ** (this.nextCoalesce / COALESCE_PER_DECADE) * (1 - 1e-9)) {
      this.nextCoalesce++;
      due = true;
    }
    if (due && this.patch.count > 0) this.sets.coalesce(this.radiusUmOf);
  }

  /** Footprint radius (µm) of a cohort's caps; 0 once the cohort has dissolved. */
  private readonly radiusUmOf = (c: number): number => {
    const st = this.stage;
    return st.cohortCount[c] > 0 ? st.cohortRadiusM[c] * 1e6 : 0;
  };

  private updateSalt(dt: number): void {
    this.salt.advance(dt, this.jAm2);
    const c = this.salt.surfaceMolM3;
    if (this.sandTimeS === null && c <= 0) {
      // Interpolate the zero crossing within the step.
      const f = this.lastSurfaceC / (this.lastSurfaceC - c);
      this.sandTimeS = this.stage.timeS - dt + f * dt;
    }
    this.lastSurfaceC = c;
  }

  private growDeposit(liChargeCm2: number): void {
    const d = this.deposit;
    const cellM = d.cellUm * 1e-6;
    this.owedCells += ((liChargeCm2 * LI_MOLAR_VOLUME_M3) / FARADAY / cellM) * d.n * d.n;
    const count = Math.floor(this.owedCells);
    if (count <= 0) return;
    this.owedCells -= d.grow(count, this.rule(), this.rng);
    // Isolated islands trivially stand taller than twice the mean, so the clock is armed only
    // once Li covers the patch, the film is at least 2 µm (and 5 cells) thick, and max/mean has
    // dropped clearly below 2 (1.8 leaves room for the noise of the tallest column).
    if (this.dendriteOnsetS !== null || !d.covered) return;
    if (d.meanHeightCells < Math.max(5, 2 / d.cellUm)) return;
    const ratio = d.maxHeight / d.meanHeightCells;
    if (!this.filmClosed) this.filmClosed = ratio < 1.8;
    else if (ratio > 2) this.dendriteOnsetS = this.stage.timeS;
  }

  private rule(): WalkRule {
    const m = this.model.morphology;
    const cell = this.deposit.cellUm;
    const tip = this.sandTimeS !== null;
    // A hop's drift and a contact's chance of reduction both grow with the hop length
    // (Jacobson and Miller, arXiv:2204.01173), so a finer lattice grows the same deposit.
    const scale = cell / WALK_CELL_UM;
    return {
      wetting: m.wetting,
      // After Sand's time the surface is starved of ions: each is reduced where it first
      // touches Li, with no time to relax, and the field in the depleted layer drives it.
      relaxHops: tip && m.underCoatSpreadUm === 0 ? 0 : Math.round(m.relaxLengthUm / cell),
      underCoatCells: Math.round(m.underCoatSpreadUm / cell),
      drift: Math.min(0.95, (tip ? m.driftTip : m.driftMossy) * scale),
      stick: tip ? 1 : Math.min(1, m.stickMossy * scale),
      focus: tip ? m.focusTip : 0,
      focusWindowCells: Math.max(1, Math.round(FOCUS_WINDOW_UM / cell)),
      captureHops: Math.round(m.captureLengthUm / cell) ** 2,
    };
  }

  /** Measured results at the current state. */
  results(islands: Islands = this.islands()): PlatingResults {
    const d = this.deposit;
    const mean = d.meanHeightCells;
    return {
      nucleationOverpotentialMV: nucleationOverpotentialMV(this.trace),
      nucleiDensityPerCm2: this.patch.count / this.patch.areaCm2,
      nucleiCounted: this.patch.count,
      meanNucleusDiameterUm: meanDiameterUm(islands.radius),
      exposedAreaRatio: this.exposed,
      roughnessRel: d.roughness(),
      maxToMeanHeight: mean > 0 ? d.maxHeight / mean : 0,
      depositThicknessUm: (d.totalCells / (d.n * d.n)) * d.cellUm,
      depositHeightUm: mean * d.cellUm,
      porosity: d.porosity,
      sandTimeS: this.sandTimeS,
      dendriteOnsetS: this.dendriteOnsetS,
    };
  }

  /** Islands after coalescence; radii are footprint radii in µm (all caps on one substrate share a shape). */
  private islands(): Islands {
    const { x, y, radius } = this.sets.islands(this.radiusUmOf);
    return { x, y, radius };
  }

  /** What the views draw now. */
  frame(capacityMAhcm2 = this.stage.chargeCm2 / C_PER_M2_PER_MAH_CM2, islands: Islands = this.islands()): PlatingFrame {
    const d = this.deposit;
    const n = d.n;
    const coat = this.model.parsed.kind;
    const under = coat === 'tio2' ? 1 : 0;
    const over = coat === 'las11' || coat === 'las14' ? 1 : 0;
    const sliceRows = Array.from({ length: SECTION_SLICES }, (_, s) => sliceRow(s, n));
    let sliceMax = 0;
    for (const row of sliceRows) for (let i = 0; i < n; i++) sliceMax = Math.max(sliceMax, d.height[row * n + i]);
    const rows = Math.max(16, sliceMax + under + over + 5);
    const cells = new Uint8Array(SECTION_SLICES * n * rows);
    const heightUm = new Float32Array(SECTION_SLICES * n);
    sliceRows.forEach((row, s) => {
      const base = s * n * rows;
      for (let i = 0; i < n; i++) {
        const h = d.height[row * n + i];
        heightUm[s * n + i] = h * d.cellUm;
        // Bottom up, in the contract's row order (row 0 at the top); voids stay Empty.
        let r = rows - 1;
        cells[base + r * n + i] = SectionCell.Substrate;
        if (under) cells[base + --r * n + i] = SectionCell.Coating;
        for (let z = 0; z < h; z++) cells[base + --r * n + i] = d.isLi(i, row, z) ? SectionCell.Li : SectionCell.Empty;
        if (over) cells[base + --r * n + i] = SectionCell.Coating;
      }
    });
    // The top surface at the lattice's own resolution: the top view's relief and the 3D view (which thins it) share it.
    const map = Float32Array.from(d.height, (h) => h * d.cellUm);
    return {
      substrateId: this.id,
      capacityMAhcm2,
      timeS: this.stage.timeS,
      patchSizeUm: this.patchUm,
      islandXUm: islands.x,
      islandYUm: islands.y,
      islandRadiusUm: islands.radius,
      islandCoverage: coveredFraction(islands.x, islands.y, islands.radius, this.patchUm),
      sectionYUm: Float32Array.from(sliceRows, (row) => (row + 0.5) * d.cellUm),
      sectionHeightUm: heightUm,
      sectionCells: cells,
      sectionCols: n,
      sectionRows: rows,
      sectionCellUm: d.cellUm,
      latticeSizeUm: PATCH_UM,
      heightMapUm: map,
      heightMapN: n,
    };
  }

  /** Everything the UI needs about this substrate's run so far. */
  run(): SubstrateRun {
    const tr = this.trace;
    const islands = this.islands();
    const frame = this.frame(undefined, islands);
    return {
      substrateId: this.id,
      label: this.label,
      curves: sampleCurves(tr),
      diametersUm: frame.islandRadiusUm.map((r) => 2 * r),
      results: this.results(islands),
      snapshots: [...this.snapshots],
      frame,
      ...(this.coarsened ? { coarsened: this.coarsened } : {}),
    };
  }

  /** Charge that went into Li metal so far, C/m2. */
  get liChargeCm2(): number {
    return this.stage.liChargeCm2;
  }

  /** Lattice hops the ions walked per Li cell placed (the bench's measure of the walk's cost). */
  get walkHopsPerCell(): number {
    return this.deposit.totalCells > 0 ? this.deposit.walkSteps / this.deposit.totalCells : 0;
  }

  /** The internal potential trace (tests and the pre-slope measurement). */
  get potentialTrace(): Trace {
    return this.trace;
  }
}
