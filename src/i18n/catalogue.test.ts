import { describe, expect, it } from 'vitest';
import { EN_AREAS, en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';
import { pseudo, pseudoCatalogue } from './pseudo.ts';
import { chooseLocale } from './locales.ts';

describe('catalogues', () => {
  it('every area keeps to its own key prefix, so no two areas can define one key', () => {
    for (const [area, table] of Object.entries(EN_AREAS)) {
      for (const key of Object.keys(table)) expect(key.startsWith(`${area}.`), key).toBe(true);
    }
  });

  it('zh-CN has every English key and no others', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('zh-CN words are not English left untranslated (at most formulas, units and citations)', () => {
    const sample = { value: 1, text: 'x', min: 1, digits: 1 } as never;
    const untranslated = Object.entries(zhCN).filter(([key, entry]) => {
      const text = typeof entry === 'function' ? (entry as (p: never) => string)(sample) : entry;
      const enEntry = (en as Record<string, unknown>)[key];
      const enText = typeof enEntry === 'function' ? (enEntry as (p: never) => string)(sample) : enEntry;
      // Two or more English words in a row, and the same as the English: not translated.
      return text === enText && /[a-z]{3,} [a-z]{3,}/i.test(text);
    });
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('the pseudo-locale makes every string at least 40 % longer', () => {
    for (const [key, entry] of Object.entries(pseudoCatalogue(en))) {
      if (typeof entry !== 'string') continue;
      const source = (en as Record<string, unknown>)[key] as string;
      expect(entry.length, key).toBeGreaterThanOrEqual(Math.floor(source.length * 1.4));
    }
    expect(pseudo('Play')).not.toContain('a');
  });
});

describe('chooseLocale', () => {
  it('takes the first shipped language of the browser, and English otherwise', () => {
    expect(chooseLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(chooseLocale(['zh-Hans-CN'])).toBe('zh-CN');
    expect(chooseLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(chooseLocale(['fr'])).toBe('en');
    expect(chooseLocale([])).toBe('en');
  });
});
