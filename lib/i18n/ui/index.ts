import type { Locale } from '../locales';
import { type Dictionary, translator } from '../translate';
import { de } from './de';
import { en, type UiKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';

export type { UiKey };
export const uiDictionaries: Readonly<Record<Locale, Dictionary<UiKey>>> = { en, it, de, fr, es, nl };

export function uiTranslator(locale: Locale) {
  return translator(uiDictionaries, locale);
}
