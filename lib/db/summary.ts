import { db } from './index';

/** How many records of each kind ShipBridge keeps: the options page's "Your data", kept live there. */
export async function dataSummary() {
  const d = db();
  return d.transaction('r', [d.accounts, d.integrations, d.listings, d.authorizations, d.secrets], async () => ({
    accounts: await d.accounts.count(),
    integrations: await d.integrations.count(),
    listings: await d.listings.count(),
    authorizations: await d.authorizations.count(),
    secrets: await d.secrets.count(),
  }));
}
