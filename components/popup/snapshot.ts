import { db } from '@/lib/db';
import type { Account, Integration } from '@/lib/db/schemas';

/** What the popup's first render shows, read before it: the cards render complete, not in three passes. */
export interface PopupSnapshot {
  accounts: Account[];
  integrations: Integration[];
}

/** The accounts query the popup keeps live; the snapshot is its first answer. */
export const accountsNewestFirst = () => db().accounts.orderBy('capturedAt').reverse().toArray();

/** The captured accounts (newest first) and their integrations, in one read-only transaction. */
export async function readPopupSnapshot(): Promise<PopupSnapshot> {
  const d = db();
  return d.transaction('r', d.accounts, d.integrations, async () => ({
    accounts: await accountsNewestFirst(),
    integrations: await d.integrations.toArray(),
  }));
}
