import { createRng, deriveSeed, type Rng } from '../common/rng.ts';
import { cvdDepositNm, halfStepConditions, type HalfStepConditions } from './conditions.ts';
import { siteIncrementNm } from './jamming.ts';
import { SiteLattice } from './lattice.ts';
import { clampRecipe } from './recipe.ts';
import { addAtoms, atomFractions } from './composition.ts';
import { SequencePlan, blockCycles, blockLabel, isSupercycle } from './sequence.ts';
import { rmsRoughness, spreadNewLayer } from './roughness.ts';
import { publishedGpcNm } from './published-gpc.ts';
import {
  HALF_STEPS,
  SiteState,
  type AldSnapshot,
  type GrownLayer,
  type HalfStepKind,
  type ProcessDefinition,
  type Recipe,
  type SequencePosition,
} from './types.ts';

export const DEFAULT_LATTICE_SIZE = 16;

export interface AldModelOptions {
  sizeX?: number;
  sizeY?: number;
}

/**
 * The half-step state machine: pulse A, purge A, pulse B, purge B, on a seeded site lattice.
 * A recipe change is read at the start of each half-step, so it applies from the next one.
 * The film follows a plan (sequence.ts): each cycle runs the process of its block, on the same
 * film; a single process is a plan of one block that never ends.
 */
export class AldModel {
  readonly seed: number;
  readonly plan: SequencePlan;
  /** The plan's processes, indexed like plan.processIds. */
  private readonly processes: ProcessDefinition[];
  private readonly increments: number[];
  /** One lattice per steric radius; a new block with another radius takes over the film. */
  private readonly lattices = new Map<number, SiteLattice>();
  private lattice: SiteLattice;
  private readonly sizeX: number;
  private readonly sizeY: number;
  private recipe: Recipe;
  /** What the recipe means for each process's chemistry; recomputed only when the recipe changes. */
  private conditions: HalfStepConditions[];
  private rng!: Rng;
  private halfSteps = 0;
  private lastHalfStep: HalfStepKind | null = null;
  private history: number[] = [];
  /** Per completed cycle, the index of its process. */
  private cycleProcess: number[] = [];
  private processTimeS = 0;
  private coverage = 0;
  private byproductsNow = 0;
  /** Leftover fractions of A and B in the chamber after their last purge. */
  private residualA = 0;
  private residualB = 0;

  /**
   * `processes` must hold every process the plan uses; without a plan the film is `process`
   * alone, open-ended (the single-process recipe of the `process` key).
   */
  constructor(
    process: ProcessDefinition,
    recipe: Recipe,
    seed: number,
    options: AldModelOptions = {},
    plan: SequencePlan = SequencePlan.single(process.id),
    processes: readonly ProcessDefinition[] = [process],
  ) {
    this.seed = seed;
    this.plan = plan;
    this.processes = plan.processIds.map((id) => {
      const p = processes.find((q) => q.id === id);
      if (!p) throw new Error(`ALD sequence: unknown process "${id}"`);
      return p;
    });
    this.recipe = clampRecipe(recipe);
    this.conditions = this.processes.map((p) => halfStepConditions(p, this.recipe));
    this.increments = this.processes.map((p) => siteIncrementNm(p));
    this.sizeX = options.sizeX ?? DEFAULT_LATTICE_SIZE;
    this.sizeY = options.sizeY ?? DEFAULT_LATTICE_SIZE;
    this.lattice = this.latticeFor(this.processes[0]!);
    this.reset();
  }

  /** The process of the block being grown (the next half-step's). */
  get process(): ProcessDefinition {
    return this.processes[this.plan.processIndex(Math.floor(this.halfSteps / 4))]!;
  }

  get incrementNm(): number {
    return this.increments[this.plan.processIndex(Math.floor(this.halfSteps / 4))]!;
  }

  private latticeFor(process: ProcessDefinition): SiteLattice {
    const radius = process.stericRadiusSites.value;
    let l = this.lattices.get(radius);
    if (!l) {
      l = new SiteLattice(this.sizeX, this.sizeY, radius);
      this.lattices.set(radius, l);
    }
    return l;
  }

  reset(): void {
    // Named after the first process, so a single-process film is the same film it always was.
    this.rng = createRng(deriveSeed(this.seed, `ald-lattice:${this.processes[0]!.id}`));
    this.lattice = this.latticeFor(this.processes[0]!);
    this.lattice.reset();
    this.halfSteps = 0;
    this.lastHalfStep = null;
    this.history = [0];
    this.cycleProcess = [];
    this.processTimeS = 0;
    this.coverage = 0;
    this.byproductsNow = 0;
    this.residualA = 0;
    this.residualB = 0;
  }

