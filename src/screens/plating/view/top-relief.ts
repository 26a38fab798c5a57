/**
 * The deposit's relief as a grey image for the top view: mid-grey where the top surface is
 * level, lighter on peaks and slopes facing the light (upper left), darker in pits and pores,
 * as secondary electrons show an SEM sample's topography. Overlaid on the islands, it leaves
 * a flat film unchanged and shows a mossy one as mossy. Pure: heights in, RGBA out.
 */

/** Relief (µm) that takes the grey most of the way to white or black. */
const RELIEF_UM = 1.5;
/** Height step (µm) between diagonal neighbours that gives a strong light or shadow. */
const SLOPE_UM = 1;

/** RGBA pixels (n x n, row-major like the height map) of the relief of `heightsUm`. */
export function reliefImage(heightsUm: ArrayLike<number>, n: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(n * n * 4);
  const at = (x: number, y: number) => heightsUm[((y + n) % n) * n + ((x + n) % n)]!;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const h = at(x, y);
      // Against the mean of the 5 x 5 columns around (periodic, like the patch).
      let sum = 0;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) sum += at(x + dx, y + dy);
      const relief = h - sum / 25;
      const slope = at(x - 1, y - 1) - at(x + 1, y + 1);
      const grey = h > 0 ? 128 + 100 * Math.tanh(relief / RELIEF_UM) - 40 * Math.tanh(slope / SLOPE_UM) : 128;
      const o = (y * n + x) * 4;
      out[o] = out[o + 1] = out[o + 2] = grey;
      out[o + 3] = 255;
    }
  }
  return out;
}
