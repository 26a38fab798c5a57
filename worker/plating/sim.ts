import { coveredFraction } from './island-coverage.ts';
import { createRng, deriveSeed, type Rng } from '../common/rng.ts';
import { ref, type MessageRef } from '../common/message-ref.ts';
import { A_PER_M2_PER_MA_CM2, C_PER_M2_PER_MAH_CM2, FARADAY, LI_MOLAR_VOLUME_M3 } from './constants.ts';
import { SaltColumn } from './concentration.ts';
import { VoxelDeposit, type WalkRule } from './voxel-deposit.ts';
import { DepositStripper } from './voxel-strip.ts';
import { platingPotentialV } from './cell-potential.ts';
import { DEFAULT_ELECTROLYTE, seiChargePerAreaCm2 } from './electrolyte.ts';
import { NucleationStage } from './nucleation.ts';
import { IslandSets, NucleusPatch, type Islands } from './patch.ts';
import { nucleiPerM2, patchSideUm } from './patch-size.ts';
import { poisson } from './poisson.ts';
import { SECTION_SLICES, sliceRow } from './section-slice.ts';
import { requireSubstrate, substrateLabel } from './substrate-id.ts';
import { substrateModel, WALK_CELL_UM, type SubstrateModel } from './substrates.ts';
import { dipMeasuresMV, sampleCurves, Trace } from './trace.ts';
import { SNAPSHOT_CAPACITIES_MAHCM2, SectionCell, type PlatingFrame, type PlatingResults, type SubstrateId, type SubstrateRun } from './types.ts';

