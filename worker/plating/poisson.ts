import type { Rng } from '../common/rng.ts';

/** Poisson draw: Knuth for small means, a rounded normal (Box–Muller) for large ones. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const l = Math.exp(-mean);
    let k = 0;
    let p = rng();
    while (p > l) { k++; p *= rng(); }
    return k;
  }
  const u = Math.max(rng(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
}
