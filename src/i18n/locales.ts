/** The languages Interphase ships, and how a browser's preferences choose one. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type ShippedLocale = (typeof LOCALES)[number];
/**
 * A pseudo-locale for checking layouts: every string accented and 40 % longer, as PhET's
 * `stringTest=long`. Accepted by the URL and set(), never offered in the language menu.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type LocaleId = ShippedLocale | typeof PSEUDO_LOCALE;
export const LOCALE_IDS: readonly LocaleId[] = [...LOCALES, PSEUDO_LOCALE];

/** The first of the browser's languages that Interphase ships (any Chinese but Traditional gets zh-CN), else English. */
export function chooseLocale(preferred: readonly string[]): ShippedLocale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
    if (lower === 'zh' || lower === 'zh-cn' || lower.startsWith('zh-hans') || lower === 'zh-sg') return 'zh-CN';
  }
  return 'en';
}

/** The tag given to Intl and to `<html lang>`. */
export function intlTag(locale: LocaleId): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}
