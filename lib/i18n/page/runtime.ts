import { browser } from 'wxt/browser';
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

export async function loadPageDictionaries(): Promise<PageDictionaries> {
  try {
    return pageDictionariesFrom((await browser.storage.local.get(PAGE_STRINGS_KEY))[PAGE_STRINGS_KEY]);
  } catch {
    return pageDictionariesFrom(null);
  }
}

export function pageTranslator(dictionaries: PageDictionaries, locale: Locale): PageT {
  return translator(dictionaries, locale);
}

/** Calls back when the background publishes the dictionaries (right after install, pages may be faster). */
export function watchPageDictionaries(listener: (dictionaries: PageDictionaries) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[PAGE_STRINGS_KEY]?.newValue)
      listener(pageDictionariesFrom(changes[PAGE_STRINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
