import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aldenvSteadyGpc,
  machballCoverage,
  machballTimeScaleS,
  residualFraction,
  twoStateCycle,
  unreactedFraction,
} from './kinetics.ts';

const tutorial = { pressurePa: 10, siteAreaM2: 2e-19, molarMassGmol: 150, temperatureK: 473, stickingProbability: 1e-2 };

describe('machball saturation law', () => {
  it('machball tutorial (Yanguas-Gil & Elam 2014): Θ(0.02 s) = 0.9809 ± 0.0005', () => {
    expect(Math.abs(machballCoverage(0.02, tutorial) - 0.9809)).toBeLessThan(0.0005);
  });

  it('machball tutorial (Yanguas-Gil & Elam 2014): t0 = 5.05e-5 s ± 1 %', () => {
    expect(Math.abs(machballTimeScaleS(tutorial) / 5.05e-5 - 1)).toBeLessThan(0.01);
  });
});

describe('aldenv steady-state growth per cycle', () => {
  const fastFast = (t1: number, t2: number) => aldenvSteadyGpc(1, unreactedFraction(5, t1), unreactedFraction(4, t2));

  it('aldenv FastFast (aldsim/aldenv): GPC(1 s, 1 s) = 0.9752 ± 0.001', () => {
    expect(Math.abs(fastFast(1, 1) - 0.9752)).toBeLessThan(0.001);
  });

  it('aldenv FastFast (aldsim/aldenv): GPC(0.2 s, 1 s) = 0.6248 ± 0.001', () => {
    expect(Math.abs(fastFast(0.2, 1) - 0.6248)).toBeLessThan(0.001);
  });

  it('aldenv: monotone non-decreasing in either dose and bounded by GPC_sat', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x1, x2, shrink) => {
          const g = aldenvSteadyGpc(1, x1, x2);
          expect(g).toBeLessThanOrEqual(1 + 1e-12);
          expect(aldenvSteadyGpc(1, x1 * shrink, x2)).toBeGreaterThanOrEqual(g - 1e-12);
          expect(aldenvSteadyGpc(1, x1, x2 * shrink)).toBeGreaterThanOrEqual(g - 1e-12);
        },
      ),
    );
  });
});

describe('two-state cycle map', () => {
  const run = (x1: number, x2: number, cycles: number) => {
    let a = 1;
    let growth = 0;
    for (let i = 0; i < cycles; i++) ({ a, growth } = twoStateCycle(a, x1, x2, 1));
    return growth;
  };

  it('aldenv FastFast (aldsim/aldenv): from a = 1 it reaches the steady GPC within 10 cycles (± 0.001)', () => {
    for (const [t1, t2] of [[1, 1], [0.2, 1], [0.2, 0.2]]) {
      const x1 = unreactedFraction(5, t1);
      const x2 = unreactedFraction(4, t2);
      expect(Math.abs(run(x1, x2, 10) - aldenvSteadyGpc(1, x1, x2))).toBeLessThan(0.001);
    }
  });

  it('its fixed point is the aldenv formula for any doses (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.7, noNaN: true }), fc.double({ min: 0, max: 0.7, noNaN: true }), (x1, x2) => {
        // The error shrinks by x1·x2 ≤ 0.49 per cycle, so 10 cycles leave less than 1e-3.
        expect(Math.abs(run(x1, x2, 10) - aldenvSteadyGpc(1, x1, x2))).toBeLessThan(0.001);
      }),
    );
  });
});

describe('purge residual', () => {
  it('decays as exp(−t/τ): falls with purge time and vanishes for t ≫ τ', () => {
    expect(residualFraction(0, 2)).toBe(1);
    expect(residualFraction(2, 2)).toBeCloseTo(Math.exp(-1), 12);
    expect(residualFraction(100, 2)).toBeLessThan(1e-20);
  });
});
