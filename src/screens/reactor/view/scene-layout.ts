/**
 * Where things sit in the scene. One scene unit is 1 Å; z points up from the substrate.
 * Molecules keep their true size; the film below them is squeezed vertically once it gets
 * taller than FILM_MAX_DISPLAY_A so a 100 nm nylon film and its top layer fit one view.
 */

/** Site pitch (Å): about 4 sites per nm², the TMA density on hydroxylated alumina. */
export const SITE_SPACING_A = 5;
/** Tallest the film slab is drawn (Å) before its heights are scaled down. */
export const FILM_MAX_DISPLAY_A = 24;
/** Most colour bands drawn for earlier layers; more cycles are grouped into these. */
export const MAX_FILM_BANDS = 20;
/** Gas molecules beyond the ones that react, standing for the excess dose. */
export const EXCESS_GAS_MOLECULES = 10;
/** CVD lumps drawn per site that received CVD growth. */
export const CVD_LUMPS_PER_SITE = 3;
/** Height of the gas zone above the film top (Å). */
export const GAS_HEIGHT_A = 26;
export const SUBSTRATE_DEPTH_A = 8;

export function siteX(i: number, sizeX: number): number {
  return (i - (sizeX - 1) / 2) * SITE_SPACING_A;
}

export function siteY(j: number, sizeY: number): number {
  return (j - (sizeY - 1) / 2) * SITE_SPACING_A;
}

/** Display height per Å of film: 1 until the film exceeds FILM_MAX_DISPLAY_A. */
export function filmVerticalScale(maxHeightNm: number): number {
  const heightA = maxHeightNm * 10;
  return heightA > FILM_MAX_DISPLAY_A ? FILM_MAX_DISPLAY_A / heightA : 1;
}

/** Deterministic value in [0, 1) from integers, so animations replay identically. */
export function hash01(a: number, b: number, salt: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^ Math.imul(salt, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export function smoothstep(x: number): number {
  const t = clamp01(x);
  return t * t * (3 - 2 * t);
}
