/**
 * Colour profiles. Every colour of the app goes through these tokens: CSS reads them as
 * custom properties (--ip-*), the 3D scene and the charts read the same values.
 */
export type ColorProfile = 'default' | 'projector';
export const COLOR_PROFILES: readonly ColorProfile[] = ['default', 'projector'];

export interface ThemeTokens {
  bg: string;
  panel: string;
  fg: string;
  muted: string;
  border: string;
  grid: string;
  accent: string;
  accentFg: string;
  warn: string;
  warnBg: string;
  focus: string;
  series: [string, string, string, string, string, string];
  sceneBg: string;
  substrate: string;
  siteFree: string;
  siteReacted: string;
  siteBlocked: string;
  cvd: string;
  /** Dead Li in the Plating lab's cross-sections. */
  deadLi: string;
  /** Plating 3D height map, low to high. */
  height: [string, string, string];
  fontScale: number;
}

const PROFILES: Record<ColorProfile, ThemeTokens> = {
  default: {
    bg: '#10151c',
    panel: '#19212b',
    fg: '#eef2f6',
    muted: '#b4c0cc',
    border: '#3a4756',
    grid: '#34404d',
    accent: '#5cb8ff',
    accentFg: '#06121d',
    warn: '#ffcf5c',
    warnBg: '#3d3115',
    focus: '#ffd84d',
    series: ['#5cb8ff', '#ff9f43', '#7bd88f', '#e879f9', '#f87171', '#facc15'],
    sceneBg: '#0d1218',
    substrate: '#b87333',
    siteFree: '#42d392',
    siteReacted: '#5cb8ff',
    siteBlocked: '#f87171',
    cvd: '#facc15',
    deadLi: '#f87171',
    height: ['#34506e', '#7fa8d1', '#f2f6fa'],
    fontScale: 1,
  },
  projector: {
    bg: '#ffffff',
    panel: '#f2f4f7',
    fg: '#0b0f14',
    muted: '#2f3a46',
    border: '#5b6672',
    grid: '#c9d0d8',
    accent: '#0b4f9c',
    accentFg: '#ffffff',
    warn: '#7a4a00',
    warnBg: '#fff1cc',
    focus: '#c2410c',
    series: ['#0b4f9c', '#c2410c', '#15803d', '#86198f', '#b91c1c', '#6b5b00'],
    sceneBg: '#f4f6f9',
    substrate: '#9a5b22',
    siteFree: '#15803d',
    siteReacted: '#0b4f9c',
    siteBlocked: '#b91c1c',
    cvd: '#a16207',
    deadLi: '#b91c1c',
    height: ['#c9dcef', '#5b8cc0', '#0b3c75'],
    fontScale: 1.2,
  },
};

export function themeTokens(profile: ColorProfile): ThemeTokens {
  return PROFILES[profile];
}

/** Writes a profile's tokens as CSS custom properties on an element (normally <html>). */
export function applyTheme(root: HTMLElement, profile: ColorProfile): void {
  const t = PROFILES[profile];
  const vars: Record<string, string> = {
    '--ip-bg': t.bg,
    '--ip-panel': t.panel,
    '--ip-fg': t.fg,
    '--ip-muted': t.muted,
    '--ip-border': t.border,
    '--ip-grid': t.grid,
    '--ip-accent': t.accent,
    '--ip-accent-fg': t.accentFg,
    '--ip-warn': t.warn,
    '--ip-warn-bg': t.warnBg,
    '--ip-focus': t.focus,
    '--ip-font-scale': String(t.fontScale),
    '--ip-site-free': t.siteFree,
    '--ip-site-reacted': t.siteReacted,
    '--ip-site-blocked': t.siteBlocked,
    '--ip-cvd': t.cvd,
    '--ip-dead-li': t.deadLi,
    '--ip-scene-bg': t.sceneBg,
  };
  t.height.forEach((c, i) => (vars[`--ip-height-${i + 1}`] = c));
  t.series.forEach((c, i) => (vars[`--ip-series-${i + 1}`] = c));
  for (const [k, v] of Object.entries(vars)) root.style.setProperty(k, v);
  root.dataset.profile = profile;
  root.style.colorScheme = profile === 'projector' ? 'light' : 'dark';
}
