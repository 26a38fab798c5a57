import { SYSTEM_FONT_FAMILY } from '../common/ui/font-family.ts';

/** Font sizes in px, scaled by the theme's --ip-font-scale (the projector profile enlarges type). */
export interface ChartFonts {
  family: string;
  title: number;
  axisLabel: number;
  tick: number;
  legend: number;
  marker: number;
}


export function chartFonts(host: Element): ChartFonts {
  const raw = Number.parseFloat(getComputedStyle(host).getPropertyValue('--ip-font-scale'));
  const scale = Number.isFinite(raw) && raw > 0 ? raw : 1;
  return {
    family: SYSTEM_FONT_FAMILY,
    title: Math.round(22 * scale),
    axisLabel: Math.round(18 * scale),
    tick: Math.round(16 * scale),
    legend: Math.round(17 * scale),
    marker: Math.round(16 * scale),
  };
}
