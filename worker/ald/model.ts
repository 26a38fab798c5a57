import { createRng, deriveSeed, type Rng } from '../common/rng.ts';
import { cvdDepositNm, halfStepConditions, type HalfStepConditions } from './conditions.ts';
import { siteIncrementNm } from './jamming.ts';
import { SiteLattice } from './lattice.ts';
import { clampRecipe } from './recipe.ts';
import { HALF_STEPS, SiteState, type AldSnapshot, type HalfStepKind, type ProcessDefinition, type Recipe } from './types.ts';

/**
 * Model choice: after each B pulse the new material spreads over the surface in this many
 * smoothing passes (each moving a site halfway to its neighbours' mean), so the film is a
 * continuous layer a few Å rough, as measured for ALD and MLD films, not a set of columns.
 */
export const RELAXATION_PASSES = 8;
export const DEFAULT_LATTICE_SIZE = 16;

export interface AldModelOptions {
  sizeX?: number;
  sizeY?: number;
}

/**
 * The half-step state machine: pulse A, purge A, pulse B, purge B, on a seeded site lattice.
 * A recipe change is read at the start of each half-step, so it applies from the next one.
 */
export class AldModel {
  readonly process: ProcessDefinition;
  readonly seed: number;
  readonly incrementNm: number;
  private readonly lattice: SiteLattice;
  private recipe: Recipe;
  /** What the recipe means for the chemistry; recomputed only when the recipe changes. */
  private conditions: HalfStepConditions;
  private rng!: Rng;
  private halfSteps = 0;
  private lastHalfStep: HalfStepKind | null = null;
  private history: number[] = [];
  private processTimeS = 0;
  private coverage = 0;
  private byproductsNow = 0;
  /** Leftover fractions of A and B in the chamber after their last purge. */
  private residualA = 0;
  private residualB = 0;

  constructor(process: ProcessDefinition, recipe: Recipe, seed: number, options: AldModelOptions = {}) {
    this.process = process;
    this.seed = seed;
    this.recipe = clampRecipe(recipe);
    this.conditions = halfStepConditions(process, this.recipe);
    this.incrementNm = siteIncrementNm(process);
    this.lattice = new SiteLattice(
      options.sizeX ?? DEFAULT_LATTICE_SIZE,
      options.sizeY ?? DEFAULT_LATTICE_SIZE,
      process.stericRadiusSites.value,
    );
    this.reset();
  }

  reset(): void {
    this.rng = createRng(deriveSeed(this.seed, `ald-lattice:${this.process.id}`));
    this.lattice.reset();
    this.halfSteps = 0;
    this.lastHalfStep = null;
    this.history = [0];
    this.processTimeS = 0;
    this.coverage = 0;
    this.byproductsNow = 0;
    this.residualA = 0;
    this.residualB = 0;
  }

  setRecipe(recipe: Recipe): void {
    this.recipe = clampRecipe(recipe);
    this.conditions = halfStepConditions(this.process, this.recipe);
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

  stepHalf(): void {
    const kind = this.nextHalfStep;
    const recipe = this.recipe;
    const c = this.conditions;
    this.lattice.clearMarks();
    this.byproductsNow = 0;
    switch (kind) {
      case 'pulseA':
        this.pulseA(c);
        this.processTimeS += recipe.pulseAS;
        break;
      case 'purgeA':
        this.lattice.desorb(c.desorptionProbability, this.rng);
        this.residualA = c.residualA;
        this.processTimeS += recipe.purgeAS;
        break;
      case 'pulseB':
        this.pulseB(c);
        this.processTimeS += recipe.pulseBS;
        break;
      case 'purgeB':
        this.residualB = c.residualB;
        this.processTimeS += recipe.purgeBS;
        this.history.push(this.lattice.meanHeightNm());
        break;
    }
    this.halfSteps++;
    this.lastHalfStep = kind;
  }

  private pulseA(c: HalfStepConditions): void {
    const [perA] = this.process.byproductsPerReaction ?? [1, 1];
    const reacted = this.lattice.pulseA(1 - c.x1, this.rng);
    const packing = this.lattice.lastPackingSites;
    this.coverage = packing > 0 ? reacted / packing : 0;
    // Leftover B from a short purge B meets the incoming A: CVD.
    const cvdHits = this.lattice.deposit(cvdDepositNm(this.process, this.residualB), this.incrementNm, this.rng);
    this.byproductsNow = reacted * perA + cvdHits;
  }

  private pulseB(c: HalfStepConditions): void {
    const [, perB] = this.process.byproductsPerReaction ?? [1, 1];
    const completed = this.lattice.pulseB(1 - c.x2, this.incrementNm, this.rng);
    const candidates = this.lattice.lastBCandidates;
    this.coverage = candidates > 0 ? completed / candidates : 0;
    const uncontrolledNm = cvdDepositNm(this.process, this.residualA) + c.condensationNm;
    const cvdHits = this.lattice.deposit(uncontrolledNm, this.incrementNm, this.rng);
    for (let k = 0; k < RELAXATION_PASSES; k++) this.lattice.relax(0.5);
    this.byproductsNow = completed * perB + cvdHits;
  }

  /** Raises the completed-cycle count by n; a cycle in progress counts as one of them. */
  runCycles(n: number): void {
    const target = Math.floor(this.halfSteps / 4) + Math.max(0, Math.floor(n));
    while (this.halfSteps < target * 4) this.stepHalf();
  }

  snapshot(): AldSnapshot {
    const l = this.lattice;
    const h = this.history;
    const heightNm = new Float32Array(l.size);
    for (let i = 0; i < l.size; i++) heightNm[i] = l.heightNm[i];
    return {
      processId: this.process.id,
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
      thicknessNm: l.meanHeightNm(),
      growthPerCycleNm: h.length > 1 ? h[h.length - 1] - h[h.length - 2] : 0,
      processTimeS: this.processTimeS,
      byproductsNow: this.byproductsNow,
      chemisorption: {
        temperatureC: this.recipe.temperatureC,
        rateAPerS: this.conditions.rateAPerS,
        rateBPerS: this.conditions.rateBPerS,
      },
    };
  }
}
