/**
 * Pure domain arithmetic for the charts: data extents that respect log axes, and the
 * zoom/pan steps behind the keyboard zoom buttons. Log axes zoom and pan in log space so
 * a step looks the same size on screen wherever it happens.
 */
export type ScaleType = 'linear' | 'log';
export type Domain = [number, number];

/** Values a scale can place: finite, and positive on a log axis. */
export function isPlottable(value: number, type: ScaleType): boolean {
  return Number.isFinite(value) && (type === 'linear' || value > 0);
}

/** Extent of the plottable values, widened when empty or flat so a scale never collapses. */
export function dataDomain(values: Iterable<number>, type: ScaleType): Domain {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!isPlottable(v, type)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return type === 'log' ? [1, 10] : [0, 1];
  if (min === max) return type === 'log' ? [min / 10, min * 10] : min === 0 ? [-1, 1] : widen(min);
  return [min, max];
}

function widen(v: number): Domain {
  const pad = Math.abs(v) * 0.1;
  return [v - pad, v + pad];
}

const toSpace = (type: ScaleType) => (type === 'log' ? Math.log : (v: number) => v);
const fromSpace = (type: ScaleType) => (type === 'log' ? Math.exp : (v: number) => v);

/**
 * Scales the visible window about its centre (factor < 1 zooms in), then keeps it inside
 * the full domain.
 */
export function zoomDomain(visible: Domain, factor: number, full: Domain, type: ScaleType): Domain {
  const to = toSpace(type);
  const from = fromSpace(type);
  const a = to(visible[0]);
  const b = to(visible[1]);
  const centre = (a + b) / 2;
  const half = ((b - a) / 2) * factor;
  return clampDomain([from(centre - half), from(centre + half)], full, type);
}

/** Shifts the window by a fraction of its width (negative: towards smaller x). */
export function panDomain(visible: Domain, fraction: number, full: Domain, type: ScaleType): Domain {
  const to = toSpace(type);
  const from = fromSpace(type);
  const a = to(visible[0]);
  const b = to(visible[1]);
  const shift = (b - a) * fraction;
  return clampDomain([from(a + shift), from(b + shift)], full, type);
}

/** Fits a window inside the full domain, keeping its width where it fits. */
export function clampDomain(window: Domain, full: Domain, type: ScaleType): Domain {
  const to = toSpace(type);
  const from = fromSpace(type);
  const lo = to(Math.min(full[0], full[1]));
  const hi = to(Math.max(full[0], full[1]));
  let a = to(Math.min(window[0], window[1]));
  let b = to(Math.max(window[0], window[1]));
  if (b - a >= hi - lo) return [from(lo), from(hi)];
  if (a < lo) [a, b] = [lo, b + (lo - a)];
  if (b > hi) [a, b] = [a - (b - hi), hi];
  return [from(a), from(b)];
}

/** True when the window covers (to rounding) the whole domain. */
export function coversDomain(window: Domain, full: Domain): boolean {
  const tolerance = Math.abs(full[1] - full[0]) * 1e-9;
  return window[0] <= full[0] + tolerance && window[1] >= full[1] - tolerance;
}

/** Adds headroom above the maximum (in log space on log axes) so a plateau never sits on the frame. */
export function padDomainTop(domain: Domain, fraction: number, type: ScaleType): Domain {
  const to = toSpace(type);
  const from = fromSpace(type);
  const a = to(domain[0]);
  const b = to(domain[1]);
  return [domain[0], from(b + (b - a) * fraction)];
}

/** Powers of ten inside the domain: the grid lines of a log axis, one per decade. */
export function decadesWithin(domain: Domain): number[] {
  const lo = Math.min(domain[0], domain[1]);
  const hi = Math.max(domain[0], domain[1]);
  if (!(lo > 0)) return [];
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) out.push(10 ** e);
  return out;
}
