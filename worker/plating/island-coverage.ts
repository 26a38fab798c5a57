import { periodicShifts } from './periodic.ts';

/**
 * Fraction of the (periodic) patch the island discs of a frame cover, measured on a raster so
 * overlaps count once: what the top view shows, for its description. Computed here, beside the
 * frame, so the page does not rasterise every island to word one sentence.
 */
export function coveredFraction(
  xUm: ArrayLike<number>,
  yUm: ArrayLike<number>,
  radiusUm: ArrayLike<number>,
  patchUm: number,
  gridN = 200,
): number {
  if (!(patchUm > 0)) return 0;
  const covered = new Uint8Array(gridN * gridN);
  const cell = patchUm / gridN;
  const discs: [number, number, number][] = [];
  for (let i = 0; i < xUm.length; i++) {
    for (const [dx, dy] of periodicShifts(xUm[i]!, yUm[i]!, radiusUm[i]!, patchUm)) discs.push([xUm[i]! + dx, yUm[i]! + dy, radiusUm[i]!]);
  }
  for (const [x, y, r] of discs) {
    const c0 = Math.max(0, Math.floor((x - r) / cell));
    const c1 = Math.min(gridN - 1, Math.floor((x + r) / cell));
    const r0 = Math.max(0, Math.floor((y - r) / cell));
    const r1 = Math.min(gridN - 1, Math.floor((y + r) / cell));
    for (let row = r0; row <= r1; row++) {
      const dy = (row + 0.5) * cell - y;
      for (let col = c0; col <= c1; col++) {
        const dx = (col + 0.5) * cell - x;
        if (dx * dx + dy * dy <= r * r) covered[row * gridN + col] = 1;
      }
    }
  }
  let n = 0;
  for (const v of covered) n += v;
  return n / covered.length;
}
