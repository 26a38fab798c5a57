import { tr } from '../../i18n/i18n.ts';
import { PROPERTIES, type CoatingData, type PropertyId, type Rating, type SourceEntry } from './catalogue/coating-types.ts';
import {
  coatingFateRef,
  coatingNameRef,
  comparedLabelRef,
  propertyEvidenceRef,
  resultTextRef,
  sourceCitation,
} from './catalogue/coating-words.ts';
import { resultNote } from './result-text.ts';

/** A reference as a course page reads it: the fields, and the citation as the screen prints it. */
export interface PublicSource extends SourceEntry {
  citation: string;
}

export interface PublicResult {
  quantity: string;
  value: number | string;
  bound?: '>' | '<' | '~';
  unit: string | null;
  /** Words beside a number (what it was measured at, a caveat); null where there are none. */
  note: string | null;
  comparedWith: { label: string; value: number; unit: string } | null;
  conditions: CoatingData['results'][number]['conditions'];
  source: PublicSource;
}

export interface PublicCoating {
  id: string;
  name: string;
  method: CoatingData['method'];
  pathway: CoatingData['pathway'];
  material: string;
  thicknessNm: CoatingData['thicknessNm'];
  processTemperatureC: number | null;
  /** What becomes of it in the cell, where a study says. */
  fate: string | null;
  results: PublicResult[];
  properties: Record<PropertyId, { rating: Rating; evidence: string | null; source: PublicSource | null }>;
}

/**
 * The read-only `coatings` key: the catalogue as data, words in the locale on screen. Built from
 * the same files the cards show, so a course page lists exactly what a student sees.
 */
export function publicCatalogue(coatings: readonly CoatingData[], sources: Readonly<Record<string, SourceEntry>>): PublicCoating[] {
  const source = (id: string): PublicSource => ({ ...sources[id]!, citation: sourceCitation(sources[id]!) });
  return coatings.map((c) => ({
    id: c.id,
    name: tr(coatingNameRef(c.id)),
    method: c.method,
    pathway: c.pathway,
    material: c.material,
    thicknessNm: c.thicknessNm,
    processTemperatureC: c.processTemperatureC,
    fate: c.hasFate ? tr(coatingFateRef(c.id)) : null,
    results: c.results.map((r) => ({
      quantity: r.quantity,
      value: r.value ?? tr(resultTextRef(c.id, r.id)),
      ...(r.bound ? { bound: r.bound } : {}),
      unit: r.unit,
      note: resultNote(c, r),
      comparedWith: r.comparedWith && { ...r.comparedWith, label: tr(comparedLabelRef(r.comparedWith.label)) },
      conditions: r.conditions,
      source: source(r.source),
    })),
    properties: Object.fromEntries(
      PROPERTIES.map((p) => {
        const e = c.properties[p];
        const reported = e.rating !== 'not reported';
        return [p, { rating: e.rating, evidence: reported ? tr(propertyEvidenceRef(c.id, p)) : null, source: e.source ? source(e.source) : null }];
      }),
    ) as PublicCoating['properties'],
  }));
}
