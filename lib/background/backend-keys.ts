import { browser } from 'wxt/browser';
import { connectorClient } from '../backends/connector';
import { BackendError } from '../backends/errors';
import { isAllowedBackendUrl } from '../backends/http';
import { sendcloudClient } from '../backends/sendcloud';
import type { Backend } from '../backends/types';
import { db } from '../db';
import { AT_BACKEND } from '../db/statuses';
import { loadSettings } from '../settings/store';
import { deleteSecret, readSecret, storeSecret } from './vault';

const SENDCLOUD = { sendcloudPublic: 'backend:sendcloud:public', sendcloudSecret: 'backend:sendcloud:secret' } as const;
/** Each Connector API server has its own token: an integration made at one is still read and disconnected there. */
const CONNECTOR_PREFIX = 'backend:connector:token@';
/** Where the one Connector API token was kept before each server had its own (moved on first use). */
const LEGACY_CONNECTOR = 'backend:connector:token';
export type BackendKeyName = 'connectorToken' | keyof typeof SENDCLOUD;

const HINTS_KEY = 'backendKeyHints';
/** The last four characters of each saved key, for the options page (the token's: of the server asked about). */
export type KeyHints = Partial<Record<BackendKeyName, string>>;
/** As stored: Sendcloud's two keys, and a token hint per Connector API server (by origin). */
type StoredHints = Partial<Record<keyof typeof SENDCLOUD, string>> & {
  connectorToken?: string; // the legacy single token's
  connectorTokens?: Record<string, string>;
};

export function originOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

async function storedHints(): Promise<StoredHints> {
  const stored = (await browser.storage.local.get(HINTS_KEY))[HINTS_KEY];
  return typeof stored === 'object' && stored !== null ? structuredClone(stored as StoredHints) : {};
}

/** A token saved before tokens were kept per server belongs to the server set then: moved there once. */
async function moveLegacyToken(): Promise<void> {
  const legacy = await readSecret(LEGACY_CONNECTOR);
  if (legacy === null) return;
  const hints = await storedHints();
  const origin = originOf((await loadSettings()).connectorUrl);
  if (origin && (await readSecret(CONNECTOR_PREFIX + origin)) === null) {
    await storeSecret(CONNECTOR_PREFIX + origin, legacy);
    hints.connectorTokens = { ...hints.connectorTokens, [origin]: legacy.slice(-4) };
  }
  delete hints.connectorToken;
  await browser.storage.local.set({ [HINTS_KEY]: hints });
  await deleteSecret(LEGACY_CONNECTOR);
}

/**
 * Keys go to the vault; only their last four characters are kept in the clear, for the options page. The
 * Connector API token is the one of `connectorUrl` (the server the seller typed it for). '' deletes a key.
 */
export async function saveBackendKeys(
  keys: Partial<Record<BackendKeyName, string>>,
  connectorUrl?: string,
): Promise<KeyHints> {
  await moveLegacyToken();
  const url = connectorUrl ?? (await loadSettings()).connectorUrl;
  const origin = isAllowedBackendUrl(url) ? originOf(url) : null;
  // Refused before anything is written: a token needs the server it is for.
  if (keys.connectorToken !== undefined && !origin) throw new BackendError('not_configured');
  const hints = await storedHints();
  for (const name of Object.keys(SENDCLOUD) as (keyof typeof SENDCLOUD)[]) {
    const value = keys[name];
    if (value === undefined) continue;
    if (value === '') {
      await deleteSecret(SENDCLOUD[name]);
      delete hints[name];
    } else {
      await storeSecret(SENDCLOUD[name], value);
      hints[name] = value.slice(-4);
    }
  }
  if (keys.connectorToken !== undefined && origin) {
    const tokens = { ...hints.connectorTokens };
    if (keys.connectorToken === '') {
      await deleteSecret(CONNECTOR_PREFIX + origin);
      delete tokens[origin];
    } else {
      await storeSecret(CONNECTOR_PREFIX + origin, keys.connectorToken);
      tokens[origin] = keys.connectorToken.slice(-4);
    }
    hints.connectorTokens = tokens;
  }
  await browser.storage.local.set({ [HINTS_KEY]: hints });
  return hintsFor(hints, url);
}

function hintsFor(hints: StoredHints, connectorUrl: string): KeyHints {
  const origin = originOf(connectorUrl);
  const token = origin ? hints.connectorTokens?.[origin] : undefined;
  return {
    ...(hints.sendcloudPublic ? { sendcloudPublic: hints.sendcloudPublic } : {}),
    ...(hints.sendcloudSecret ? { sendcloudSecret: hints.sendcloudSecret } : {}),
    ...(token ? { connectorToken: token } : {}),
  };
}

