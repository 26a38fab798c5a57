/**
 * Contract between the Li plating model (worker) and the Plating lab views.
 * Units are in the names where they are not SI.
 */
import type { SourceRef } from '../ald/types.ts';
import type { MessageRef } from '../common/message-ref.ts';

export type SubstrateKind = 'cu' | 'tio2' | 'las11' | 'las14';

/** `cu`, `tio2-<nm>`, `las11-<nm>`, `las14-<nm>`; parseSubstrateId (substrate-id.ts) checks the range. */
export type SubstrateId = 'cu' | `${Exclude<SubstrateKind, 'cu'>}-${number}`;

/** Plated capacities (mAh/cm²) the worker keeps a frame of: those of Oyakhire et al.'s SEM series. */
export const SNAPSHOT_CAPACITIES_MAHCM2 = [0.1, 0.3, 1] as const;

export interface PlatingConfig {
  substrates: SubstrateId[];
  currentMAcm2: number;
  capacityMAhcm2: number;
  seed: number;
  /** Plate–strip cycles, 0 to PLATING_LIMITS.platingCycles.max (absent or 0: plate only). */
  platingCycles?: number;
}

/** Published value beside a simulated one: a number, or words where the paper gives no number. */
export interface PublishedValue {
  value: number | MessageRef;
  unit: string;
  /** Electrolyte the number was measured in. */
  electrolyte?: MessageRef;
  source: SourceRef;
}

export interface PlatingResults {
  /** Depth of the potential dip below the growth plateau, mV. */
  nucleationOverpotentialMV: number | null;
  /** The growth plateau the overpotential is measured from, mV vs Li/Li+ (negative while plating). */
  plateauPotentialMV: number | null;
  nucleiDensityPerCm2: number;
  /** Nuclei on the simulated patch, the sample the density is counted from. */
  nucleiCounted: number;
  meanNucleusDiameterUm: number;
  exposedAreaRatio: number;
  roughnessRel: number;
  maxToMeanHeight: number;
  /** Dense-equivalent thickness of the Li metal: depositHeightUm × (1 − porosity). */
  depositThicknessUm: number;
  /** Mean height of the deposit's top surface (each column's highest Li cell). */
  depositHeightUm: number;
  /** Void share (0–1) of the deposit below its top surface, measured on the lattice. */
  porosity: number;
  sandTimeS: number | null;
  dendriteOnsetS: number | null;
  /** Stripped over plated charge of each completed cycle (0–1); empty in a plating-only run. */
  coulombicEfficiency: number[];
  /** Li left cut off from the electrode by stripping, mAh/cm² (total). */
  deadLiMAhcm2: number;
  /** Li bound in the interphase (SEI, and the first cycle's pre-nucleation charge), mAh/cm² (total). */
  seiLossMAhcm2: number;
}

/** What a cross-section cell holds. */
export const SectionCell = { Empty: 0, Li: 1, Coating: 2, Substrate: 3, DeadLi: 4 } as const;
export type SectionCell = (typeof SectionCell)[keyof typeof SectionCell];

/** Per-substrate frame of what the views draw, at one plated capacity. */
export interface PlatingFrame {
  substrateId: SubstrateId;
  /** Plated capacity of the frame (0 for a frame after stripping). */
  capacityMAhcm2: number;
  /** Set on a frame taken when the stripping of this cycle (1-based) ended. */
  stripCycle?: number;
  timeS: number;
  /**
   * Top view: nuclei/islands as circles in µm on a square patch of patchSizeUm: the lattice's
   * side or a power of two wider on a sparse substrate, with the lattice in its corner from (0, 0).
   */
  patchSizeUm: number;
  islandXUm: Float32Array;
  islandYUm: Float32Array;
  islandRadiusUm: Float32Array;
  /** Share 0–1 of the patch the island discs cover, overlaps once (island-coverage.ts). */
  islandCoverage: number;
  /**
   * Cross-sections: SECTION_SLICES slices across the patch (section-slice.ts), at sectionYUm (µm).
   * sectionHeightUm holds each slice's column-top heights (µm), slice after slice.
   */
  sectionYUm: Float32Array;
  sectionHeightUm: Float32Array;
  /**
   * Each slice as a lattice of SectionCell codes, row-major, sectionCols x sectionRows, slice
   * after slice. Row 0 is the top (electrolyte side), the last row is the Cu substrate: the order
   * a picture is drawn in. Empty cells below a column's top are voids in the deposit.
   */
  sectionCells: Uint8Array;
  sectionCols: number;
  sectionRows: number;
  sectionCellUm: number;
  /** Side of the lattice the deposit grows on, µm: the cross-sections' width and the height map's extent. */
  latticeSizeUm: number;
  /** Top surface: each lattice column's height (µm), heightMapN x heightMapN over the lattice, row y after row y. */
  heightMapUm: Float32Array;
  heightMapN: number;
}

/** A curve sampled over the run. */
export interface PlatingCurves {
  capacityMAhcm2: Float32Array;
  timeS: Float32Array;
  potentialV: Float32Array;
  exposedAreaRatio: Float32Array;
}

export interface SubstrateRun {
  substrateId: SubstrateId;
  label: MessageRef;
  curves: PlatingCurves;
  /** Nucleus (island) diameters at the end, µm, for the histogram. */
  diametersUm: Float32Array;
  results: PlatingResults;
  /** Frames at SNAPSHOT_CAPACITIES_MAHCM2 where the run reaches them, then after the first and the last strip. */
  snapshots: PlatingFrame[];
  /** Inactive Li after each completed cycle, mAh/cm² (running totals; results hold the latest). */
  cycleLog: { deadLiMAhcm2: number[]; seiLossMAhcm2: number[] };
  /** The latest frame. */
  frame: PlatingFrame;
  /** Set when the lattice had to be coarsened to keep the run short. */
  coarsened?: MessageRef;
}

export interface PlatingProgress {
  /** 0 to 1 of the set capacity, on every substrate. */
  progress: number;
  done: boolean;
  runs: SubstrateRun[];
}

/** One model parameter, flagged as published or a model choice, with its source or the reason for the choice. */
export interface SubstrateParameter {
  name: MessageRef;
  /** A number in `unit`, or words (an electrolyte's name, a pair of values). */
  value: number | MessageRef;
  unit: string;
  modelChoice: boolean;
  source?: SourceRef;
  why?: MessageRef;
}

export interface SubstrateInfo {
  id: SubstrateId;
  label: MessageRef;
  parameters: SubstrateParameter[];
  published: Partial<Record<keyof PlatingResults, PublishedValue>>;
  /** A caveat shown with the substrate (e.g. where published studies disagree). */
  note?: MessageRef;
}

/** The worker's comlink surface. */
export interface PlatingWorkerApi {
  describe(substrate: SubstrateId): SubstrateInfo;
  init(config: PlatingConfig): PlatingProgress;
  /** Advances every substrate by `fraction` of the set capacity (clamped at the end). */
  advance(fraction: number): PlatingProgress;
}
