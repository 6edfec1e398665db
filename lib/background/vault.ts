// Secrets at rest: AES-GCM with a non-extractable key made once per install. The key lives in its own
// database, apart from the ciphertexts; nothing readable is ever written to disk.
import Dexie, { type EntityTable } from 'dexie';
import { db } from '../db';

interface KeyRecord {
  id: 'vault';
  key: CryptoKey;
}

class KeyDb extends Dexie {
  keys!: EntityTable<KeyRecord, 'id'>;
  constructor() {
    super('shipbridge-keys', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ keys: 'id' });
  }
}

let keyDb: KeyDb | undefined;
let keyPromise: Promise<CryptoKey> | undefined;

async function loadOrCreateKey(): Promise<CryptoKey> {
  keyDb ??= new KeyDb();
  const kdb = keyDb;
  const existing = await kdb.keys.get('vault');
  if (existing) return existing.key;
  // Generated outside the transaction: IndexedDB commits a transaction that waits on anything else.
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return kdb.transaction('rw', kdb.keys, async () => {
    const raced = await kdb.keys.get('vault');
    if (raced) return raced.key;
    await kdb.keys.add({ id: 'vault', key: fresh });
    return fresh;
  });
}

function vaultKey(): Promise<CryptoKey> {
  keyPromise ??= loadOrCreateKey().catch((error) => {
    keyPromise = undefined;
    throw error;
  });
  return keyPromise;
}

/** Creates the key at install time, so the first capture does not pay for it. */
export async function prepareVault(): Promise<void> {
  await vaultKey();
}

export async function storeSecret(id: string, secret: string): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await vaultKey(), new TextEncoder().encode(secret));
  await db().secrets.put({ id, iv, data, createdAt: Date.now() });
}

/**
 * The secret stored under `id`, or null: none stored, or one that can no longer be decrypted (its key gone,
 * its bytes damaged). Such a ciphertext is useless for good: it is deleted, and every caller goes on as if it
 * had never been saved (a token is captured again, keys typed again) instead of failing on it at every use.
 */
export async function readSecret(id: string): Promise<string | null> {
  const record = await db().secrets.get(id);
  if (!record) return null;
  const key = await vaultKey(); // a key that cannot be loaded is not a lost one: that error goes to the caller
  try {
    return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv }, key, record.data));
  } catch {
    await db().transaction('rw', db().secrets, async () => {
      // Unless a new secret was stored under the id meanwhile (each has its own random IV).
      const now = await db().secrets.get(id);
      if (now?.iv.every((byte, i) => byte === record.iv[i])) await db().secrets.delete(id);
    });
    return null;
  }
}

export async function deleteSecret(id: string): Promise<void> {
  await db().secrets.delete(id);
}

/** Forgets the key too: every ciphertext left anywhere becomes unreadable. */
export async function destroyVault(): Promise<void> {
  keyPromise = undefined;
  await db().secrets.clear();
  keyDb ??= new KeyDb();
  await keyDb.keys.clear();
}
