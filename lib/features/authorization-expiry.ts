import { observeBatched } from '../dom/observe';
import { regionOfHost } from '../marketplaces';
import { send } from '../messaging/client';
import { type AuthorizationRow, isManageAppsUrl, readAuthorizations } from '../seller-central/authorizations';
import type { Feature } from './types';

// US-style hosts write dates month first (11/26/2026); every other Seller Central writes the day first.
const MONTH_FIRST_HOSTS = new Set(['sellercentral.amazon.com', 'sellercentral.amazon.ca']);

let sentFromThisPage = '';

/** Reads the authorization and expiry dates of Manage Your Apps so reminders use the real dates. */
export const authorizationExpiry: Feature = {
  id: 'authorization-expiry',
  runsOn: (url) => isManageAppsUrl(url) && regionOfHost(url.hostname) !== undefined,
  run({ url, signal }) {
    observeBatched(
      document.documentElement,
      () => {
        const rows: AuthorizationRow[] = readAuthorizations(document, MONTH_FIRST_HOSTS.has(url.hostname));
        const key = JSON.stringify(rows);
        if (!rows.length || key === sentFromThisPage) return;
        sentFromThisPage = key;
        void send('page:authorizations', { rows: rows.slice(0, 100) });
      },
      signal,
    );
  },
};
