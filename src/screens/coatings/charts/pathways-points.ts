import { PATHWAYS, type CoatingData, type Pathway } from '../catalogue/coating-types.ts';

/** The coatings of each pathway, by id, in the order given (the screen's filter and sort). */
export function pathwayExamples(coatings: readonly CoatingData[]): Record<Pathway, string[]> {
  const out = Object.fromEntries(PATHWAYS.map((p) => [p, [] as string[]])) as Record<Pathway, string[]>;
  for (const c of coatings) out[c.pathway].push(c.id);
  return out;
}
