import type { SourceEntry } from '../catalogue/coating-types.ts';

/**
 * The physical limits the Coatings figures draw as lines and bands. They are facts about Li
 * and about how coatings are made on it, not results of a coating, so they live here with
 * their sources rather than in the coatings catalogue.
 */

/** The review itself: Meng, Inorg. Chem. Front. 2024, 11, 659. */
export const REVIEW_SOURCE: SourceEntry = {
  authors: 'Meng',
  journal: 'Inorg. Chem. Front.',
  year: 2024,
  doi: '10.1039/d3qi02241b',
};

/** Yu et al., Chem. Mater. 2016, 28, 197 (elastic properties of LLZO, with Li's for comparison), as the review cites it. */
export const LI_SHEAR_MODULUS_SOURCE: SourceEntry = {
  authors: 'Yu et al.',
  journal: 'Chem. Mater.',
  year: 2016,
  reviewRef: 147,
};

/** Monroe and Newman, J. Electrochem. Soc. 2005, 152, A396. */
export const MONROE_NEWMAN_SOURCE: SourceEntry = {
  authors: 'Monroe & Newman',
  journal: 'J. Electrochem. Soc.',
  year: 2005,
  reviewRef: 148,
  doi: '10.1149/1.1850854',
};

export interface ReferenceValue {
  value: number;
  source: SourceEntry;
}

/** Shear modulus of Li metal, GPa. */
export const LI_SHEAR_MODULUS_GPA: ReferenceValue = { value: 4.25, source: LI_SHEAR_MODULUS_SOURCE };

/** Monroe–Newman: an interphase stops dendrite nucleation when its shear modulus exceeds this multiple of Li's. */
export const MONROE_NEWMAN_FACTOR = 2;

/** The Monroe–Newman threshold, GPa (2 × 4.25 = 8.5). */
export const MONROE_NEWMAN_MODULUS_GPA: ReferenceValue = {
  value: MONROE_NEWMAN_FACTOR * LI_SHEAR_MODULUS_GPA.value,
  source: MONROE_NEWMAN_SOURCE,
};

/** Li melts at about this temperature, °C: a coating process on Li must stay below it (review, section 1). */
export const LI_MELTING_POINT_C: ReferenceValue = { value: 180, source: REVIEW_SOURCE };

/** The review's practice for ALD/MLD on Li: process temperatures at or below this, °C. */
export const LI_COATING_PRACTICE_MAX_C: ReferenceValue = { value: 150, source: REVIEW_SOURCE };

/** Bare Li turns black in air within this many minutes (the review, citing its refs 139, 141, 142, 144). */
export const BARE_LI_AIR_MIN: { range: [number, number]; source: SourceEntry } = { range: [1, 5], source: REVIEW_SOURCE };

/**
 * ALD-coated Li lasts "up to several tens of hours" in air, longer for thicker films (the review,
 * citing its refs 139, 141, 142, 144). "Up to" gives only an upper reach, and "several tens" no
 * single number, so the figure draws a band that starts where bare Li has failed and fades out
 * across 20 to 100 h, the span "several tens of hours" can mean, labelled as the review's summary.
 */
export const ALD_COATED_LI_AIR_H: { reachH: [number, number]; source: SourceEntry } = { reachH: [20, 100], source: REVIEW_SOURCE };
