import { SiteState, type ProcessDefinition } from '../../../../worker/ald/types.ts';
import { processMolecules } from '../../../../worker/ald/process-words.ts';
import { t } from '../../../i18n/i18n.ts';
import { elementName } from '../process-text.ts';
import { atomColorHex, isLightColor, siteReactedBHex, type ReactorThemeInput } from './reactor-color-table.ts';

/**
 * Data for the screen's DOM legend; the scene draws with the same colours and shapes. Words
 * are in the locale on screen when called, so call it at render time.
 */

export interface ElementLegendEntry {
  el: string;
  name: string;
  color: string;
}

/** Elements of every molecule of a process, in first-seen order. */
export function elementLegend(def: ProcessDefinition, theme: ReactorThemeInput): ElementLegendEntry[] {
  const light = isLightColor(theme.sceneBg);
  const seen = new Set<string>();
  const entries: ElementLegendEntry[] = [];
  for (const molecule of processMolecules(def)) {
    for (const atom of molecule.atoms) {
      if (seen.has(atom.el)) continue;
      seen.add(atom.el);
      entries.push({ el: atom.el, name: elementName(atom.el), color: atomColorHex(atom.el, light) });
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
      label: t('reactor.legend.free'),
      description: t('reactor.legend.freeHint'),
      shape: 'large-disc',
      color: theme.siteFree,
    },
    {
      state: SiteState.ReactedA,
      label: t('reactor.legend.reactedA'),
      description: t('reactor.legend.reactedAHint'),
      shape: 'small-disc',
      color: theme.siteReacted,
    },
    {
      state: SiteState.ReactedB,
      label: t('reactor.legend.reactedB'),
      description: t('reactor.legend.reactedBHint'),
      shape: 'small-disc',
      color: siteReactedBHex(theme),
    },
    {
      state: SiteState.Blocked,
      label: t('reactor.legend.blocked'),
      description: t('reactor.legend.blockedHint'),
      shape: 'square-tile',
      color: theme.siteBlocked,
    },
  ];
}

/** CVD clumps, for the same legend. */
export function cvdLegend(): { label: string; description: string } {
  return { label: t('reactor.legend.cvd'), description: t('reactor.legend.cvdHint') };
}