  setRecipe(recipe: Recipe): void {
    this.recipe = clampRecipe(recipe);
    this.conditions = this.processes.map((p) => halfStepConditions(p, this.recipe));
  }

  getRecipe(): Recipe {
    return { ...this.recipe };
  }

  get cycle(): number {
    return this.history.length - 1;
  }

  get nextHalfStep(): HalfStepKind {
    return HALF_STEPS[this.halfSteps % 4];
  }

  /** Every cycle of the plan is done; a single-process film never is. */
  get complete(): boolean {
    return this.halfSteps >= this.plan.total * 4;
  }

  /** Runs the next half-step; does nothing once the sequence is complete. */
  stepHalf(): void {
    if (this.complete) return;
    const kind = this.nextHalfStep;
    const recipe = this.recipe;
    const index = this.plan.processIndex(Math.floor(this.halfSteps / 4));
    const process = this.processes[index]!;
    const c = this.conditions[index]!;
    if (kind === 'pulseA') this.enterLattice(process);
    this.lattice.clearMarks();
    this.byproductsNow = 0;
    switch (kind) {
      case 'pulseA':
        this.pulseA(process, c, this.increments[index]!);
        this.processTimeS += recipe.pulseAS;
        break;
      case 'purgeA':
        this.lattice.desorb(c.desorptionProbability, this.rng);
        this.residualA = c.residualA;
        this.processTimeS += recipe.purgeAS;
        break;
      case 'pulseB':
        this.pulseB(process, c, this.increments[index]!);
        this.processTimeS += recipe.pulseBS;
        break;
      case 'purgeB':
        this.residualB = c.residualB;
        this.processTimeS += recipe.purgeBS;
        this.history.push(this.lattice.meanHeightNm());
        this.cycleProcess.push(index);
        break;
    }
    this.halfSteps++;
    this.lastHalfStep = kind;
  }

  /** A block whose precursor has another steric radius takes over the film's sites and heights. */
  private enterLattice(process: ProcessDefinition): void {
    const next = this.latticeFor(process);
    if (next === this.lattice) return;
    next.state.set(this.lattice.state);
    next.heightNm.set(this.lattice.heightNm);
    this.lattice = next;
  }

  private pulseA(process: ProcessDefinition, c: HalfStepConditions, incrementNm: number): void {
    const [perA] = process.byproductsPerReaction ?? [1, 1];
    const reacted = this.lattice.pulseA(1 - c.x1, this.rng);
    const packing = this.lattice.lastPackingSites;
    this.coverage = packing > 0 ? reacted / packing : 0;
    // Leftover B from a short purge B meets the incoming A: CVD.
    const cvdHits = this.lattice.deposit(cvdDepositNm(process, this.residualB), incrementNm, this.rng);
    this.byproductsNow = reacted * perA + cvdHits;
  }

  private pulseB(process: ProcessDefinition, c: HalfStepConditions, incrementNm: number): void {
    const [, perB] = process.byproductsPerReaction ?? [1, 1];
    const completed = this.lattice.pulseB(1 - c.x2, incrementNm, this.rng);
    const candidates = this.lattice.lastBCandidates;
    this.coverage = candidates > 0 ? completed / candidates : 0;
    const uncontrolledNm = cvdDepositNm(process, this.residualA) + c.condensationNm;
    const cvdHits = this.lattice.deposit(uncontrolledNm, incrementNm, this.rng);
    spreadNewLayer(this.lattice);
    this.byproductsNow = completed * perB + cvdHits;
  }

  /** Raises the completed-cycle count by n; a cycle in progress counts as one of them. Stops at the plan's end. */
  runCycles(n: number): void {
    const target = Math.min(this.plan.total, Math.floor(this.halfSteps / 4) + Math.max(0, Math.floor(n)));
    while (this.halfSteps < target * 4) this.stepHalf();
  }

