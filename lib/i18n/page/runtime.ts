import type { Locale } from '../locales';
import { type Dictionary, format, type translator } from '../translate';
import { en, type PageKey } from './en';

export type { PageKey };
/** The page texts a script has: English always (it ships in the script), other languages when read. */
export type PageDictionaries = Readonly<Partial<Record<Locale, Dictionary<PageKey>>>>;
/**
 * Translates a page text. `lang`: the language the texts are in, which ShipBridge's UI on the page declares
 * (a screen reader then reads it in that language, whatever the page's own).
 */
export type PageT = ReturnType<typeof translator<PageKey>> & { readonly lang: Locale };

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
  const t = (key: PageKey, params?: Parameters<PageT>[1]) => format(dictionary[key] ?? en[key], params);
  // English when the language's texts are not here (not read yet); the i18n tests keep each language whole.
  return Object.assign(t, { lang: dictionary === en ? ('en' as const) : locale });
}
