import { db } from '../db';
import { DAY } from '../expiry';
import { loadSettings } from '../settings/store';
import { deleteAccount } from './captures';

export const PURGE_ALARM = 'purge';

/** Deletes whatever was captured longer ago than the retention period. */
export async function purgeExpired(
  now = Date.now(),
): Promise<{ accounts: number; listings: number; authorizations: number }> {
  const cutoff = now - (await loadSettings()).retentionDays * DAY;
  const old = await db().accounts.where('capturedAt').below(cutoff).toArray();
  for (const account of old) {
    await deleteAccount(account.id);
    await db().integrations.where('accountId').equals(account.id).delete();
  }
  const listings = await db().listings.where('seenAt').below(cutoff).delete();
  const authorizations = await db()
    .authorizations.filter((a) => a.seenAt < cutoff)
    .delete();
  return { accounts: old.length, listings, authorizations };
}
