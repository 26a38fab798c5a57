/**
 * Chart colours as CSS var() references, so the app's theme (src/common/theme.ts writes
 * --ip-* on the root) drives them and a profile switch restyles the chart without a
 * redraw. Fallbacks are the default (dark) profile.
 */
export const chartColors = {
  fg: 'var(--ip-fg, #eef2f6)',
  bg: 'var(--ip-bg, #10151c)',
  grid: 'var(--ip-grid, #34404d)',
  accent: 'var(--ip-accent, #5cb8ff)',
} as const;

const SERIES_FALLBACKS = ['#5cb8ff', '#ff9f43', '#7bd88f', '#e879f9', '#f87171', '#facc15'] as const;
export const SERIES_COLOR_COUNT = SERIES_FALLBACKS.length;

/** colorIndex is 0-based and wraps: 0 -> --ip-series-1. */
export function seriesColor(colorIndex: number): string {
  const i = ((Math.round(colorIndex) % SERIES_COLOR_COUNT) + SERIES_COLOR_COUNT) % SERIES_COLOR_COUNT;
  return `var(--ip-series-${i + 1}, ${SERIES_FALLBACKS[i]})`;
}

/** Shared stroke sizes (px): thick enough to read from the back of a lecture hall. */
export const LINE_WIDTH = 3.5;
export const DASH_PATTERN = '12 8';
