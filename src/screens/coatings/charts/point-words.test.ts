import { describe, expect, it } from 'vitest';
import { FIXTURE_COATINGS, FIXTURE_SOURCES } from './chart-fixtures.test-data.ts';
import { lifetimeFigure } from './lifetime-points.ts';
import { conditionsText, referencePointWords, resultPointWords, sourceLink, spokenValue, valueText } from './point-words.ts';
import { REVIEW_SOURCE } from './reference-limits.ts';

describe('point words (English catalogue)', () => {
  it('a bound is drawn as a symbol and read out in words', () => {
    expect(valueText(200, 'h', '>')).toBe('> 200 h');
    expect(spokenValue(200, 'h', '>')).toBe('more than 200 h');
    expect(valueText(99.8, '%', null)).toBe('99.8 %');
  });

  it('the conditions name cell, current, capacity and electrolyte, and say when one is not given', () => {
    expect(conditionsText({ cell: 'Li‖Li', currentMAcm2: 1, capacityMAhcm2: 1, electrolyte: '1 M LiPF6 in EC/DEC' }))
      .toBe('Li‖Li cell, 1 mA/cm², 1 mAh/cm², electrolyte 1 M LiPF6 in EC/DEC');
    expect(conditionsText({ cell: 'Li‖Cu', currentMAcm2: 0.5, capacityMAhcm2: null, electrolyte: null }))
      .toBe('Li‖Cu cell, 0.5 mA/cm², capacity not given, electrolyte not given');
  });

  it('a film measurement does not list a current it never had', () => {
    expect(conditionsText({ cell: 'film', currentMAcm2: null, capacityMAhcm2: null, electrolyte: null })).toBe('measured on a film');
    expect(conditionsText({ cell: 'bulk crystal', currentMAcm2: null, capacityMAhcm2: null, electrolyte: null })).toBe('bulk crystal');
    expect(conditionsText({ cell: null, currentMAcm2: null, capacityMAhcm2: null, electrolyte: null }))
      .toBe('cell not given, current not given, capacity not given, electrolyte not given');
  });

  it('a source links to its DOI, a source without one to the review, an unknown id still to the review', () => {
    expect(sourceLink(FIXTURE_SOURCES, 'b2019')).toEqual({ citation: 'B et al., J. B 2019', href: 'https://doi.org/10.1/b' });
    expect(sourceLink(FIXTURE_SOURCES, 'a2018')).toEqual({ citation: 'A et al., J. A 2018 [1]', href: `https://doi.org/${REVIEW_SOURCE.doi}` });
    expect(sourceLink(FIXTURE_SOURCES, 'missing').href).toBe(`https://doi.org/${REVIEW_SOURCE.doi}`);
  });

  it('a point’s accessible name says value, thickness, reference, conditions, source, and that it opens a tab', () => {
    const point = lifetimeFigure(FIXTURE_COATINGS).points[0]!;
    const words = resultPointWords(point, sourceLink(FIXTURE_SOURCES, point.sourceId), {
      thickness: '6 nm thick', reference: { label: 'bare-li', value: 158, unit: 'h' },
    });
    for (const part of ['more than 200 h', '6 nm thick', '158 h', 'Li‖Li cell', '1 mA/cm²', '1 mAh/cm²', 'EC/DEC', 'A et al., J. A 2018 [1]', 'new tab']) {
      expect(words.name).toContain(part);
    }
    // The tooltip shows the drawn form and everything but the "opens a tab" note.
    expect(words.lines[0]).toContain('> 200 h');
    expect(words.lines.join(' ')).not.toContain('new tab');
    expect(words.summary).not.toContain('EC/DEC');
  });

  it('the reference marker is named as the uncoated reference of that coating’s study', () => {
    const point = lifetimeFigure(FIXTURE_COATINGS).points[0]!;
    const words = referencePointWords(point, 'bare-li', 158, 'h', sourceLink(FIXTURE_SOURCES, point.sourceId));
    expect(words.name).toContain('158 h');
    expect(words.name).toContain('uncoated reference');
    expect(words.name).toContain('Li‖Li cell');
  });
});
