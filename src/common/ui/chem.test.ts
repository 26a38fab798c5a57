import { describe, expect, it } from 'vitest';
import { chemParts } from './chem.ts';

const render = (text: string) => chemParts(text).map((p) => (p.sub ? `_${p.text}` : p.text)).join('');

describe('chemical text', () => {
  it('subscripts counts after elements and brackets', () => {
    expect(render('Al(CH3)3')).toBe('Al(CH_3)_3');
    expect(render('ClCO(CH2)4COCl')).toBe('ClCO(CH_2)_4COCl');
  });
  it('keeps coefficients and the arrow readable', () => {
    expect(render('|-O-Al(CH3)2 + 2 H2O -> |-O-Al(OH)2 + 2 CH4')).toBe('|-O-Al(CH_3)_2 + 2 H_2O → |-O-Al(OH)_2 + 2 CH_4');
  });
});
