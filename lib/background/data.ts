import { browser } from 'wxt/browser';
import { db } from '../db';
import { publishPageStrings } from '../i18n/page';
import { loadSettings } from '../settings/store';
import { updateBadge } from './alerts';
import { allKeyHints, forgetBackendKeys } from './backend-keys';
import { scheduleChores } from './chores';
import { destroyVault } from './vault';

/** Everything ShipBridge keeps, as JSON, secrets left out (only their last characters, as shown in the UI). */
export async function exportData() {
  const d = db();
  const withoutTokenRefs = <T extends { secretId: string | null; tokenDigest?: string }>({
    secretId,
    tokenDigest: _,
    ...rest
  }: T) => ({
    ...rest,
    tokenStored: secretId !== null,
  });
  return {
    exportedAt: new Date().toISOString(),
    settings: await loadSettings(),
    backendKeys: await allKeyHints(),
    accounts: (await d.accounts.toArray()).map(withoutTokenRefs),
    integrations: await d.integrations.toArray(),
    listings: await d.listings.toArray(),
    authorizations: await d.authorizations.toArray(),
  };
}

/**
 * Deletes every record, secret, key and setting, and takes down ShipBridge's notifications. The page texts
 * are published again (they are not data), and the periodic chores scheduled again.
 */
export async function deleteEverything(): Promise<void> {
  await Promise.all(db().tables.map((t) => t.clear()));
  await destroyVault();
  await forgetBackendKeys();
  await browser.storage.local.clear();
  // What ShipBridge's notifications still show names accounts and countries: they go too.
  for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
  await browser.alarms.clearAll(); // the outbox's retries among them
  await scheduleChores(); // reminders and the purge go on for whatever is captured next
  await updateBadge(); // nothing left to show
  await publishPageStrings();
}
