export const LOCALES = ['en', 'it', 'de', 'fr', 'es', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export type LanguagePreference = 'auto' | Locale;

/** Each language named in itself, as language pickers do: not translated. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  it: 'Italiano',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
};

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The language of a tag such as `de-DE`, if ShipBridge speaks it. */
export function localeOfTag(tag: string): Locale | undefined {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  return isLocale(base) ? base : undefined;
}

/** The seller's choice wins; otherwise the first browser language we speak; otherwise English. */
export function resolveLocale(preference: LanguagePreference, browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}
