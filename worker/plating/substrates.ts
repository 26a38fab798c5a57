import { FARADAY } from './constants.ts';
import type { NucleationParams } from './nucleation.ts';
import type { ParsedSubstrate } from './substrate-id.ts';

/** How the deposit grows on the lattice for one substrate. */
export interface MorphologyParams {
  /** Li may spread onto bare neighbouring substrate (lithiophilic surface). */
  wetting: boolean;
  /** Surface relaxation length before Sand's time, µm. */
  relaxLengthUm: number;
  /** Li plates beneath a solid coating: each quantum settles at the lowest spot within this distance, µm (0: no coating on top). */
  underCoatSpreadUm: number;
  /**
   * The ion walk at the reference cell (WALK_CELL_UM): bias of a vertical hop toward the
   * electrode before and after Sand's time, and the chance of reduction at a contact with Li
   * before it (after it every ion that reaches Li is reduced at once).
   */
  driftMossy: number;
  driftTip: number;
  stickMossy: number;
  /** Share of ions drawn to the tallest column nearby after Sand's time (field focusing at tips). */
  focusTip: number;
  /** Adatom capture length on bare lithiophilic substrate, µm (0: none). */
  captureLengthUm: number;
  /** Island merging: caps merge when centres are closer than this times the sum of their radii. */
  mergeFactor: number;
  /** Touching islands fuse while one of them is narrower than this footprint radius, µm; wider ones impinge as grains. */
  coalesceRadiusUm: number;
}

export interface SubstrateModel {
  parsed: ParsedSubstrate;
  nucleation: NucleationParams;
  morphology: MorphologyParams;
  /** Nucleation prefactor at 0.1 V, 1/(m2 s). */
  rateAt100mV: number;
}

/** Cell the walk parameters are given for, µm; the sim scales drift and stick with the cell. */
export const WALK_CELL_UM = 0.4;
/** Walk after Sand's time on every exposed substrate: a strong field in the depleted layer. */
const TIP_DRIFT = 0.9;

/** Exchange current density on Li, A/m2 (7 mA/cm2, PyBaMM's Li-metal set at 1 M). */
export const I0_AM2 = 70;
/** Power of the nucleation rate in eta: calibrated once so that nuclei density follows Pei's eta^3 across currents. */
export const RATE_EXPONENT = 6;
export const RATE_AT_100MV = { cu: 3e12, lithiated: 5e14, las: 1.2e13 } as const;
/** TiO2 ALD coverage length: coverage = 1 - exp(-d / 1.5 nm). A model choice: no paper gives it. */
export const TIO2_COVERAGE_NM = 1.5;
/** Beyond 5 nm the thicker, poorly conducting TiO2 suppresses nucleation sites with this e-fold length, nm. */
export const TIO2_ELECTRONIC_NM = 1.2;
/** Li per TiO2 in the pre-nucleation lithiation, and TiO2 density (g/cm3) and molar mass (g/mol). */
export const TIO2_LI_PER_TI = 0.9;
export const TIO2_DENSITY = 3.78;
export const TIO2_MOLAR_MASS = 79.87;
/** LAS conductivities, S/m (Cao et al. via the review: 2.5e-7 and 1e-3 S/cm). */
export const LAS_CONDUCTIVITY_SM = { las11: 2.5e-5, las14: 0.1 } as const;

const SHARED = {
  i0Am2: I0_AM2,
  sinkCapacitanceFm2: 50,
  gammaJm2: 0.2,
};

function powerRate(k100: number): (etaV: number) => number {
  return (etaV) => k100 * Math.pow(etaV / 0.1, RATE_EXPONENT);
}

/** TiO2 pre-lithiation charge, C/m2: x Li per TiO2 over the whole film. */
export function tio2PreChargeCm2(thicknessNm: number): number {
  const molPerM2 = (TIO2_DENSITY * 1e6 * thicknessNm * 1e-9) / TIO2_MOLAR_MASS;
  return molPerM2 * TIO2_LI_PER_TI * FARADAY;
}

/** Builds the model parameters of one substrate. */
export function substrateModel(parsed: ParsedSubstrate): SubstrateModel {
  const d = parsed.thicknessNm;
  switch (parsed.kind) {
    case 'cu':
      return {
        parsed,
        rateAt100mV: RATE_AT_100MV.cu,
        nucleation: {
          ...SHARED, nucleationRate: powerRate(RATE_AT_100MV.cu),
          preChargeCm2: 36, preStartV: 1.0, spread: 1, captureLengthM: 0, asrOhmM2: 0,
        },
        morphology: { wetting: false, relaxLengthUm: 1.2, captureLengthUm: 0, underCoatSpreadUm: 0, driftMossy: 0.7, driftTip: TIP_DRIFT, stickMossy: 0.7, focusTip: 0.95, mergeFactor: 0.5, coalesceRadiusUm: 0.5 },
      };
    case 'tio2': {
      const coverage = 1 - Math.exp(-d / TIO2_COVERAGE_NM);
      const lith = RATE_AT_100MV.lithiated * Math.exp(-Math.max(0, d - 5) / TIO2_ELECTRONIC_NM);
      // Partial coverage: the barrier mixes between Cu and lithiated TiO2 (log-linear).
      const k = Math.exp((1 - coverage) * Math.log(RATE_AT_100MV.cu) + coverage * Math.log(lith));
      return {
        parsed,
        rateAt100mV: k,
        nucleation: {
          ...SHARED, nucleationRate: powerRate(k),
          preChargeCm2: tio2PreChargeCm2(d), preStartV: 1.5, spread: 1 + 2 * coverage,
          captureLengthM: 1e-6 * coverage, asrOhmM2: 2e-6 * d,
        },
        morphology: { wetting: true, relaxLengthUm: 2.4, captureLengthUm: 3, underCoatSpreadUm: 0, driftMossy: 0.9, driftTip: TIP_DRIFT, stickMossy: 0.1, focusTip: 0.9, mergeFactor: 1, coalesceRadiusUm: 1.5 },
      };
    }
    case 'las11':
    case 'las14': {
      const asr = (d * 1e-9) / LAS_CONDUCTIVITY_SM[parsed.kind];
      return {
        parsed,
        rateAt100mV: RATE_AT_100MV.las,
        nucleation: {
          ...SHARED, nucleationRate: powerRate(RATE_AT_100MV.las),
          preChargeCm2: 7.2, preStartV: 1.0, spread: 3, captureLengthM: 0.5e-6, asrOhmM2: asr,
        },
        morphology: {
          wetting: true,
          relaxLengthUm: parsed.kind === 'las14' ? 8 : 0.8,
          captureLengthUm: 0,
          underCoatSpreadUm: parsed.kind === 'las11' ? 5 : 2,
          // Li arrives through the film, not the liquid: no walk (voxel-deposit.ts, plateUnderCoat).
          driftMossy: 0, driftTip: 0, stickMossy: 1, focusTip: 0, mergeFactor: 1, coalesceRadiusUm: 1.5,
        },
      };
    }
  }
}
