import { Observable } from '../common/state/observable.ts';
import { isMessageRef, type MessageParam, type MessageRef } from '../../worker/common/message-ref.ts';
import { en, type Catalogue } from './en/index.ts';
import { PSEUDO_LOCALE, intlTag, type LocaleId } from './locales.ts';
import { setFormatLocale } from './format.ts';
import { pseudoCatalogue } from './pseudo.ts';

export type MessageKey = keyof Catalogue & string;
type ParamsOf<K extends MessageKey> = Catalogue[K] extends (params: infer P) => string ? [params: P] : [];
/** A ref's values may themselves be refs (a substrate's name inside a sentence), translated when shown. */
type RefParamsOf<K extends MessageKey> = Catalogue[K] extends (params: infer P) => string
  ? [params: { [N in keyof P]: P[N] | MessageRef }]
  : [];

let active: Catalogue = en;

/**
 * The locale whose words are on screen. It changes only once that locale's catalogue has
 * loaded, so views that watch it never render a half-translated page.
 */
export const shownLocale = new Observable<LocaleId>('en');

/** Only English is in the first-load bundle; the others are fetched (and precached) on demand. */
const LOADERS: Record<Exclude<LocaleId, 'en'>, () => Promise<Catalogue>> = {
  'zh-CN': () => import('./zh-CN/index.ts').then((m) => m.zhCN),
  [PSEUDO_LOCALE]: async () => pseudoCatalogue(en),
};

export async function useLocale(locale: LocaleId): Promise<void> {
  const catalogue = locale === 'en' ? en : await LOADERS[locale]();
  active = catalogue;
  setFormatLocale(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = intlTag(locale);
  shownLocale.set(locale);
}

/** The text of a key in the locale on screen. */
export function t<K extends MessageKey>(key: K, ...args: ParamsOf<K>): string {
  return render(active[key] as unknown, args[0]);
}

/** The text of a ref from a model or a message built elsewhere; nested refs are translated first. */
export function tr(message: MessageRef): string {
  const entry = (active as Record<string, unknown>)[message.key] ?? (en as Record<string, unknown>)[message.key];
  if (entry === undefined) return message.key;
  const params = message.params
    ? Object.fromEntries(Object.entries(message.params).map(([k, v]) => [k, resolveParam(v)]))
    : undefined;
  return render(entry, params);
}

/** A ref for a catalogue key, checked by the type checker; translated when shown, so a locale switch re-words it. */
export function msg<K extends MessageKey>(key: K, ...args: RefParamsOf<K>): MessageRef {
  return args[0] === undefined ? { key } : { key, params: args[0] as Record<string, MessageParam> };
}

/** A ref for text that needs no translation (a value, a formula, an error from the browser). */
export function verbatim(text: string): MessageRef {
  return { key: 'common.verbatim', params: { text } };
}

export function hasKey(key: string): boolean {
  return key in en;
}

function resolveParam(value: MessageParam): string | number {
  return isMessageRef(value) ? tr(value) : value;
}

function render(entry: unknown, params: unknown): string {
  if (typeof entry === 'function') return (entry as (p: unknown) => string)(params ?? {});
  return String(entry);
}
