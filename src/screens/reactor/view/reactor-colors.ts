import { Color } from 'three';
import type { ThemeTokens } from '../../../common/theme.ts';

/**
 * Colours of the reactor scene. The scene accepts any object with these keys (the app's
 * ThemeTokens fit as they are); atom and film colours follow from the background's lightness
 * so white hydrogens never vanish on the light projector background.
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

/** Shown for an element missing from the table, loud on purpose so it gets added. */
export const UNKNOWN_ELEMENT_COLOR = '#ff1493';

/** Ball radii (Å) for ball-and-stick: about a third of the van der Waals radius. */
export const ATOM_RADII_A: Record<string, number> = {
  H: 0.34,
  Li: 0.6,
  B: 0.52,
  C: 0.56,
  N: 0.54,
  O: 0.53,
  F: 0.5,
  Mg: 0.62,
  Al: 0.66,
  Si: 0.66,
  P: 0.62,
  S: 0.62,
  Cl: 0.6,
  Ti: 0.68,
  Zn: 0.64,
  Zr: 0.7,
  Sn: 0.7,
  Hf: 0.7,
  Cu: 0.64,
};
const DEFAULT_RADIUS_A = 0.6;

/** The resolved palette the frame builder reads, in three's working colour space. */
export interface ScenePalette {
  background: Color;
  substrate: Color;
  siteFree: Color;
  siteReactedA: Color;
  siteReactedB: Color;
  siteBlocked: Color;
  cvd: Color;
  bond: Color;
  filmOld: Color;
  filmNew: Color;
  lightBackground: boolean;
  atom(el: string): Color;
}

export function isLightColor(hex: string): boolean {
  const c = new Color(hex);
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 0.35;
}

export function atomColorHex(el: string, lightBackground: boolean): string {
  return ATOM_COLORS[lightBackground ? 'light' : 'dark'][el] ?? UNKNOWN_ELEMENT_COLOR;
}

export function atomRadiusA(el: string): number {
  return ATOM_RADII_A[el] ?? DEFAULT_RADIUS_A;
}

/** B-capped sites are reactive again: halfway between "reacted" and "free", for the scene and the legend alike. */
export function siteReactedBHex(input: ReactorThemeInput): string {
  const pa = Number.parseInt(input.siteReacted.slice(1), 16);
  const pb = Number.parseInt(input.siteFree.slice(1), 16);
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const channel = Math.round((((pa >> shift) & 255) + ((pb >> shift) & 255)) / 2);
    out |= channel << shift;
  }
  return `#${out.toString(16).padStart(6, '0')}`;
}

export function resolvePalette(input: ReactorThemeInput): ScenePalette {
  const light = isLightColor(input.sceneBg);
  const cache = new Map<string, Color>();
  return {
    background: new Color(input.sceneBg),
    substrate: new Color(input.substrate),
    siteFree: new Color(input.siteFree),
    siteReactedA: new Color(input.siteReacted),
    siteReactedB: new Color(siteReactedBHex(input)),
    siteBlocked: new Color(input.siteBlocked),
    cvd: new Color(input.cvd),
    bond: new Color(light ? '#8a9099' : '#b8bec6'),
    // Older layers dim toward the substrate; the newest layer is the brightest band.
    filmOld: new Color(light ? '#8f9fb3' : '#3d4f66'),
    filmNew: new Color(light ? '#cfd9e6' : '#8aa4c4'),
    lightBackground: light,
    atom(el: string): Color {
      let color = cache.get(el);
      if (!color) {
        color = new Color(atomColorHex(el, light));
        cache.set(el, color);
      }
      return color;
    },
  };
}
