import type { ThemeTokens } from '../../../common/theme.ts';
import { srgbByteToLinear } from '../../../common/render/srgb.ts';

/**
 * The reactor scene's colours as hex text, free of three.js: the legend (main thread) and the
 * scene (render worker) read the same table. The scene accepts any object with these theme
 * keys (the app's ThemeTokens fit as they are); atom colours follow from the background's
 * lightness so white hydrogens never vanish on the light projector background.
 */
export type ReactorThemeInput = Pick<ThemeTokens, 'sceneBg' | 'substrate' | 'siteFree' | 'siteReacted' | 'siteBlocked' | 'cvd'>;

/** CPK-like element colours (Jmol family), one table per background lightness. */
export const ATOM_COLORS: Record<'dark' | 'light', Record<string, string>> = {
  dark: {
    H: '#f0f0f0',
    Li: '#cc80ff',
    B: '#ffb5b5',
    C: '#9a9a9a',
    N: '#4a6cff',
    O: '#ff3030',
    F: '#90e050',
    Mg: '#8aff00',
    Al: '#d6b0b0',
    Si: '#f0c8a0',
    P: '#ff8000',
    S: '#ffe030',
    Cl: '#1ff01f',
    Ti: '#c6cbd3',
    Zn: '#8a8dc8',
    Zr: '#94e0e0',
    Sn: '#7f90a8',
    Hf: '#4dc2ff',
    Cu: '#c88033',
  },
  light: {
    H: '#b8bcc2',
    Li: '#9a3fd6',
    B: '#d98080',
    C: '#3c3c3c',
    N: '#2040d0',
    O: '#d40000',
    F: '#4f9a1e',
    Mg: '#4f9a00',
    Al: '#a07070',
    Si: '#b08050',
    P: '#d06000',
    S: '#b09a00',
    Cl: '#129a12',
    Ti: '#7a808a',
    Zn: '#5a5d9a',
    Zr: '#3a9a9a',
    Sn: '#4f607a',
    Hf: '#1a8ac0',
    Cu: '#a0601a',
  },
};

/**
 * Film colours by process, so the layers of a sequence read as materials: oxides in cool
 * greys, hybrid MLD films in ambers, sulfides in the colours of their cations (Li violet, S
 * yellow). A process missing here is drawn in the single-film colour.
 */
export const FILM_COLORS: Record<'dark' | 'light', Record<string, string>> = {
  dark: {
    al2o3: '#8aa4c4',
    tio2: '#e2e4ea',
    'alucone-eg': '#d9a55b',
    'alucone-hq': '#c07a4a',
    nylon66: '#6fb59a',
    li2s: '#a67ad6',
    al2s3: '#d8c050',
  },
  light: {
    al2o3: '#7f96b6',
    tio2: '#b4b8c2',
    'alucone-eg': '#c98a2e',
    'alucone-hq': '#a8602f',
    nylon66: '#3f9a78',
    li2s: '#8a55c0',
    al2s3: '#b8a030',
  },
};

export function filmColorHex(processId: string, lightBackground: boolean): string | null {
  return FILM_COLORS[lightBackground ? 'light' : 'dark'][processId] ?? null;
}

/** Shown for an element missing from the table, loud on purpose so it gets added. */
export const UNKNOWN_ELEMENT_COLOR = '#ff1493';

/** Relative luminance above 0.35, from linear RGB (as three's Color would hold it). */
export function isLightColor(hex: string): boolean {
  const [r, g, b] = hexBytes(hex).map(srgbByteToLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35;
}

export function atomColorHex(el: string, lightBackground: boolean): string {
  return ATOM_COLORS[lightBackground ? 'light' : 'dark'][el] ?? UNKNOWN_ELEMENT_COLOR;
}

/** B-capped sites are reactive again: halfway between "reacted" and "free", for the scene and the legend alike. */
export function siteReactedBHex(input: ReactorThemeInput): string {
  const a = hexBytes(input.siteReacted);
  const b = hexBytes(input.siteFree);
  return `#${a.map((v, i) => Math.round((v + b[i]!) / 2).toString(16).padStart(2, '0')).join('')}`;
}

/** #rrggbb or #rgb as three bytes. */
function hexBytes(hex: string): number[] {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
}
