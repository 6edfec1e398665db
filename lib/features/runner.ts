import { type LanguagePreference, resolveLocale } from '../i18n/locales';
import { type PageDictionaries, pageTranslator } from '../i18n/page/runtime';
import { regionOfHost } from '../marketplaces';
import type { Settings } from '../settings/schema';
import type { Feature } from './types';

export function pageLocale(preference: LanguagePreference) {
  const languages = [document.documentElement.lang, ...(navigator.languages ?? [])].filter(Boolean);
  return resolveLocale(preference, languages);
}

/**
 * Starts the features that are switched on and run on this URL; each gets its own AbortSignal, aborted
 * when `signal` aborts. Call again on in-page navigation with a fresh signal.
 */
export function startFeatures(
  features: readonly Feature[],
  settings: Settings,
  dictionaries: PageDictionaries,
  signal: AbortSignal,
): void {
  const url = new URL(location.href);
  const region = regionOfHost(url.hostname);
  if (!region) return;
  const locale = pageLocale(settings.language);
  const t = pageTranslator(dictionaries, locale);
  for (const feature of features) {
    if (!settings.features[feature.id] || !feature.runsOn(url)) continue;
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    Promise.resolve()
      .then(() => feature.run({ url, region, settings, locale, t, signal: controller.signal }))
      .catch(() => controller.abort());
  }
}
