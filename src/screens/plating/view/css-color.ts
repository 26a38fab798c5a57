/**
 * Canvas pixel work (ImageData, three.js vertex colours) needs numbers, while the theme
 * gives CSS colour strings. Resolved custom properties arrive as #rgb, #rrggbb or rgb().
 */
export type Rgb = [number, number, number];

export function parseCssColor(text: string): Rgb | null {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])].map((v) => Math.max(0, Math.min(255, Math.round(v)))) as Rgb;
  return null;
}

/** Linear blend of two colours, t in [0, 1] (clamped). */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  const u = Math.max(0, Math.min(1, t));
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * u)) as Rgb;
}

/** Colour along a ramp of stops spaced evenly over [0, 1]. */
export function rampRgb(stops: readonly Rgb[], t: number): Rgb {
  if (stops.length === 0) return [0, 0, 0];
  if (stops.length === 1) return stops[0]!;
  const u = Math.max(0, Math.min(1, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(u));
  return mixRgb(stops[i]!, stops[i + 1]!, u - i);
}

/** Reads a custom property resolved on an element, parsed, or the fallback. */
export function cssVarRgb(element: Element, name: string, fallback: Rgb): Rgb {
  return parseCssColor(getComputedStyle(element).getPropertyValue(name)) ?? fallback;
}

export function rgbText(c: Rgb): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