  snapshot(): AldSnapshot {
    const l = this.lattice;
    const h = this.history;
    const heightNm = new Float32Array(l.size);
    for (let i = 0; i < l.size; i++) heightNm[i] = l.heightNm[i];
    const thicknessNm = l.meanHeightNm();
    const ids = this.plan.processIds;
    const shownCycle = this.halfSteps === 0 ? 0 : Math.floor((this.halfSteps - 1) / 4);
    const complete = this.complete;
    return {
      processId: ids[this.plan.processIndex(shownCycle)]!,
      nextProcessId: complete ? null : ids[this.plan.processIndex(Math.floor(this.halfSteps / 4))]!,
      sequence: this.position(complete),
      processIds: [...ids],
      cycleProcess: Uint8Array.from(this.cycleProcess),
      publishedGpcNm: this.processes.map((p) => publishedGpcNm(p, this.recipe.temperatureC)),
      ...this.grown(thicknessNm),
      sizeX: l.sizeX,
      sizeY: l.sizeY,
      cycle: this.cycle,
      halfStepCount: this.halfSteps,
      lastHalfStep: this.lastHalfStep,
      nextHalfStep: this.nextHalfStep,
      siteState: l.state.slice(),
      reactedNow: l.reactedNow.slice(),
      cvdNow: l.cvdNow.slice(),
      heightNm,
      thicknessHistoryNm: Float32Array.from(h),
      counts: {
        free: l.count(SiteState.FreeA),
        reacted: l.count(SiteState.ReactedA) + l.count(SiteState.ReactedB),
        blocked: l.count(SiteState.Blocked),
      },
      coverage: this.coverage,
      thicknessNm,
      roughnessRmsNm: rmsRoughness(l.heightNm),
      growthPerCycleNm: h.length > 1 ? h[h.length - 1] - h[h.length - 2] : 0,
      processTimeS: this.processTimeS,
      byproductsNow: this.byproductsNow,
      chemisorption: {
        temperatureC: this.recipe.temperatureC,
        rateAPerS: this.conditions[this.plan.processIndex(Math.floor(this.halfSteps / 4))]!.rateAPerS,
        rateBPerS: this.conditions[this.plan.processIndex(Math.floor(this.halfSteps / 4))]!.rateBPerS,
      },
    };
  }

  private position(complete: boolean): SequencePosition {
    const plan = this.plan;
    const current = Math.min(Math.floor(this.halfSteps / 4), Math.max(0, plan.total - 1));
    const block = plan.blockIndex(current);
    const start = plan.blockStart[block]!;
    const cycles = plan.openEnded ? Infinity : blockCycles(plan.sequence[block]!);
    return {
      block,
      blocks: plan.sequence.length,
      cycleInBlock: Math.min(this.cycle - start, cycles),
      blockCycles: cycles,
      complete,
    };
  }

  /**
   * Layers and composition from the film's own growth: each completed cycle's gain in mean
   * height goes to its block and process; a cycle in progress adds what it grew so far.
   */
  private grown(thicknessNm: number): { layers: GrownLayer[]; composition: Record<string, number> | null } {
    const plan = this.plan;
    const h = this.history;
    const ids = plan.processIds;
    const perBlock: { cycles: number; nm: number; parts: Map<number, { cycles: number; nm: number }> }[] = [];
    const tally: Record<string, number> = {};
    let hasAll = true;
    const add = (cycle: number, nm: number, completed: boolean) => {
      const b = plan.blockIndex(cycle);
      const p = plan.processIndex(cycle);
      const entry = (perBlock[b] ??= { cycles: 0, nm: 0, parts: new Map() });
      const part = entry.parts.get(p) ?? { cycles: 0, nm: 0 };
      entry.parts.set(p, part);
      entry.nm += nm;
      part.nm += nm;
      if (completed) {
        entry.cycles++;
        part.cycles++;
      }
      const film = this.processes[p]!.film;
      if (film) addAtoms(tally, film, nm);
      else hasAll = false;
    };
    for (let k = 0; k + 1 < h.length; k++) add(k, h[k + 1]! - h[k]!, true);
    const inProgress = this.halfSteps % 4 !== 0;
    if (inProgress) add(this.cycle, thicknessNm - h[h.length - 1]!, false);
    const layers: GrownLayer[] = [];
    perBlock.forEach((e, b) => {
      if (!e) return;
      const block = plan.sequence[b]!;
      const layer: GrownLayer = { process: blockLabel(block), cycles: e.cycles, thicknessNm: e.nm };
      if (isSupercycle(block)) {
        layer.parts = [...e.parts].map(([p, v]) => ({ process: ids[p]!, cycles: v.cycles, thicknessNm: v.nm }));
      }
      layers.push(layer);
    });
    const started = h.length > 1 || inProgress;
    return { layers, composition: started && hasAll ? atomFractions(tally) : null };
  }
}
