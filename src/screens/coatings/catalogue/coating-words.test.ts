import { describe, expect, it } from 'vitest';
import { COATINGS, SOURCES } from './catalogue.ts';
import { coatingMessageKeys, sourceCitation, sourceHref } from './coating-words.ts';
import { en } from '../../../i18n/en/index.ts';
import { zhCN } from '../../../i18n/zh-CN/index.ts';
import good from './fixtures/fixture-coating.json';
import type { CoatingData } from './coating-types.ts';

const catalogues = [['en', en], ['zh-CN', zhCN]] as const;

describe('words of the shipped coatings', () => {
  it('every coating has its name, summary, fate, rated evidence, finding texts and compared labels in both locales', () => {
    expect(COATINGS.length).toBeGreaterThan(0);
    for (const [locale, catalogue] of catalogues) {
      for (const coating of COATINGS) {
        const missing = coatingMessageKeys(coating).filter((key) => !(key in catalogue));
        expect(missing, `${locale}: ${coating.id}`).toEqual([]);
      }
    }
  });

  it('no coatingsData key is left over: each belongs to a shipped coating and is asked for by its data', () => {
    const wanted = new Set(COATINGS.flatMap(coatingMessageKeys));
    for (const [locale, catalogue] of catalogues) {
      const orphans = Object.keys(catalogue).filter((key) => key.startsWith('coatingsData.') && !wanted.has(key));
      expect(orphans, locale).toEqual([]);
    }
  });

  it('asks for a fate only with hasFate, evidence only for a rated property, text for every finding and only flagged numbers', () => {
    const keys = coatingMessageKeys(good as CoatingData);
    expect(keys).toContain('coatingsData.fixture-coating.fate');
    expect(keys).toContain('coatingsData.fixture-coating.property.chemicallyStable');
    expect(keys).not.toContain('coatingsData.fixture-coating.property.uniform');
    expect(keys).toContain('coatingsData.fixture-coating.result.dendrites');
    expect(keys).toContain('coatingsData.fixture-coating.result.lifetime');
    expect(keys).toContain('coatingsData.compared.bare-li');
    const plain = { ...(good as CoatingData), hasFate: false, results: (good as CoatingData).results.map(({ hasText: _, ...r }) => r) };
    const plainKeys = coatingMessageKeys(plain);
    expect(plainKeys).not.toContain('coatingsData.fixture-coating.fate');
    expect(plainKeys).not.toContain('coatingsData.fixture-coating.result.lifetime');
  });
});

describe('citations', () => {
  it('name authors, journal, year and the review reference number', () => {
    expect(sourceCitation(SOURCES.kozen2015!)).toBe('Kozen et al., ACS Nano 2015 [139]');
    expect(sourceCitation(SOURCES.meng2024!)).toBe('Meng, Inorg. Chem. Front. 2024');
  });
  it("link to the source's DOI where one was checked, else to the review", () => {
    expect(sourceHref(SOURCES.kozen2015!)).toBe('https://doi.org/10.1021/acsnano.5b02166');
    expect(sourceHref(SOURCES.tan2020!)).toBe('https://doi.org/10.1039/d3qi02241b');
  });
});
