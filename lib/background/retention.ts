import { db } from '../db';
import type { Account, Authorization, Integration } from '../db/schemas';
import { AT_BACKEND, ENDED_AT_BACKEND } from '../db/statuses';
import { DAY, isConfiguredDeveloper } from '../expiry';
import { loadSettings } from '../settings/store';
import { deleteAccount, keepOnlyConnections } from './captures';

export const PURGE_ALARM = 'purge';

/**
 * A connection the popup still has to show once its account's capture is older than the retention period:
 * at the platform as last known (its status is what the popup, the toolbar button and the notification of a
 * failing connection are for), or ended there within the period (where that notification leads).
 */
function stillShown(integration: Integration, cutoff: number): boolean {
  return (
    (integration.remoteId !== null && AT_BACKEND.has(integration.status)) ||
    (integration.problem === ENDED_AT_BACKEND && integration.updatedAt >= cutoff)
  );
}

/**
 * When an account's retention period started: its capture, or the moment its token was kept again since (the
 * same token seen again after it had left, for a country not at the platform; the capture date stays the
 * authorization's own, which the hand-off sends).
 */
export async function retainedSince(account: Account): Promise<number> {
  const secret = account.secretId ? await db().secrets.get(account.secretId) : undefined;
  return Math.max(account.capturedAt, secret?.createdAt ?? 0);
}

/**
 * Deletes whatever was captured longer ago than the retention period, except what is still in use: an
 * account with connections at the platform keeps them, with its seller ID, name and countries, for as long
 * as they are there (and one that ended there, for the period after it ended), but not its token; and the
 * configured developer's authorization date in each region (no seller ID, no account name) stays until it
 * has been over for the retention period, for the expiry reminders. `accounts`: how many were deleted.
 */
export async function purgeExpired(
  now = Date.now(),
): Promise<{ accounts: number; listings: number; authorizations: number }> {
  const settings = await loadSettings();
  const cutoff = now - settings.retentionDays * DAY;
  const remindsOf = (a: Authorization) =>
    isConfiguredDeveloper(settings, a.region, a.developerName) && a.expiresAt !== null && a.expiresAt > cutoff;
  const old = await db().accounts.where('capturedAt').below(cutoff).toArray();
  let accounts = 0;
  for (const account of old) {
    if ((await retainedSince(account)) >= cutoff) continue; // its token was kept again within the period
    const integrations = await db().integrations.where('accountId').equals(account.id).toArray();
    const shown = integrations.filter((i) => stillShown(i, cutoff)).map((i) => i.id);
    if (shown.length) {
      // Kept before, with nothing of it to delete since: no write (this runs every day for such an account).
      if (!account.secretId && shown.length === integrations.length) continue;
      await keepOnlyConnections(account.id, new Set(shown), now);
    } else {
      await deleteAccount(account.id); // with its connections
      accounts++;
    }
  }
  const listings = await db().listings.where('seenAt').below(cutoff).delete();
  const authorizations = await db()
    .authorizations.filter((a) => a.seenAt < cutoff && !remindsOf(a))
    .delete();
  return { accounts, listings, authorizations };
}
