import { db } from '../db';
import type { Authorization } from '../db/schemas';
import { DAY, isConfiguredDeveloper } from '../expiry';
import { loadSettings } from '../settings/store';
import { deleteAccount } from './captures';

export const PURGE_ALARM = 'purge';

/**
 * Deletes whatever was captured longer ago than the retention period, except what the expiry reminders
 * need: the configured developer's authorization date in each region (no seller ID, no account name) stays
 * until it has been over for the retention period.
 */
export async function purgeExpired(
  now = Date.now(),
): Promise<{ accounts: number; listings: number; authorizations: number }> {
  const settings = await loadSettings();
  const cutoff = now - settings.retentionDays * DAY;
  const remindsOf = (a: Authorization) =>
    isConfiguredDeveloper(settings, a.region, a.developerName) && a.expiresAt !== null && a.expiresAt > cutoff;
  const old = await db().accounts.where('capturedAt').below(cutoff).toArray();
  for (const account of old) await deleteAccount(account.id); // with its connections
  const listings = await db().listings.where('seenAt').below(cutoff).delete();
  const authorizations = await db()
    .authorizations.filter((a) => a.seenAt < cutoff && !remindsOf(a))
    .delete();
  return { accounts: old.length, listings, authorizations };
}
