import { describe, expect, it } from 'vitest';
import { Color } from 'three';
import { COLOR_PROFILES, themeTokens } from '../../../common/theme.ts';
import { ATOM_COLORS, isLightColor, siteReactedBHex } from './reactor-color-table.ts';

describe('reactor colour table', () => {
  it('tells light from dark as three.js colours would', () => {
    const hexes = [...COLOR_PROFILES.map((p) => themeTokens(p).sceneBg), ...Object.values(ATOM_COLORS).flatMap((t) => Object.values(t)), '#777', '#bcbcbc'];
    for (const hex of hexes) {
      const c = new Color(hex);
      expect(isLightColor(hex), hex).toBe(0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b > 0.35);
    }
  });

  it('puts B-capped sites halfway between reacted and free', () => {
    expect(siteReactedBHex({ ...themeTokens('default'), siteReacted: '#000000', siteFree: '#fe02ff' })).toBe('#7f0180');
  });
});
