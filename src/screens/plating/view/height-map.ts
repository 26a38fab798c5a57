/** Pure helpers for the 3D height map: grid size, vertical exaggeration, colour by height. */

export const MAX_GRID = 128;

export interface HeightGrid {
  heightsUm: Float32Array;
  n: number;
}

/** Takes every k-th sample (k the smallest that gives at most maxN per side); keeps both edges' spacing even. */
export function downsampleHeightMap(heightsUm: ArrayLike<number>, n: number, maxN = MAX_GRID): HeightGrid {
  if (n <= maxN) return { heightsUm: Float32Array.from(heightsUm), n };
  const stride = Math.ceil((n - 1) / (maxN - 1));
  const m = Math.floor((n - 1) / stride) + 1;
  const out = new Float32Array(m * m);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < m; c++) out[r * m + c] = heightsUm[r * stride * n + c * stride]!;
  }
  return { heightsUm: out, n: m };
}

/**
 * A round vertical exaggeration (1, 2, 5, 10, 20, 50…) so the tallest point rises to at most
 * about targetFraction of the patch width; 1 when the deposit is already that tall.
 */
export function heightExaggeration(patchUm: number, maxHeightUm: number, targetFraction = 0.25): number {
  if (!(maxHeightUm > 0) || !(patchUm > 0)) return 1;
  const wanted = (patchUm * targetFraction) / maxHeightUm;
  if (wanted <= 1) return 1;
  const decade = 10 ** Math.floor(Math.log10(wanted));
  for (const s of [5, 2, 1]) if (s * decade <= wanted) return s * decade;
  return 1;
}

export function maxOf(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}
