import { LOCALES, type Locale } from '../locales';
import { type Dictionary, translator } from '../translate';
import { en, type PageKey } from './en';

export type { PageKey };
export type PageDictionaries = Readonly<Record<Locale, Dictionary<PageKey>>>;
export type PageT = ReturnType<typeof translator<PageKey>>;

export const PAGE_STRINGS_KEY = 'pageStrings';

/** A dictionary counts only when it has every key; anything else falls back to English. */
function complete(value: unknown): value is Dictionary<PageKey> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(en).every((k) => typeof (value as Record<string, unknown>)[k] === 'string')
  );
}

export function pageDictionariesFrom(stored: unknown): PageDictionaries {
  const source = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return Object.fromEntries(LOCALES.map((l) => [l, complete(source[l]) ? source[l] : en])) as PageDictionaries;
}

export function pageTranslator(dictionaries: PageDictionaries, locale: Locale): PageT {
  return translator(dictionaries, locale);
}
