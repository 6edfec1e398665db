import type { Locale } from '../locales';
import { type Dictionary, translator } from '../translate';
import { de } from './de';
import { en, type PageKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';

export type { PageKey };
export const pageDictionaries: Readonly<Record<Locale, Dictionary<PageKey>>> = { en, it, de, fr, es, nl };

export type PageT = ReturnType<typeof pageTranslator>;
export function pageTranslator(locale: Locale) {
  return translator(pageDictionaries, locale);
}
