import { Color } from 'three';
import { atomColorHex, filmColorHex, isLightColor, siteReactedBHex, type ReactorThemeInput } from './reactor-color-table.ts';

/** The scene's palette as three.js colours, resolved from the theme and reactor-color-table.ts, and its ball radii. */

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
  /** A material's colour in a film of several (by process id). */
  film(processId: string): Color;
}

export function atomRadiusA(el: string): number {
  return ATOM_RADII_A[el] ?? DEFAULT_RADIUS_A;
}

export function resolvePalette(input: ReactorThemeInput): ScenePalette {
  const light = isLightColor(input.sceneBg);
  const cache = new Map<string, Color>();
  const films = new Map<string, Color>();
  const filmNew = new Color(light ? '#cfd9e6' : '#8aa4c4');
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
    film(processId: string): Color {
      let color = films.get(processId);
      if (!color) {
        const hex = filmColorHex(processId, light);
        color = hex ? new Color(hex) : filmNew;
        films.set(processId, color);
      }
      return color;
    },
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
