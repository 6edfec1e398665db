// All page-UI dictionaries. Only the background and tests import this file: content scripts read the
// dictionaries from storage (published by the background) so that six languages do not weigh on every
// Seller Central page. English ships in the content script as the fallback.
import { browser } from 'wxt/browser';
import { LOCALES, type Locale } from '../locales';
import type { Dictionary } from '../translate';
import { de } from './de';
import { en, type PageKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pageStringsKey } from './runtime';

export const pageDictionaries: Readonly<Record<Locale, Dictionary<PageKey>>> = { en, it, de, fr, es, nl };

/** Every language but English (which ships in the page script), each under its own key. */
export async function publishPageStrings(): Promise<void> {
  const published = LOCALES.filter((locale) => locale !== 'en');
  await browser.storage.local.set(
    Object.fromEntries(published.map((locale) => [pageStringsKey(locale), pageDictionaries[locale]])),
  );
}
