/**
 * Contract between the ALD/MLD model (worker) and its views (main thread).
 * Lengths: Å inside molecule geometry, nm for film quantities; times in seconds.
 */

export type HalfStepKind = 'pulseA' | 'purgeA' | 'pulseB' | 'purgeB';
export const HALF_STEPS: readonly HalfStepKind[] = ['pulseA', 'purgeA', 'pulseB', 'purgeB'];

/** One atom of a ball-and-stick molecule; coordinates in Å, z up from the surface. */
export interface AtomSpec {
  el: string;
  x: number;
  y: number;
  z: number;
}

export interface MoleculeSpec {
  /** Names the molecule in the catalogue (aldModel.molecule.<id>); without an entry the formula stands alone. */
  id: string;
  formula: string;
  atoms: AtomSpec[];
  /** Pairs of indices into atoms. */
  bonds: [number, number][];
}

export interface SourceRef {
  /** Short citation shown in the UI, e.g. "Ott et al. / George [21]". */
  citation: string;
  doi?: string;
  /** The citation the number is quoted from, e.g. a review (citation and DOI only: the UI adds the words). */
  via?: string;
}

/**
 * A value the model uses that is not published: shown with a "model choice" label. Its reason
 * is prose, so it lives in the catalogue (see process-words.ts), not in the data.
 */
export interface ModelChoice<T = number> {
  value: T;
}

/**
 * One process as data. A new process is a new JSON file in worker/ald/processes/
 * that satisfies this shape; no code change. Its words (name, reasons, doubts) are catalogue
 * entries keyed by its id (process-words.ts); without them it shows its id and formulas.
 */
export interface ProcessDefinition {
  /** Lower-case letters, digits and hyphens: it forms catalogue keys and URL values. */
  id: string;
  kind: 'ALD' | 'MLD';
  /** The coating it makes, e.g. "Al2O3", "alucone". */
  coating: string;
  precursorA: MoleculeSpec;
  precursorB: MoleculeSpec;
  byproduct: MoleculeSpec;
  /** Surface fragment left after half-reaction A and after B (drawn on the reacted site). */
  fragmentA: MoleculeSpec;
  fragmentB: MoleculeSpec;
  /** Human-readable half-reaction equations, A then B ("|" = surface, "(g)" = gas). */
  halfReactions: [string, string];
  /** Byproduct molecules released per reacting site in half-reaction A and B (from the equations); default [1, 1]. */
  byproductsPerReaction?: [number, number];
  /** Published saturated growth per cycle (nm) at gpcTemperatureC. */
  gpcNm: number;
  gpcTemperatureC: number;
  source: SourceRef;
  /** The science notes doubt the published GPC: the view warns, with the catalogue's reason. */
  gpcDoubtful?: boolean;
  temperatureWindowC: ModelChoice<{ min: number; max: number }>;
  /**
   * Dose conditions of the machball saturation law: precursor pressure, area one chemisorbed
   * molecule takes, and the bare sticking probabilities of A and B. With the molar masses of
   * the drawn molecules and the recipe's temperature they give each half-reaction's rate β0/t0.
   */
  dose: ModelChoice<{ pressurePa: number; siteAreaM2: number; stickingA: number; stickingB: number }>;
  /** Residence time of unpurged precursor in the chamber (s): drives CVD when purges are short. */
  residenceTimeS: ModelChoice;
  /** Radius (in site spacings) within which a chemisorbed ligand hides neighbouring sites. */
  stericRadiusSites: ModelChoice;
}

export interface Recipe {
  pulseAS: number;
  purgeAS: number;
  pulseBS: number;
  purgeBS: number;
  temperatureC: number;
}

export interface AldConfig {
  processId: string;
  recipe: Recipe;
  seed: number;
}

/** State of one surface site of the current top layer. */
export const SiteState = {
  /** Reactive to precursor A (e.g. -OH), nothing bound yet. */
  FreeA: 0,
  /** Holds a chemisorbed A fragment, reactive to precursor B (e.g. -O-Al(CH3)2). */
  ReactedA: 1,
  /** Hidden under a neighbour's ligands: cannot react in this pulse (steric hindrance). */
  Blocked: 2,
  /** Completed by B: carries a fresh reactive group for the next A pulse. */
  ReactedB: 3,
} as const;
export type SiteState = (typeof SiteState)[keyof typeof SiteState];

/** Everything a view needs after one half-step; typed arrays are transferable. */
export interface AldSnapshot {
  processId: string;
  sizeX: number;
  sizeY: number;
  /** Completed cycles. */
  cycle: number;
  /** Half-steps completed since reset. */
  halfStepCount: number;
  /** The half-step this snapshot ends (null at reset). */
  lastHalfStep: HalfStepKind | null;
  nextHalfStep: HalfStepKind;
  /** Per site: SiteState after the last half-step. */
  siteState: Uint8Array;
  /** Per site: 1 where a molecule chemisorbed during the last half-step (a byproduct left). */
  reactedNow: Uint8Array;
  /** Per site: 1 where uncontrolled CVD growth landed during the last half-step. */
  cvdNow: Uint8Array;
  /** Per site: film height (nm) above the substrate, measured on the simulated film. */
  heightNm: Float32Array;
  /** Mean film thickness (nm) after each completed cycle; index 0 is cycle 0 (0 nm). */
  thicknessHistoryNm: Float32Array;
  counts: { free: number; reacted: number; blocked: number };
  /** Fraction of sites that chemisorbed in the current pulse, relative to the sites that can. */
  coverage: number;
  thicknessNm: number;
  /** Thickness gained in the last completed cycle (nm). */
  growthPerCycleNm: number;
  /** Process time elapsed (s), summing the recipe's half-step durations. */
  processTimeS: number;
  /** Byproduct molecules released in the last half-step. */
  byproductsNow: number;
  /**
   * What the next pulses run at: the recipe's temperature and the chemisorption rates (1/s) of
   * half-reactions A and B there (machball law, slowed below an ALD window).
   */
  chemisorption: { temperatureC: number; rateAPerS: number; rateBPerS: number };
}

/** One point of the saturation curve: expected steady-state GPC vs pulse A time. */
export interface SaturationPoint {
  pulseAS: number;
  gpcNm: number;
}

/** The worker's comlink surface. */
export interface AldWorkerApi {
  listProcesses(): ProcessDefinition[];
  init(config: AldConfig): AldSnapshot;
  /** Takes effect from the next half-step. */
  setRecipe(recipe: Recipe): void;
  stepHalf(): AldSnapshot;
  /** Raises the completed-cycle count by n (a cycle in progress counts as one) and returns the last snapshot. */
  runCycles(n: number): AldSnapshot;
  saturationCurve(processId: string, recipe: Recipe, pulseTimesS: number[]): SaturationPoint[];
}
