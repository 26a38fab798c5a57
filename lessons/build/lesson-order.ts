/**
 * The course, in the order the lessons menu lists it: from ALD to dendrites (issue 8). A new
 * lesson is a folder in lessons/ and its id here; the build fails on a folder not listed.
 */
export const LESSON_ORDER: readonly string[] = ['ald-layer-by-layer', 'mld-vs-ald', 'why-bare-cu-fails', 'coatings-on-copper'];
