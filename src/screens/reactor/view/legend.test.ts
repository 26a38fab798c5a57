import { describe, expect, it } from 'vitest';
import { PROCESSES } from '../../../../worker/ald/processes.ts';
import { SiteState } from '../../../../worker/ald/types.ts';
import { ATOM_COLORS, ATOM_RADII_A } from './reactor-colors.ts';
import { ELEMENT_NAMES, elementLegend, siteLegend } from './legend.ts';
import { themeTokens } from '../../../common/theme.ts';

const THEME = themeTokens('default');

describe('atom colour table', () => {
  it('has a colour (both backgrounds), a radius and a name for every element in worker/ald/processes', () => {
    expect(PROCESSES.length).toBeGreaterThan(0);
    for (const def of PROCESSES) {
      for (const entry of elementLegend(def, THEME)) {
        expect(ATOM_COLORS.dark[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
        expect(ATOM_COLORS.light[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
        expect(ATOM_RADII_A[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
        expect(ELEMENT_NAMES[entry.el], `${def.id}: ${entry.el}`).toBeDefined();
      }
    }
  });

  it('lists each element of a process once', () => {
    for (const def of PROCESSES) {
      const els = elementLegend(def, THEME).map((e) => e.el);
      expect(new Set(els).size).toBe(els.length);
    }
  });
});

describe('site legend', () => {
  it('covers every SiteState, and free and blocked differ in shape as well as colour', () => {
    const entries = siteLegend(THEME);
    expect(entries.map((e) => e.state).sort()).toEqual(Object.values(SiteState).sort());
    const shape = (s: SiteState) => entries.find((e) => e.state === s)!.shape;
    expect(shape(SiteState.FreeA)).not.toBe(shape(SiteState.Blocked));
    expect(shape(SiteState.FreeA)).not.toBe(shape(SiteState.ReactedA));
  });
});
