import { ref, type MessageRef } from '../../../../worker/common/message-ref.ts';
import { PROPERTIES, type CoatingData, type PropertyId, type SourceEntry } from './coating-types.ts';

/**
 * Where the words of a coating live: the data file holds numbers, formulas, conditions and source
 * ids; its name, its one-line summary, its fate in the cell, the evidence behind each rated
 * property and the text of each qualitative finding are catalogue entries keyed by the coating's
 * id (src/i18n/<locale>/coatings-data.ts), so every language can say them.
 */

/** The DOI of the review every card is read from; the link of a source with no checked DOI. */
export const REVIEW_DOI = '10.1039/d3qi02241b';

/** Coating ids that would collide with the area's own keys. */
export const RESERVED_COATING_IDS: ReadonlySet<string> = new Set(['compared']);

export function coatingNameRef(id: string): MessageRef {
  return ref(`coatingsData.${id}.name`);
}

/** One sentence for the card. */
export function coatingSummaryRef(id: string): MessageRef {
  return ref(`coatingsData.${id}.summary`);
}

/** What becomes of the coating in the cell; only for a coating whose data says hasFate. */
export function coatingFateRef(id: string): MessageRef {
  return ref(`coatingsData.${id}.fate`);
}

/** The evidence behind a rated property; a 'not reported' cell has none (the screen says so). */
export function propertyEvidenceRef(id: string, property: PropertyId): MessageRef {
  return ref(`coatingsData.${id}.property.${property}`);
}

/** The words of a result: required for a finding (it is nothing but words), else only where hasText. */
export function resultTextRef(id: string, resultId: string): MessageRef {
  return ref(`coatingsData.${id}.result.${resultId}`);
}

/** The name of a reference a result is compared with ("bare Li"). */
export function comparedLabelRef(label: string): MessageRef {
  return ref(`coatingsData.compared.${label}`);
}

/** "Kozen et al., ACS Nano 2015 [139]": names and journals are not translated. */
export function sourceCitation(entry: SourceEntry): string {
  const base = `${entry.authors}, ${entry.journal} ${entry.year}`;
  return entry.reviewRef === undefined ? base : `${base} [${entry.reviewRef}]`;
}

/** The source's own DOI link where one was checked, else the review's (which lists the reference). */
export function sourceHref(entry: SourceEntry): string {
  return `https://doi.org/${entry.doi ?? REVIEW_DOI}`;
}

/** Every catalogue key a coating's words need; a test checks them for each shipped coating. */
export function coatingMessageKeys(coating: CoatingData): string[] {
  const { id } = coating;
  return [
    coatingNameRef(id),
    coatingSummaryRef(id),
    ...(coating.hasFate ? [coatingFateRef(id)] : []),
    ...PROPERTIES.filter((p) => coating.properties[p].rating !== 'not reported').map((p) => propertyEvidenceRef(id, p)),
    ...coating.results.filter((r) => r.quantity === 'finding' || r.hasText === true).map((r) => resultTextRef(id, r.id)),
    ...coating.results.flatMap((r) => (r.comparedWith ? [comparedLabelRef(r.comparedWith.label)] : [])),
  ].map((r) => r.key);
}
