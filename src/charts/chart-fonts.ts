/** Font sizes in px, scaled by the theme's --ip-font-scale (the projector profile enlarges type). */
export interface ChartFonts {
  family: string;
  title: number;
  axisLabel: number;
  tick: number;
  legend: number;
  marker: number;
}

/** System fonts only: nothing to download, and the PNG export renders the same offline. */
const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";

export function chartFonts(host: Element): ChartFonts {
  const raw = Number.parseFloat(getComputedStyle(host).getPropertyValue('--ip-font-scale'));
  const scale = Number.isFinite(raw) && raw > 0 ? raw : 1;
  return {
    family: FAMILY,
    title: Math.round(22 * scale),
    axisLabel: Math.round(18 * scale),
    tick: Math.round(16 * scale),
    legend: Math.round(17 * scale),
    marker: Math.round(16 * scale),
  };
}
