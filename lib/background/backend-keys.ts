import { browser } from 'wxt/browser';
import { connectorClient } from '../backends/connector';
import { BackendError } from '../backends/errors';
import { sendcloudClient } from '../backends/sendcloud';
import type { Backend } from '../backends/types';
import { loadSettings } from '../settings/store';
import { deleteSecret, readSecret, storeSecret } from './vault';

const KEYS = {
  connectorToken: 'backend:connector:token',
  sendcloudPublic: 'backend:sendcloud:public',
  sendcloudSecret: 'backend:sendcloud:secret',
} as const;
export type BackendKeyName = keyof typeof KEYS;

const HINTS_KEY = 'backendKeyHints';
export type KeyHints = Partial<Record<BackendKeyName, string>>;

/** Keys go to the vault; only their last four characters are kept in the clear, for the options page. */
export async function saveBackendKeys(keys: Partial<Record<BackendKeyName, string>>): Promise<KeyHints> {
  const hints = await keyHints();
  for (const [name, value] of Object.entries(keys) as [BackendKeyName, string | undefined][]) {
    if (value === undefined) continue;
    if (value === '') {
      await deleteSecret(KEYS[name]);
      delete hints[name];
    } else {
      await storeSecret(KEYS[name], value);
      hints[name] = value.slice(-4);
    }
  }
  await browser.storage.local.set({ [HINTS_KEY]: hints });
  return hints;
}

export async function keyHints(): Promise<KeyHints> {
  const stored = (await browser.storage.local.get(HINTS_KEY))[HINTS_KEY];
  return typeof stored === 'object' && stored !== null ? { ...(stored as KeyHints) } : {};
}

export async function forgetBackendKeys(): Promise<void> {
  for (const id of Object.values(KEYS)) await deleteSecret(id);
  await browser.storage.local.remove(HINTS_KEY);
}

/** The client for the backend chosen in the settings, with its keys from the vault. */
export async function currentBackend(): Promise<Backend> {
  return backendFor((await loadSettings()).backend);
}

/**
 * The client for one kind of backend, with its keys from the vault: an integration made at the backend the
 * seller used before keeps being read and disconnected there after they choose the other one (for the
 * Connector API, at the server that made it: `connectorUrl`, else the one set; there is one saved token).
 */
export async function backendFor(kind: Backend['kind'], connectorUrl?: string | null): Promise<Backend> {
  const settings = await loadSettings();
  if (kind === 'connector') {
    const token = await readSecret(KEYS.connectorToken);
    const url = connectorUrl || settings.connectorUrl;
    if (!token || !url) throw new BackendError('not_configured');
    return connectorClient(url, token, browser.runtime.getManifest().version);
  }
  const [publicKey, secretKey] = await Promise.all([
    readSecret(KEYS.sendcloudPublic),
    readSecret(KEYS.sendcloudSecret),
  ]);
  if (!publicKey || !secretKey) throw new BackendError('not_configured');
  return sendcloudClient(publicKey, secretKey);
}
