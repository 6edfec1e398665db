import { browser } from 'wxt/browser';
import { FEATURES } from '../features/all';
import { warnIfOrphaned } from '../features/orphaned';
import { startFeatures } from '../features/runner';
import { PAGE_STRINGS_KEY, type PageDictionaries, pageDictionariesFrom } from '../i18n/page/runtime';
import { ALIVE_PROBE } from '../messaging/probe';
import type { Settings } from '../settings/schema';
import { SETTINGS_KEY, settingsFrom } from '../settings/store';
import { startLifecycle } from './lifecycle';

type StorageChanges = Record<string, { newValue?: unknown }>;

/**
 * Everything the Seller Central script does on a page: one storage read (settings and page texts
 * together), then the features for this URL, restarted on in-page navigation and when settings or page
 * texts change, stopped for good when the extension goes away.
 */
export async function startSellerCentral(): Promise<void> {
  const life = startLifecycle();
  if (!life) return;
  // Answer the background's probe at once: a copy that stays silent while it reads storage gets a twin.
  const answerProbe = (message: unknown, _sender: unknown, reply: (answer: boolean) => void) => {
    if ((message as { type?: unknown } | null)?.type !== ALIVE_PROBE) return;
    reply(true);
  };
  browser.runtime.onMessage.addListener(answerProbe);
  let settings: Settings;
  let dictionaries: PageDictionaries;
  try {
    const stored = await browser.storage.local.get([SETTINGS_KEY, PAGE_STRINGS_KEY]);
    settings = settingsFrom(stored[SETTINGS_KEY]);
    dictionaries = pageDictionariesFrom(stored[PAGE_STRINGS_KEY]);
  } catch {
    return; // the extension went away while the page loaded
  }
  // The extension may have been updated or removed while we were reading.
  if (life.isInvalid()) return;

  let run = new AbortController();
  const restart = () => {
    run.abort();
    run = new AbortController();
    if (!life.isInvalid()) startFeatures(FEATURES, settings, dictionaries, run.signal);
  };
  const onStorageChanged = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    const settingsChanged = SETTINGS_KEY in changes;
    const textsChanged = changes[PAGE_STRINGS_KEY]?.newValue !== undefined;
    if (settingsChanged) settings = settingsFrom(changes[SETTINGS_KEY]?.newValue);
    if (textsChanged) dictionaries = pageDictionariesFrom(changes[PAGE_STRINGS_KEY]?.newValue);
    if (settingsChanged || textsChanged) restart();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  life.onLocationChange(restart);
  life.signal.addEventListener(
    'abort',
    () => {
      run.abort();
      try {
        browser.runtime.onMessage.removeListener(answerProbe);
        browser.storage.onChanged.removeListener(onStorageChanged);
      } catch {
        // The extension's APIs may already be gone with it.
      }
      warnIfOrphaned(settings, dictionaries);
    },
    { once: true },
  );
  startFeatures(FEATURES, settings, dictionaries, run.signal);
}