/** Side of the lattice the deposit grows on, µm; the nucleus patch is this or a power of two wider (patch-size.ts). */
export const PATCH_UM = 51.2;
/** Lattice columns across the patch at normal resolution (0.4 µm cells). */
export const GRID_N = 128;
/** Above this many attachments in one plating, or MAX_CYCLED_ATTACHMENTS over all cycles, the lattice is coarsened 2x to keep a run short. */
export const MAX_ATTACHMENTS = 700_000;
export const MAX_CYCLED_ATTACHMENTS = 2_500_000;
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
  /** Plate–strip cycles (0: plate only). */
  platingCycles?: number;
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
  /** The nucleation stage of the plating under way (a fresh one each cycle). */
  private stage: NucleationStage;
  private salt = new SaltColumn(DEFAULT_ELECTROLYTE);
  private readonly patchUm: number;
  private patch: NucleusPatch;
  private sets: IslandSets;
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
  /** Half-cycles of the run: one plating, or a plating and a stripping per cycle. */
  private readonly phases: number;
  private phase = 0;
  private finished = false;
  private timeOffsetS = 0;
  private stripper: DepositStripper | null = null;
  private strippedCm2 = 0;
  private stripOwedCells = 0;
  /** Li held in the interphase, C/m2: SEI on the exposed Li and the first cycle's pre-nucleation charge. */
  private interphaseCm2 = 0;
  private cyclePeakArea = 0;
  private readonly ce: number[] = [];
  private readonly deadLog: number[] = [];
  private readonly seiLog: number[] = [];
  private firstPlate: PlatingResults | null = null;
  private readonly stripFrames: PlatingFrame[] = [];
  /** Between the end of a strip and the next plating: every island has dissolved. */
  private strippedBare = false;

  constructor(id: SubstrateId, s: RunSettings) {
    const parsed = requireSubstrate(id);
    this.id = id;
    this.label = substrateLabel(parsed);
    this.model = substrateModel(parsed);
    this.jAm2 = s.currentMAcm2 * A_PER_M2_PER_MA_CM2;
    this.endChargeCm2 = s.capacityMAhcm2 * C_PER_M2_PER_MAH_CM2;
    this.stage = new NucleationStage(this.model.nucleation, this.jAm2);
    this.rng = createRng(deriveSeed(s.seed, id));
    const cycles = s.platingCycles ?? 0;
    this.phases = cycles === 0 ? 1 : 2 * cycles;
    let n = GRID_N * (s.resolution ?? 1);
    const thicknessUm = (this.endChargeCm2 * LI_MOLAR_VOLUME_M3) / FARADAY * 1e6;
    const attachments = (thicknessUm / (PATCH_UM / n)) * n * n;
    if (s.resolution === undefined && (attachments > MAX_ATTACHMENTS || attachments * cycles > MAX_CYCLED_ATTACHMENTS)) {
      n /= 2;
      this.coarsened = ref('platingModel.coarsened', { cellUm: PATCH_UM / n, n });
    }
    this.deposit = new VoxelDeposit(n, PATCH_UM / n);
    this.patchUm = patchSideUm(PATCH_UM, nucleiPerM2(this.model, this.jAm2, this.endChargeCm2));
    this.patch = new NucleusPatch(this.patchUm);
    this.sets = new IslandSets(this.patch, this.model.morphology.mergeFactor, this.model.morphology.coalesceRadiusUm);
    // The curves start at rest: the open-circuit start of the sloping pre-nucleation segment.
    this.exposed = this.deposit.exposedArea(this.model.morphology.underCoatSpreadUm > 0);
    this.trace.push(0, 0, this.potentialV(), this.exposed);
  }

  get done(): boolean {
    return this.finished;
  }

  private get stripping(): boolean {
    return this.phase % 2 === 1;
  }

  /** Advances until `fraction` (0–1) of the run has passed: each half-cycle is an equal share. */
  advanceTo(fraction: number): void {
    // Whole percents are snapped so that chunked runs stop exactly where a single run steps.
    const pct = fraction * 100;
    const f = Math.abs(pct - Math.round(pct)) < 1e-6 ? Math.round(pct) / 100 : fraction;
    // In whole percents of a half-cycle where it is one, so a step ends exactly on it.
    const raw = Math.min(1, f) * this.phases * 100;
    const total = Math.abs(raw - Math.round(raw)) < 1e-6 ? Math.round(raw) : raw;
    const p = Math.min(this.phases - 1, Math.floor(total / 100 + 1e-9));
    while (this.phase < p && !this.finished) this.runPhase(1);
    if (this.phase === p && !this.finished) this.runPhase(Math.max(0, total - p * 100) / 100);
  }

  /** Runs the current half-cycle to `share` (0–1) of the set capacity, and closes it when it ends. */
  private runPhase(share: number): void {
    const target = Math.min(1, share) * this.endChargeCm2;
    if (this.stripping) {
      const st = this.stripper!;
      while (st.liveCells > 0 && (share >= 1 || this.strippedCm2 < target * (1 - 1e-12))) this.stripStep();
      if (st.liveCells === 0) this.endStrip();
      return;
    }
    while (this.stage.chargeCm2 < target * (1 - 1e-12)) this.step(target);
    if (this.stage.chargeCm2 >= this.endChargeCm2 * (1 - 1e-12)) this.endPlating();
  }

  private get cycle(): number {
    return this.phase >> 1;
  }

  private get deadLiMAhcm2(): number {
    return this.deposit.deadCells / this.cellsPerCm2 / C_PER_M2_PER_MAH_CM2;
  }

  private get seiLossMAhcm2(): number {
    return this.interphaseCm2 / C_PER_M2_PER_MAH_CM2;
  }

  /** Half-width, in cells, over which a solid ion conductor on top evens the current (0: no such coating). */
  private get underCoatCells(): number {
    return Math.round(this.model.morphology.underCoatSpreadUm / this.deposit.cellUm);
  }

  /** Lattice cells per C/m2 of charge. */
  private get cellsPerCm2(): number {
    const d = this.deposit;
    return ((LI_MOLAR_VOLUME_M3 / FARADAY) / (d.cellUm * 1e-6)) * d.n * d.n;
  }

  private endPlating(): void {
    if (this.cycle === 0) {
      // Li that went into the sloping segment (SEI on Cu, LixTiO2) stays in the interphase.
      this.interphaseCm2 += this.model.nucleation.preChargeCm2;
      this.firstPlate = this.results();
    }
    if (this.phase === this.phases - 1) { this.finished = true; return; }
    this.phase++;
    this.stripper = new DepositStripper(this.deposit);
    this.strippedCm2 = 0;
    this.stripOwedCells = 0;
  }

  /** Strips 1% of the set capacity (less if the live Li runs out), then finds the Li cut off. */
  private stripStep(): void {
    const st = this.stripper!;
    this.stripOwedCells += 0.01 * this.endChargeCm2 * this.cellsPerCm2;
    const want = Math.floor(this.stripOwedCells);
    const removed = st.strip(want, this.rng, this.underCoatCells);
    this.stripOwedCells -= removed;
    const q = removed / this.cellsPerCm2;
    this.strippedCm2 += q;
    this.timeOffsetS += q / this.jAm2;
    st.isolate();
  }

  private endStrip(): void {
    this.ce.push(this.strippedCm2 / this.endChargeCm2);
    this.deadLog.push(this.deadLiMAhcm2);
    this.seiLog.push(this.seiLossMAhcm2);
    this.stripper = null;
    this.strippedBare = true;
    const f = this.frame(0);
    f.stripCycle = this.cycle + 1;
    if (this.stripFrames.length < 2) this.stripFrames.push(f);
    else this.stripFrames[1] = f;
    if (this.phase === this.phases - 1) { this.finished = true; return; }
    this.phase++;
    this.startPlating();
  }

  /**
   * A new plating on the stripped electrode: Li nucleates afresh among the dead Li, the salt
   * profile has relaxed, and the sloping segment (already spent in the first cycle) is gone.
   */
  private startPlating(): void {
    this.deposit.rebuild();
    this.strippedBare = false;
    this.timeOffsetS += this.stage.timeS;
    this.stage = new NucleationStage({ ...this.model.nucleation, preChargeCm2: 0 }, this.jAm2);
    this.salt = new SaltColumn(DEFAULT_ELECTROLYTE);
    this.lastSurfaceC = DEFAULT_ELECTROLYTE.concentrationMolM3;
    this.patch = new NucleusPatch(this.patchUm);
    this.sets = new IslandSets(this.patch, this.model.morphology.mergeFactor, this.model.morphology.coalesceRadiusUm);
    this.nextCoalesce = 0;
    this.owedCells = 0;
    this.dt = 1e-4;
    this.lastDeta = 0;
    this.cyclePeakArea = 0;
    this.nextAreaSampleCm2 = 0;
  }

  /**
   * SEI forms on the Li surface as it is exposed to the electrolyte: the charge of a layer
   * over each new unit of the cycle's largest exposed area, taken from the plating current.
   * Stripping leaves the old shells behind (on dead Li or collapsed), so each cycle's fresh
   * surface forms its own.
   */
  private formSei(exposed: number): void {
    if (exposed <= this.cyclePeakArea) return;
    const q = (exposed - this.cyclePeakArea) * seiChargePerAreaCm2(DEFAULT_ELECTROLYTE);
    this.cyclePeakArea = exposed;
    this.interphaseCm2 += q;
    this.owedCells -= q * this.cellsPerCm2;
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
      this.formSei(this.exposed);
    }
    // The curves and the SEM-series snapshots are of the first plating.
    if (this.cycle > 0) return;
    this.trace.push(st.timeS, qMAh, this.potentialV(), this.exposed);
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

  /** Electrode potential vs Li/Li+ now, V (what the potential chart draws). */
  private potentialV(): number {
    const st = this.stage;
    return platingPotentialV(st.potentialV, st.preSlopeActive, DEFAULT_ELECTROLYTE, this.jAm2, this.lastSurfaceC);
  }

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
    if (this.cycle > 0 || this.dendriteOnsetS !== null || !d.covered) return;
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
      underCoatCells: this.underCoatCells,
      drift: Math.min(0.95, (tip ? m.driftTip : m.driftMossy) * scale),
      stick: tip ? 1 : Math.min(1, m.stickMossy * scale),
      focus: tip ? m.focusTip : 0,
      focusWindowCells: Math.max(1, Math.round(FOCUS_WINDOW_UM / cell)),
      captureHops: Math.round(m.captureLengthUm / cell) ** 2,
    };
  }

  /**
   * Measured results: the deposit's at the end of the first plating once the run has passed it
   * (the state the published comparisons describe), with the cycling totals so far.
   */
  results(islands: Islands = this.islands()): PlatingResults {
    const cycling = {
      coulombicEfficiency: [...this.ce],
      deadLiMAhcm2: this.deadLiMAhcm2,
      seiLossMAhcm2: this.seiLossMAhcm2,
    };
    if (this.firstPlate) return { ...this.firstPlate, ...cycling };
    const d = this.deposit;
    const mean = d.meanHeightCells;
    const dip = dipMeasuresMV(this.trace);
    return {
      ...cycling,
      nucleationOverpotentialMV: dip?.overpotentialMV ?? null,
      plateauPotentialMV: dip?.plateauMV ?? null,
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
    // Stripped bare, the top view shows the dead Li's relief alone.
    if (this.strippedBare) return { x: new Float32Array(0), y: new Float32Array(0), radius: new Float32Array(0) };
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
        for (let z = 0; z < h; z++) {
          cells[base + --r * n + i] = d.isLi(i, row, z) ? SectionCell.Li : d.isDead(i, row, z) ? SectionCell.DeadLi : SectionCell.Empty;
        }
        if (over) cells[base + --r * n + i] = SectionCell.Coating;
      }
    });
    // The top surface at the lattice's own resolution: the top view's relief and the 3D view (which thins it) share it.
    const map = Float32Array.from(d.height, (h) => h * d.cellUm);
    return {
      substrateId: this.id,
      capacityMAhcm2,
      timeS: this.timeOffsetS + (this.stripping ? 0 : this.stage.timeS),
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
      snapshots: [...this.snapshots, ...this.stripFrames],
      cycleLog: { deadLiMAhcm2: [...this.deadLog], seiLossMAhcm2: [...this.seiLog] },
      frame,
      ...(this.coarsened ? { coarsened: this.coarsened } : {}),
    };
  }

  /** Charge the nucleation stage put into Li, SEI included, C/m2 (of the plating under way). */
  get liChargeCm2(): number {
    return this.stage.liChargeCm2;
  }

  /** Charge taken by the interphase so far, C/m2. */
  get interphaseChargeCm2(): number {
    return this.interphaseCm2;
  }

  /** Charge stripped in the half-cycle under way (or the last), C/m2. */
  get strippedChargeCm2(): number {
    return this.strippedCm2;
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
