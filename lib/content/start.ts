import { browser } from 'wxt/browser';
import { FEATURES } from '../features/all';
import { warnIfOrphaned } from '../features/orphaned';
import { pageLocale, prefetchFeatures, startFeatures } from '../features/runner';
import type { Locale } from '../i18n/locales';
import { PAGE_STRINGS_PREFIX, type PageDictionaries, pageDictionaryFrom, pageStringsKey } from '../i18n/page/runtime';
import type { Settings } from '../settings/schema';
import { SETTINGS_KEY, settingsFrom } from '../settings/store';
import { startLifecycle } from './lifecycle';

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/**
 * The keys this script reads (settings, page texts) whose value really changed. Firefox reports every key
 * a `set` names, changed or not (the background publishes the same page texts at each browser start);
 * Chrome reports only changed ones.
 */
function changedKeys(changes: StorageChanges): Set<string> {
  const keys = new Set<string>();
  for (const [key, change] of Object.entries(changes)) {
    if (key !== SETTINGS_KEY && !key.startsWith(PAGE_STRINGS_PREFIX)) continue;
    if (JSON.stringify(change?.newValue) !== JSON.stringify(change?.oldValue)) keys.add(key);
  }
  return keys;
}

/** Resolves once the document has been parsed (at once when it already has). */
export function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Everything the Seller Central script does on a page: one storage read (settings and page texts
 * together), then the features for this URL once the document is parsed, restarted on in-page navigation
 * and when settings or page texts change, stopped for good when the extension goes away.
 */
export async function startSellerCentral(): Promise<void> {
  // Nothing on the way to the features touches `runtime` (building it costs a page ~0.6 ms): the
  // background's after-install probe reads the copy's registration (startLifecycle), and the storage read
  // succeeding tells that the extension is still there.
  const life = startLifecycle();
  if (!life) return;
  let settings: Settings; // read before anything uses it
  let dictionaries: PageDictionaries = {};
  // Settings and the texts of the language the page probably speaks, in one read (English pages read no
  // texts: English ships in this script). A seller who chose another language costs a second read.
  const readTexts = async (locale: Locale, stored: Record<string, unknown> = {}): Promise<PageDictionaries> => {
    if (locale === 'en') return {};
    const key = pageStringsKey(locale);
    const value = key in stored ? stored[key] : (await browser.storage.local.get(key))[key];
    return { [locale]: pageDictionaryFrom(value) };
  };

  let run: AbortController | null = null; // null until the features have started
  // Listening starts before the first read: a change made while it is under way (the background publishes
  // the page texts just after an install, the seller saves the options) is not lost. Until the features
  // start, a change only asks for the read to be done again.
  let changedWhileReading = false;
  const restart = () => {
    if (!run) return;
    run.abort();
    run = new AbortController();
    if (!life.isInvalid()) startFeatures(FEATURES, settings, dictionaries, run.signal);
  };
  const onStorageChanged = (changes: StorageChanges, area: string) => {
    if (area !== 'local') return;
    const changed = changedKeys(changes);
    if (!run) {
      if (changed.size) changedWhileReading = true;
      return;
    }
    if (changed.has(SETTINGS_KEY)) {
      settings = settingsFrom(changes[SETTINGS_KEY]?.newValue);
      readTexts(pageLocale(settings.language))
        .then((read) => {
          dictionaries = read;
          restart();
        })
        .catch(() => undefined); // the extension went away: the lifecycle stops this copy
      return;
    }
    const locale = pageLocale(settings.language);
    const key = pageStringsKey(locale);
    const texts = changes[key]?.newValue;
    if (!changed.has(key) || texts === undefined) return;
    dictionaries = { [locale]: pageDictionaryFrom(texts) };
    restart();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  life.signal.addEventListener(
    'abort',
    () => {
      run?.abort();
      try {
        browser.storage.onChanged.removeListener(onStorageChanged);
      } catch {
        // The extension's APIs may already be gone with it.
      }
      if (run) warnIfOrphaned(settings, dictionaries);
    },
    { once: true },
  );

  try {
    // On inventory pages the script starts before the page is parsed (the root element is there, with its
    // language): the read and the features' questions to the background overlap the parsing, and the
    // features start with their answers in hand, in time for the page's own paint of its content.
    const likely = document.documentElement ? pageLocale('auto') : 'en';
    const keys = likely === 'en' ? [SETTINGS_KEY] : [SETTINGS_KEY, pageStringsKey(likely)];
    const stored = await browser.storage.local.get(keys);
    settings = settingsFrom(stored[SETTINGS_KEY]);
    if (life.signal.aborted) return;
    // Questions asked early pay only while the page is still being parsed; once it is, `run` asks them.
    if (document.readyState === 'loading') prefetchFeatures(FEATURES, settings);
    await parsed();
    dictionaries = await readTexts(pageLocale(settings.language), stored);
    // Read again what changed meanwhile (rare: a few times at most, each read is a few ms).
    for (let tries = 0; changedWhileReading && tries < 3; tries++) {
      changedWhileReading = false;
      settings = settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      dictionaries = await readTexts(pageLocale(settings.language));
    }
  } catch {
    return; // the extension went away while the page loaded
  }
  // A newer copy may have started while this one was reading (its start event stopped this one). An
  // extension gone for good makes the reads fail; one gone after the last read is seen at the next start
  // event, navigation or change of settings.
  if (life.signal.aborted) return;
  run = new AbortController();
  life.onLocationChange(restart);
  startFeatures(FEATURES, settings, dictionaries, run.signal);
}
