// When each region's authorization of the configured developer ends, and how to say so. Read-only:
// used by the background's reminders and by the popup alike.
import { db } from './db';
import type { Params } from './i18n/translate';
import type { UiKey } from './i18n/ui';
import { MARKETPLACES, REGIONS, type Region } from './marketplaces';
import { developerFor, type Settings } from './settings/schema';
import { loadSettings } from './settings/store';

export const DAY = 86_400_000;
export const YEAR = 365 * DAY;

/**
 * Whether Manage Your Apps' `developerName` is the developer the settings name for `region` now (spaces and
 * capitals aside: "SendCloud" and "Send Cloud" are one). Decided when read, not when stored: the seller
 * may configure another developer after Manage Your Apps was read.
 */
export function isConfiguredDeveloper(settings: Settings, region: Region, developerName: string): boolean {
  const squash = (name: string) => name.replace(/\s+/g, '').toLowerCase();
  return squash(developerName) === squash(developerFor(settings, region).name);
}

export interface RegionExpiry {
  region: Region;
  developerName: string;
  expiresAt: number;
  estimated: boolean;
  host: string;
}

/**
 * When each region's authorization of the configured developer ends: as read from Manage Your Apps, or,
 * before any visit, one year after the credentials were captured (an estimate). `settings`: when the
 * caller has just read them.
 */
export async function regionExpiries(read?: Settings): Promise<RegionExpiry[]> {
  const settings = read ?? (await loadSettings());
  const [authorizations, accounts] = await Promise.all([db().authorizations.toArray(), db().accounts.toArray()]);
  const result: RegionExpiry[] = [];
  for (const region of REGIONS) {
    const developer = developerFor(settings, region);
    const regionAccounts = accounts.filter((a) => a.region === region);
    const accountHost = regionAccounts[0]?.host;
    const regionHost = MARKETPLACES.find((m) => m.region === region)?.host ?? '';
    // The configured developer's authorization that lasts longest (its name may be listed in two spellings).
    const seen = authorizations
      .filter(
        (a) => a.region === region && a.expiresAt !== null && isConfiguredDeveloper(settings, region, a.developerName),
      )
      .sort((a, b) => (b.expiresAt ?? 0) - (a.expiresAt ?? 0))[0];
    if (seen?.expiresAt) {
      result.push({
        region,
        developerName: seen.developerName,
        expiresAt: seen.expiresAt,
        estimated: seen.estimated,
        host: accountHost ?? seen.host ?? regionHost,
      });
    } else if (regionAccounts.length) {
      const earliest = Math.min(...regionAccounts.map((a) => a.capturedAt));
      result.push({
        region,
        developerName: developer.name,
        expiresAt: earliest + YEAR,
        estimated: true,
        host: accountHost ?? regionHost,
      });
    }
  }
  return result;
}

/** "… can access your account until …: N days left" or "… expired on …", for the popup and reminders alike. */
export function expiryText(
  t: (key: UiKey, params?: Params) => string,
  e: RegionExpiry,
  now: number,
  date: (ms: number) => string,
): string {
  const region = t(`options.developer.region.${e.region}`);
  if (e.expiresAt <= now) return t('expiry.expired', { developer: e.developerName, region, date: date(e.expiresAt) });
  return t('expiry.expires', {
    developer: e.developerName,
    region,
    date: date(e.expiresAt),
    days: Math.ceil((e.expiresAt - now) / DAY),
  });
}
