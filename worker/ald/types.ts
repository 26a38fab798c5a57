/**
 * Contract between the ALD/MLD model (worker) and its views (main thread).
 * Lengths: Å inside molecule geometry, nm for film quantities; times in seconds.
 */

import type { Sequence } from './sequence.ts';

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
  /** A published GPC for this chemistry is in doubt (its own, or one the review prints for it, as for TiO2): the view warns, and the catalogue's reason names the number. */
  gpcDoubtful?: boolean;
  temperatureWindowC: ModelChoice<{ min: number; max: number }>;
  /**
   * Published hot side, where there is one: the surface loses its reactive groups (-OH on oxides,
   * -SH on sulfides) steadily with temperature, so the saturated GPC falls in a straight line from
   * gpcNm at gpcTemperatureC through gpcNm here. With it, nothing desorbs above the window; without it,
   * bound fragments desorb above the window (a model choice). See temperature.ts.
   */
  reactiveGroupLoss?: { temperatureC: number; gpcNm: number; source: SourceRef };
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
  /**
   * What the film is made of, for the measured composition of a film of several processes:
   * atoms per formula unit and density (g/cm³), with the source of the density. Without it a
   * film containing this process has no composition.
   */
  film?: FilmStoichiometry;
}

export interface FilmStoichiometry {
  formula: Record<string, number>;
  densityGcm3: number;
  source: SourceRef;
}

export interface Recipe {
  pulseAS: number;
  purgeAS: number;
  pulseBS: number;
  purgeBS: number;
  temperatureC: number;
}

export interface AldConfig {
  /** The process of a single-process film (one open-ended block); ignored when `sequence` is given. */
  processId: string;
  recipe: Recipe;
  seed: number;
  /** Blocks grown in order (sequence.ts); one recipe serves every block. */
  sequence?: Sequence;
}

/** One block of the film as grown so far, measured on the film (never cycles × GPC). */
export interface GrownLayer {
  /** The block's process, or for a supercycle its runs in brackets, e.g. "(li2s*1,al2s3*4)". */
  process: string;
  /** Completed cycles of the block (a supercycle's sub-cycles count one each). */
  cycles: number;
  /** Film the block added, including a cycle in progress. */
  thicknessNm: number;
  /** For a supercycle: the same per process of the supercycle. */
  parts?: { process: string; cycles: number; thicknessNm: number }[];
}

/** Where the film is in its sequence. */
export interface SequencePosition {
  /** 0-based block of the cycle being grown (or of the next one); the last block once complete. */
  block: number;
  blocks: number;
  /** Completed cycles of that block, and how many it has (Infinity for a single-process film). */
  cycleInBlock: number;
  blockCycles: number;
  /** Every cycle of the sequence is done: stepping adds nothing. */
  complete: boolean;
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
  /** The process the last half-step ran (the first block's at reset): the block on screen. */
  processId: string;
  /** The process of the next half-step; null once the sequence is complete. */
  nextProcessId: string | null;
  sequence: SequencePosition;
  /** Processes of the film in order of first use, and per completed cycle the index of its process. */
  processIds: string[];
  cycleProcess: Uint8Array;
  /** Per entry of processIds: its published saturated GPC (nm) at the recipe's temperature. */
  publishedGpcNm: number[];
  /** One entry per block started, measured on the film; their thicknesses add up to thicknessNm. */
  layers: GrownLayer[];
  /**
   * Atom fractions of the film deposited so far, from each cycle's measured growth and its
   * process's film stoichiometry and density; null while the film has a process without them.
   */
  composition: Record<string, number> | null;
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
  /** RMS roughness (nm) of the film surface: the standard deviation of the per-site heights. */
  roughnessRmsNm: number;
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
  /**
   * Raises the completed-cycle count by n (a cycle in progress counts as one), running the
   * sequence's cycles in order and stopping at its end; returns the last snapshot.
   */
  runCycles(n: number): AldSnapshot;
  saturationCurve(processId: string, recipe: Recipe, pulseTimesS: number[]): SaturationPoint[];
}
