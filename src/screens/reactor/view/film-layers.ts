import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import type { AldSnapshot } from '../../../../worker/ald/types.ts';
import type { InstanceBuffer } from './instance-buffer.ts';
import type { ScenePalette } from './reactor-colors.ts';
import { MAX_FILM_BANDS, SITE_SPACING_A, siteX, siteY } from './scene-layout.ts';

/**
 * Earlier layers as one instanced slab: per site a stack of boxes whose boundaries follow
 * the mean thickness after each cycle, scaled to that site's own height (so roughness and
 * CVD bumps show). Many cycles are grouped into at most MAX_FILM_BANDS bands.
 */

const bounds = new Float32Array(MAX_FILM_BANDS + 1);
const matrix = new Matrix4();
const noRotation = new Quaternion();
const position = new Vector3();
const size = new Vector3();

/** Cycle index (into the thickness history) where each band starts; the last entry is the end. */
const cuts = new Int32Array(MAX_FILM_BANDS + 1);

/** Process index of cycle k of the film (a cycle in progress runs the snapshot's process). */
function processOfCycle(snapshot: AldSnapshot, k: number): number {
  if (k < snapshot.cycleProcess.length) return snapshot.cycleProcess[k]!;
  return Math.max(0, snapshot.processIds.indexOf(snapshot.processId));
}

/**
 * Fills `out` with band edges (nm) from the thickness history and `cuts` with the cycles they
 * start at; returns the band count. A film of one material is split evenly by cycles; a film of
 * several gets one band per block of a material while they fit, so each band is one material.
 */
export function filmBandEdges(snapshot: AldSnapshot, out: Float32Array = bounds): number {
  const history = snapshot.thicknessHistoryNm;
  const cycles = Math.min(snapshot.cycle, history.length - 1);
  // Edges: 0, after cycle 1..cycles, then the current thickness if a cycle is under way.
  const last = history[cycles] ?? 0;
  const partial = snapshot.thicknessNm > last + 1e-6 ? 1 : 0;
  const total = cycles + partial;
  if (total <= 0 || snapshot.thicknessNm <= 0) return 0;
  const edgeAt = (k: number): number => (k <= cycles ? history[k] : snapshot.thicknessNm);
  const max = out.length - 1;
  let runs = 0;
  if (snapshot.processIds.length > 1) {
    // Material boundaries, if there are few enough of them to draw.
    cuts[0] = 0;
    for (let k = 1; k < total && runs <= max; k++) {
      if (processOfCycle(snapshot, k) !== processOfCycle(snapshot, k - 1)) cuts[++runs] = k;
    }
    runs++;
  }
  if (runs > 1 && runs <= max) {
    cuts[runs] = total;
    for (let k = 0; k <= runs; k++) out[k] = edgeAt(cuts[k]!);
    return runs;
  }
  const bands = Math.min(total, max);
  for (let k = 0; k <= bands; k++) {
    cuts[k] = Math.round((k * total) / bands);
    out[k] = edgeAt(cuts[k]!);
  }
  return bands;
}

export function writeFilm(
  snapshot: AldSnapshot,
  displayHeightsA: Float32Array,
  palette: ScenePalette,
  out: InstanceBuffer,
): void {
  const bands = filmBandEdges(snapshot);
  if (bands === 0) return;
  const total = bounds[bands];
  const layered = snapshot.processIds.length > 1;
  for (let k = 0; k < bands; k++) {
    if (layered) materialColor(snapshot, k, palette, bandColors[k]!);
    else bandColor(k, bands, palette, bandColors[k]!);
  }
  for (let j = 0; j < snapshot.sizeY; j++) {
    for (let i = 0; i < snapshot.sizeX; i++) {
      const heightA = displayHeightsA[j * snapshot.sizeX + i];
      if (heightA <= 0) continue;
      const perNm = heightA / total;
      for (let k = 0; k < bands; k++) {
        const bottom = bounds[k] * perNm;
        const top = bounds[k + 1] * perNm;
        if (top - bottom < 1e-3) continue;
        position.set(siteX(i, snapshot.sizeX), siteY(j, snapshot.sizeY), (bottom + top) / 2);
        matrix.compose(position, noRotation, size.set(SITE_SPACING_A, SITE_SPACING_A, top - bottom));
        out.push(matrix, bandColors[k]!);
      }
    }
  }
}

const bandColors = Array.from({ length: MAX_FILM_BANDS }, () => new Color());
const mix = new Color();

/** One material: older layers dim toward the substrate, with alternate shades so layers read apart. */
function bandColor(k: number, bands: number, palette: ScenePalette, target: Color): void {
  target.copy(palette.filmOld).lerp(palette.filmNew, bands > 1 ? k / (bands - 1) : 1);
  if (k % 2 === 1) target.multiplyScalar(0.82);
}

/** Several materials: each band in its material's colour, a band of mixed cycles (a supercycle) in their blend by thickness. */
function materialColor(snapshot: AldSnapshot, k: number, palette: ScenePalette, target: Color): void {
  const history = snapshot.thicknessHistoryNm;
  target.setRGB(0, 0, 0);
  let weight = 0;
  for (let c = cuts[k]!; c < cuts[k + 1]!; c++) {
    const top = c + 1 < history.length ? history[c + 1]! : snapshot.thicknessNm;
    const w = Math.max(1e-9, top - (history[c] ?? 0));
    mix.copy(palette.film(snapshot.processIds[processOfCycle(snapshot, c)]!)).multiplyScalar(w);
    target.add(mix);
    weight += w;
  }
  if (weight > 0) target.multiplyScalar(1 / weight);
}
