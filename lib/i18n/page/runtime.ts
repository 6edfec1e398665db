import type { Locale } from '../locales';
import { type Dictionary, format, type translator } from '../translate';
import { en, type PageKey } from './en';

export type { PageKey };
/** The page texts a script has: English always (it ships in the script), other languages when read. */
export type PageDictionaries = Readonly<Partial<Record<Locale, Dictionary<PageKey>>>>;
export type PageT = ReturnType<typeof translator<PageKey>>;

/**
 * Where the background publishes each language's page texts: one key per language, so that a page reads
 * only its own language (and an English page reads nothing, English ships in the script).
 */
export const PAGE_STRINGS_PREFIX = 'pageStrings.';
export function pageStringsKey(locale: Locale): string {
  return `${PAGE_STRINGS_PREFIX}${locale}`;
}

/** A dictionary counts only when it has every key; anything else falls back to English. */
export function pageDictionaryFrom(stored: unknown): Dictionary<PageKey> {
  const complete =
    typeof stored === 'object' &&
    stored !== null &&
    Object.keys(en).every((k) => typeof (stored as Record<string, unknown>)[k] === 'string');
  return complete ? (stored as Dictionary<PageKey>) : en;
}

export function pageTranslator(dictionaries: PageDictionaries, locale: Locale): PageT {
  const dictionary = dictionaries[locale] ?? en;
  return (key, params) => format(dictionary[key] ?? en[key], params);
}
