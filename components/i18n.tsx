import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { browserLanguages, type LanguagePreference, type Locale, resolveLocale } from '@/lib/i18n/locales';
import type { Params } from '@/lib/i18n/translate';
import { type UiKey, uiTranslator } from '@/lib/i18n/ui';

interface I18n {
  locale: Locale;
  t: (key: UiKey, params?: Params) => string;
}

const I18nContext = createContext<I18n>({ locale: 'en', t: uiTranslator('en') });

export function I18nProvider({ language, children }: { language: LanguagePreference; children: ReactNode }) {
  const value = useMemo(() => {
    const locale = resolveLocale(language, browserLanguages());
    return { locale, t: uiTranslator(locale) };
  }, [language]);
  document.documentElement.lang = value.locale;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
