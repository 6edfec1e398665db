import { type PageDictionaries, pageTranslator } from '../i18n/page/runtime';
import type { Settings } from '../settings/schema';
import { createPanel } from '../ui/panel';
import { credentialRows, readCredentialsOnPage } from './capture-credentials';
import { pageLocale } from './runner';

/**
 * This script lost its extension (updated, reloaded, removed). If credentials are on screen and no newer
 * ShipBridge script has spoken up, tell the seller not to close the page and offer every value to copy.
 */
export function warnIfOrphaned(settings: Settings, dictionaries: PageDictionaries, graceMs = 1500): void {
  setTimeout(() => {
    if (document.querySelector('shipbridge-panel')) return; // a newer script took over
    const found = readCredentialsOnPage(location.hostname);
    if (!found || !settings.features['capture-credentials']) return;
    const t = pageTranslator(dictionaries, pageLocale(settings.language));
    createPanel(t, new AbortController().signal).show({
      tone: 'error',
      lines: [t('capture.orphaned')],
      rows: credentialRows(t, found),
    });
  }, graceMs);
}
