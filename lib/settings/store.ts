import { browser } from 'wxt/browser';
import { migrate, type StoredSettings } from './migrations';
import { parseSettings, SETTINGS_VERSION, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';
const KEY = SETTINGS_KEY;

function toStored(raw: unknown): StoredSettings {
  if (typeof raw === 'object' && raw !== null && 'version' in raw && 'value' in raw) {
    const version = Number((raw as StoredSettings).version);
    return { version: Number.isInteger(version) ? version : 0, value: (raw as StoredSettings).value };
  }
  return { version: 0, value: raw };
}

/** Settings from what storage holds under SETTINGS_KEY (anything, including nothing). */
export function settingsFrom(raw: unknown): Settings {
  return parseSettings(migrate(toStored(raw)));
}

/** Safe in any context, content scripts included: it only reads. */
export async function loadSettings(): Promise<Settings> {
  return settingsFrom((await browser.storage.local.get(KEY))[KEY]);
}

/** Background and extension pages only. */
export async function saveSettings(settings: Settings): Promise<void> {
  const stored: StoredSettings = { version: SETTINGS_VERSION, value: parseSettings(settings) };
  await browser.storage.local.set({ [KEY]: stored });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Persists migrated settings once, at start-up, so every reader after that sees the current version. */
export async function migrateStoredSettings(): Promise<void> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  // Nothing stored means defaults, which need no writing (a write would restart every open page's features).
  if (raw !== undefined && toStored(raw).version !== SETTINGS_VERSION) await saveSettings(await loadSettings());
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
