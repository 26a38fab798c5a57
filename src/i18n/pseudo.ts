import type { MessageTable } from './catalogue-types.ts';

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Ü', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};

/**
 * Accents every letter and pads the text to 40 % longer, so untranslated and clipped text both
 * show. The padding comes in short words, as a longer language's text would, so it can wrap.
 */
export function pseudo(text: string): string {
  if (text.length === 0) return text;
  const accented = text.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c);
  const padding = '·'.repeat(Math.ceil(text.length * 0.4)).replace(/(·{5})(?=·)/g, '$1 ');
  return `${accented}${padding}`;
}

export function pseudoCatalogue<T extends MessageTable>(source: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(source)) {
    out[key] = typeof entry === 'function' ? (p: never) => pseudo((entry as (q: never) => string)(p)) : pseudo(entry);
  }
  return out as T;
}
