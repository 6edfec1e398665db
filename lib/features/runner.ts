import { type LanguagePreference, type Locale, localeOfTag, resolveLocale } from '../i18n/locales';
import { type PageDictionaries, pageTranslator } from '../i18n/page/runtime';
import { regionOfHost } from '../marketplaces';
import type { Settings } from '../settings/schema';
import type { Feature } from './types';

/**
 * The language ShipBridge speaks on this page: the seller's choice, else the page's own language, else the
 * browser's. (The browser's list is read only when needed: its first use on a page is not free.)
 */
export function pageLocale(preference: LanguagePreference): Locale {
  if (preference !== 'auto') return preference;
  return localeOfTag(document.documentElement.lang) ?? resolveLocale('auto', navigator.languages ?? []);
}

/** Lets the features that are on and run on this URL ask their questions while the page still loads. */
export function prefetchFeatures(features: readonly Feature[], settings: Settings): void {
  const url = new URL(location.href);
  if (!regionOfHost(url.hostname)) return;
  for (const feature of features) {
    if (settings.features[feature.id] && feature.runsOn(url)) feature.prefetch?.(url);
  }
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
