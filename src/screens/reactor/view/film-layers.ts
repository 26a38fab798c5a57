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
const color = new Color();

/** Fills `bounds` with band edges (nm) from the thickness history; returns the band count. */
export function filmBandEdges(snapshot: AldSnapshot, out: Float32Array = bounds): number {
  const history = snapshot.thicknessHistoryNm;
  const cycles = Math.min(snapshot.cycle, history.length - 1);
  // Edges: 0, after cycle 1..cycles, then the current thickness if a cycle is under way.
  const last = history[cycles] ?? 0;
  const partial = snapshot.thicknessNm > last + 1e-6 ? 1 : 0;
  const total = cycles + partial;
  if (total <= 0 || snapshot.thicknessNm <= 0) return 0;
  const edgeAt = (k: number): number => (k <= cycles ? history[k] : snapshot.thicknessNm);
  const bands = Math.min(total, out.length - 1);
  for (let k = 0; k <= bands; k++) out[k] = edgeAt(Math.round((k * total) / bands));
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
        bandColor(k, bands, palette);
        out.push(matrix, color);
      }
    }
  }
}

function bandColor(k: number, bands: number, palette: ScenePalette): void {
  color.copy(palette.filmOld).lerp(palette.filmNew, bands > 1 ? k / (bands - 1) : 1);
  // Alternate shade so neighbouring bands read as separate layers.
  if (k % 2 === 1) color.multiplyScalar(0.82);
}
