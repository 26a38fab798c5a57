/**
 * Contract between the Li plating model (worker) and the Plating lab views.
 * Units are in the names where they are not SI.
 */
import type { SourceRef } from '../ald/types.ts';

/** `cu`, `tio2-<nm>`, `las11-<nm>`, `las14-<nm>`. */
export type SubstrateId = string;

export interface PlatingConfig {
  substrates: SubstrateId[];
  currentMAcm2: number;
  capacityMAhcm2: number;
  seed: number;
}

/** Published value beside a simulated one. */
export interface PublishedValue {
  value: number | string;
  unit: string;
  /** Electrolyte the number was measured in. */
  electrolyte?: string;
  source: SourceRef;
}

export interface PlatingResults {
  nucleationOverpotentialMV: number | null;
  nucleiDensityPerCm2: number;
  meanNucleusDiameterUm: number;
  exposedAreaRatio: number;
  roughnessRel: number;
  maxToMeanHeight: number;
  depositThicknessUm: number;
  sandTimeS: number | null;
  dendriteOnsetS: number | null;
}

/** Per-substrate frame of what the views draw, at one plated capacity. */
export interface PlatingFrame {
  substrateId: SubstrateId;
  capacityMAhcm2: number;
  timeS: number;
  /** Top view: nuclei/islands as circles in µm on a square patch of patchSizeUm. */
  patchSizeUm: number;
  islandXUm: Float32Array;
  islandYUm: Float32Array;
  islandRadiusUm: Float32Array;
  /** Cross-section: deposit height profile (µm) across the patch width, and coating top (µm) or null. */
  sectionHeightUm: Float32Array;
  /** Cross-section lattice (row-major, sectionCols x sectionRows, row 0 at the top), 0 empty, 1 Li, 2 coating, 3 substrate. */
  sectionCells: Uint8Array;
  sectionCols: number;
  sectionRows: number;
  sectionCellUm: number;
  /** 3D: height map (µm), heightMapN x heightMapN over the patch. */
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
  label: string;
  curves: PlatingCurves;
  /** Nucleus (island) diameters at the end, µm, for the histogram. */
  diametersUm: Float32Array;
  results: PlatingResults;
  /** Frames at 0.1, 0.3 and 1 mAh/cm² where the run reaches them. */
  snapshots: PlatingFrame[];
  /** The latest frame. */
  frame: PlatingFrame;
  /** Set when the lattice had to be coarsened to keep the run short. */
  coarsened?: string;
}

export interface PlatingProgress {
  /** 0 to 1 of the set capacity, on every substrate. */
  progress: number;
  done: boolean;
  runs: SubstrateRun[];
}

export interface SubstrateInfo {
  id: SubstrateId;
  label: string;
  /** Model parameters, each flagged as published or a model choice, with sources. */
  parameters: { name: string; value: number | string; unit: string; modelChoice: boolean; source?: SourceRef; why?: string }[];
  published: Partial<Record<keyof PlatingResults, PublishedValue>>;
  /** A caveat shown with the substrate (e.g. where published studies disagree). */
  note?: string;
}

/** The worker's comlink surface. */
export interface PlatingWorkerApi {
  describe(substrate: SubstrateId): SubstrateInfo;
  init(config: PlatingConfig): PlatingProgress;
  /** Advances every substrate by `fraction` of the set capacity (clamped at the end). */
  advance(fraction: number): PlatingProgress;
}
