/** Short statements of what the Plating model leaves out, for the UI's Model panel. */
export const PLATING_SIMPLIFICATIONS: readonly string[] = [
  'The overpotential is the same everywhere on the electrode; nuclei born together are tracked as one group.',
  'Nucleation barriers are calibrated per substrate to published dips, not computed from surface energies.',
  'The deposit is dense Li in columns (no pores, no SEI shells), grown quantum by quantum on a lattice.',
  'Field focusing on tips is a rule (the tallest nearby column wins a share of the Li), not a field solve.',
  'One electrolyte for all substrates: 1 M LiPF6 in EC/EMC; the published TiO2 numbers were measured in an ether electrolyte.',
  "Sand's time comes from 1D salt diffusion in a deep, flooded cell; a thin coin-cell separator would never reach it.",
  'Coatings are thinner than one lattice cell; they are drawn one cell thick.',
  'Only the first plating is modelled: no stripping, no cycling, no coulombic efficiency.',
];
