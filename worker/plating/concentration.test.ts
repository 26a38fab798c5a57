import { describe, expect, it } from 'vitest';
import { SaltColumn } from './concentration.ts';
import { FARADAY } from './constants.ts';
import { DEFAULT_ELECTROLYTE, type Electrolyte } from './electrolyte.ts';

/**
 * The salt column against the theory of a finite electrolyte layer (Chazalviel, Phys. Rev. A 1990;
 * Bai, Li, Brushett, Bazant, Energy Environ. Sci. 2016): a symmetric cell of thickness 2L keeps its
 * mid-plane at c₀, as the column's far end at depth L is held, so its limiting current is
 * J_lim = 2Fc₀D/((1 − t₊)·2L). Below it the surface settles at c₀(1 − J/J_lim) and never empties,
 * so there is no Sand's time; above it the surface empties. A 100 µm column puts J_lim
 * (4.7 mA/cm²) inside the lab's current range; the lab's own 5 cm column puts it below
 * 0.1 mA/cm², reached only after weeks.
 */
const THIN: Electrolyte = { ...DEFAULT_ELECTROLYTE, columnDepthM: 100e-6 };
const limitingAm2 = (el: Electrolyte) =>
  (2 * FARADAY * el.concentrationMolM3 * el.diffusivityM2s) / ((1 - el.transferenceLi) * 2 * el.columnDepthM);
/** The layer's diffusion time L²/D, s. */
const diffusionS = (el: Electrolyte) => el.columnDepthM ** 2 / el.diffusivityM2s;

/** Surface concentrations (mol/m3) after each of `steps` equal steps over `totalS` at `jAm2`. */
function surfaceTrace(el: Electrolyte, jAm2: number, totalS: number, steps = 200): number[] {
  const column = new SaltColumn(el);
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    column.advance(totalS / steps, jAm2);
    out.push(column.surfaceMolM3);
  }
  return out;
}

describe('salt column and the limiting current (Chazalviel 1990; Bai et al. 2016)', () => {
  for (const share of [0.5, 0.8]) {
    it(`at ${share} × J_lim of a 100 µm layer the surface settles at c₀(1 − J/J_lim) within 2% of c₀ and never empties: no Sand's time`, () => {
      const trace = surfaceTrace(THIN, share * limitingAm2(THIN), 4 * diffusionS(THIN));
      const c0 = THIN.concentrationMolM3;
      expect(Math.min(...trace)).toBeGreaterThan(0);
      expect(Math.abs(trace.at(-1)! - c0 * (1 - share)) / c0).toBeLessThan(0.02);
    });
  }

  it('at 1.2 × J_lim of the same layer the surface empties within four diffusion times', () => {
    const trace = surfaceTrace(THIN, 1.2 * limitingAm2(THIN), 4 * diffusionS(THIN));
    expect(Math.min(...trace)).toBeLessThanOrEqual(0);
  });
});
