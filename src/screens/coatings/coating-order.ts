import { QUANTITIES, type CoatingData, type Quantity } from './catalogue/coating-types.ts';

/** Results that are numbers to rank by: every quantity but a finding's words and a thickness with an effect. */
type RankedQuantity = Exclude<Quantity, 'finding' | 'thickness'>;
const RANKED = QUANTITIES.filter((q): q is RankedQuantity => q !== 'finding' && q !== 'thickness');

/** What the list can be sorted by: the coating's own fields, or any numeric result. */
export const SORT_KEYS = ['name', 'thicknessNm', 'processTemperatureC', ...RANKED] as const;
export type SortKey = 'name' | 'thicknessNm' | 'processTemperatureC' | RankedQuantity;

/** Thinner and cooler first; a lower overpotential is the better result. Every other result: more first. */
const ASCENDING: ReadonlySet<SortKey> = new Set(['thicknessNm', 'processTemperatureC', 'nucleationOverpotential']);

/** The value a coating sorts by; null sorts last. A range sorts by its upper end, results by the best reported. */
export function sortValue(coating: CoatingData, key: Exclude<SortKey, 'name'>): number | null {
  if (key === 'thicknessNm') {
    const t = coating.thicknessNm;
    return t === null ? null : Array.isArray(t) ? t[1] : t;
  }
  if (key === 'processTemperatureC') return coating.processTemperatureC;
  const values = coating.results
    .filter((r) => r.quantity === key && typeof r.value === 'number')
    .map((r) => r.value as number);
  if (values.length === 0) return null;
  // A lower overpotential is the better result; for everything else, more is better.
  return key === 'nucleationOverpotential' ? Math.min(...values) : Math.max(...values);
}

/**
 * The list in the order asked for: by name (as shown, in the locale's collation), else by value
 * (see ASCENDING), coatings without that value after, by name.
 */
export function sortCoatings(
  coatings: readonly CoatingData[],
  key: SortKey,
  nameOf: (c: CoatingData) => string,
  locale: string,
): CoatingData[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: CoatingData, b: CoatingData) => collator.compare(nameOf(a), nameOf(b));
  if (key === 'name') return [...coatings].sort(byName);
  const ascending = ASCENDING.has(key);
  return [...coatings].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return va === vb ? byName(a, b) : ascending ? va - vb : vb - va;
  });
}