/** The saved keys' hints, the Connector API token's for `connectorUrl` (by default the server set). */
export async function keyHints(connectorUrl?: string): Promise<KeyHints> {
  await moveLegacyToken();
  const url = connectorUrl ?? (await loadSettings()).connectorUrl;
  const hints = hintsFor(await storedHints(), url);
  // A key whose ciphertext is gone (readSecret deletes one it can no longer decrypt) is not set any more.
  const origin = originOf(url);
  const ids: Record<BackendKeyName, string | null> = {
    ...SENDCLOUD,
    connectorToken: origin && CONNECTOR_PREFIX + origin,
  };
  for (const name of Object.keys(hints) as BackendKeyName[]) {
    const id = ids[name];
    if (!id || !(await db().secrets.get(id))) delete hints[name];
  }
  return hints;
}

/**
 * The hint of the keys a backend is read with now: Sendcloud's public key's, or the token's of a Connector
 * API server (`connectorUrl`, else the one set). Null when none is saved.
 */
export async function keysHint(kind: Backend['kind'], connectorUrl?: string | null): Promise<string | null> {
  const hints = hintsFor(await storedHints(), connectorUrl || (await loadSettings()).connectorUrl);
  return (kind === 'sendcloud' ? hints.sendcloudPublic : hints.connectorToken) ?? null;
}

/** Every key's hint, each Connector API server's token by its origin (what the JSON export lists). */
export async function allKeyHints(): Promise<Omit<StoredHints, 'connectorToken'>> {
  await moveLegacyToken();
  const { connectorToken: _, ...hints } = await storedHints();
  return hints;
}

export async function forgetBackendKeys(): Promise<void> {
  const ids = (await db().secrets.where('id').startsWith(CONNECTOR_PREFIX).primaryKeys()) as string[];
  for (const id of [...Object.values(SENDCLOUD), LEGACY_CONNECTOR, ...ids]) await deleteSecret(id);
  await browser.storage.local.remove(HINTS_KEY);
}

/**
 * Drops the tokens of Connector API servers nothing needs any more: neither the one set nor one where an
 * integration still exists (connecting, connected or failing; a disconnected one is read and sent nowhere).
 */
export async function forgetUnusedConnectorTokens(): Promise<void> {
  const settings = await loadSettings();
  const atServers = (await db().integrations.toArray()).filter((i) => AT_BACKEND.has(i.status)); // not disconnected
  const needed = new Set(
    [settings.connectorUrl, ...atServers.map((i) => i.connectorUrl)].map(originOf).filter((o) => o !== null),
  );
  const hints = await storedHints();
  let changed = false;
  for (const id of (await db().secrets.where('id').startsWith(CONNECTOR_PREFIX).primaryKeys()) as string[]) {
    const origin = id.slice(CONNECTOR_PREFIX.length);
    if (needed.has(origin)) continue;
    await deleteSecret(id);
    delete hints.connectorTokens?.[origin];
    changed = true;
  }
  if (changed) await browser.storage.local.set({ [HINTS_KEY]: hints });
}

/** The client for the backend chosen in the settings, with its keys from the vault. */
export async function currentBackend(): Promise<Backend> {
  return backendFor((await loadSettings()).backend);
}

/**
 * The client for one kind of backend, with its keys from the vault: an integration made at the backend the
 * seller used before keeps being read and disconnected there after they choose the other one (for the
 * Connector API, at the server that made it, `connectorUrl`, else the one set, each with its own token).
 */
export async function backendFor(kind: Backend['kind'], connectorUrl?: string | null): Promise<Backend> {
  const settings = await loadSettings();
  if (kind === 'connector') {
    await moveLegacyToken();
    const url = connectorUrl || settings.connectorUrl;
    const origin = originOf(url);
    const token = origin ? await readSecret(CONNECTOR_PREFIX + origin) : null;
    if (!token || !url) throw new BackendError('not_configured');
    return connectorClient(url, token, browser.runtime.getManifest().version);
  }
  const [publicKey, secretKey] = await Promise.all([
    readSecret(SENDCLOUD.sendcloudPublic),
    readSecret(SENDCLOUD.sendcloudSecret),
  ]);
  if (!publicKey || !secretKey) throw new BackendError('not_configured');
  return sendcloudClient(publicKey, secretKey);
}
