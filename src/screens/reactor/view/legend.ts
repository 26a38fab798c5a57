import { SiteState, type MoleculeSpec, type ProcessDefinition } from '../../../../worker/ald/types.ts';
import { atomColorHex, isLightColor, type ReactorThemeInput } from './reactor-colors.ts';

/** Data for the screen's DOM legend; the scene draws with the same colours and shapes. */

export const ELEMENT_NAMES: Record<string, string> = {
  H: 'hydrogen',
  Li: 'lithium',
  B: 'boron',
  C: 'carbon',
  N: 'nitrogen',
  O: 'oxygen',
  F: 'fluorine',
  Mg: 'magnesium',
  Al: 'aluminium',
  Si: 'silicon',
  P: 'phosphorus',
  S: 'sulfur',
  Cl: 'chlorine',
  Ti: 'titanium',
  Zn: 'zinc',
  Zr: 'zirconium',
  Sn: 'tin',
  Hf: 'hafnium',
  Cu: 'copper',
};

export interface ElementLegendEntry {
  el: string;
  name: string;
  color: string;
}

/** Elements of every molecule of a process, in first-seen order. */
export function elementLegend(def: ProcessDefinition, theme: ReactorThemeInput): ElementLegendEntry[] {
  const light = isLightColor(theme.sceneBg);
  const molecules: MoleculeSpec[] = [def.precursorA, def.precursorB, def.byproduct, def.fragmentA, def.fragmentB];
  const seen = new Set<string>();
  const entries: ElementLegendEntry[] = [];
  for (const molecule of molecules) {
    for (const atom of molecule.atoms) {
      if (seen.has(atom.el)) continue;
      seen.add(atom.el);
      entries.push({ el: atom.el, name: ELEMENT_NAMES[atom.el] ?? atom.el, color: atomColorHex(atom.el, light) });
    }
  }
  return entries;
}

export type SiteMarkerShape = 'large-disc' | 'small-disc' | 'square-tile';

export interface SiteLegendEntry {
  state: SiteState;
  label: string;
  description: string;
  /** Shape as drawn in 3D, so the legend can repeat it (colour alone is not enough). */
  shape: SiteMarkerShape;
  color: string;
}

export function siteLegend(theme: ReactorThemeInput): SiteLegendEntry[] {
  return [
    {
      state: SiteState.FreeA,
      label: 'Reactive site',
      description: 'Free surface group, ready for precursor A.',
      shape: 'large-disc',
      color: theme.siteFree,
    },
    {
      state: SiteState.ReactedA,
      label: 'Reacted with A',
      description: 'Holds fragment A; waits for precursor B.',
      shape: 'small-disc',
      color: theme.siteReacted,
    },
    {
      state: SiteState.ReactedB,
      label: 'Reacted with B',
      description: 'Capped by B; reactive to A in the next cycle.',
      shape: 'small-disc',
      color: mixHex(theme.siteReacted, theme.siteFree),
    },
    {
      state: SiteState.Blocked,
      label: 'Blocked site',
      description: "Hidden under a neighbour's ligands (steric hindrance).",
      shape: 'square-tile',
      color: theme.siteBlocked,
    },
  ];
}

/** CVD clumps and film bands, for the same legend. */
export const EXTRA_LEGEND = {
  cvd: { label: 'CVD deposit', description: 'Uncontrolled growth from precursor left in the gas.' },
  film: { label: 'Earlier layers', description: 'One band per cycle (grouped when there are many), newest on top.' },
} as const;

function mixHex(a: string, b: string): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const channel = Math.round((((pa >> shift) & 255) + ((pb >> shift) & 255)) / 2);
    out |= channel << shift;
  }
  return `#${out.toString(16).padStart(6, '0')}`;
}
