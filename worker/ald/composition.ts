import { AVOGADRO_PER_MOL } from './kinetics.ts';
import { ATOMIC_MASS_GMOL } from './molar-mass.ts';
import type { FilmStoichiometry } from './types.ts';

/**
 * Atoms a film holds from what was deposited: each piece of measured growth (nm) of a process
 * is n = ρ·t·N_A/M formula units per area, times the atoms of its formula. Fractions of the
 * sum are the film's composition, so a 1:4 Li2S:Al2S3 supercycle comes out richer in Al and S
 * than a 1:1 one because it deposited more Al2S3, not because the ratio was written down.
 */

/** Molar mass of a formula unit (g/mol). */
export function formulaMassGmol(formula: Record<string, number>): number {
  let m = 0;
  for (const [el, n] of Object.entries(formula)) {
    const a = ATOMIC_MASS_GMOL[el];
    if (a === undefined) throw new Error(`no atomic mass for element "${el}"`);
    m += a * n;
  }
  return m;
}

/** Formula units per nm² in a layer of the given thickness. */
export function formulaUnitsPerNm2(film: FilmStoichiometry, thicknessNm: number): number {
  const gramsPerNm2 = film.densityGcm3 * 1e-21 * thicknessNm; // 1 g/cm³ = 1e-21 g/nm³
  return (gramsPerNm2 / formulaMassGmol(film.formula)) * AVOGADRO_PER_MOL;
}

/** Adds the atoms (per nm²) of a layer to a running tally. */
export function addAtoms(tally: Record<string, number>, film: FilmStoichiometry, thicknessNm: number): void {
  if (thicknessNm <= 0) return;
  const units = formulaUnitsPerNm2(film, thicknessNm);
  for (const [el, n] of Object.entries(film.formula)) tally[el] = (tally[el] ?? 0) + units * n;
}

/** Atom fractions of a tally (summing to 1); null for an empty one. */
export function atomFractions(tally: Record<string, number>): Record<string, number> | null {
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  return Object.fromEntries(Object.entries(tally).map(([el, n]) => [el, n / total]));
}
