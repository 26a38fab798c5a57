import type { MoleculeSpec } from './types.ts';

/** Standard atomic weights (IUPAC, conventional values), g/mol. */
export const ATOMIC_MASS_GMOL: Record<string, number> = {
  H: 1.008,
  Li: 6.94,
  B: 10.81,
  C: 12.011,
  N: 14.007,
  O: 15.999,
  F: 18.998,
  Mg: 24.305,
  Al: 26.982,
  Si: 28.085,
  P: 30.974,
  S: 32.06,
  Cl: 35.45,
  Ti: 47.867,
  Cu: 63.546,
  Zn: 65.38,
  Zr: 91.224,
  Sn: 118.71,
  Hf: 178.49,
};

/** Molar mass of a molecule from its drawn atoms, so the gas kinetics use the molecule on screen. */
export function molarMassGmol(molecule: MoleculeSpec): number {
  let total = 0;
  for (const atom of molecule.atoms) {
    const mass = ATOMIC_MASS_GMOL[atom.el];
    if (mass === undefined) throw new Error(`${molecule.formula}: no atomic mass for element "${atom.el}"`);
    total += mass;
  }
  return total;
}
