import { db } from '../db';
import type { Authorization } from '../db/schemas';
import { MARKETPLACES, REGIONS, type Region } from '../marketplaces';
import type { AuthorizationRow } from '../seller-central/authorizations';
import { developerFor } from '../settings/schema';
import { loadSettings } from '../settings/store';

export const DAY = 86_400_000;
const YEAR = 365 * DAY;

const sameName = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** Replaces what was read for a region with what the page shows now. */
export async function saveAuthorizations(rows: AuthorizationRow[], region: Region): Promise<void> {
  const developer = developerFor(await loadSettings(), region);
  const now = Date.now();
  const records: Authorization[] = rows.map((row) => ({
    id: `${region}:${row.developerName}`,
    region,
    developerName: row.developerName,
    isConfiguredDeveloper: sameName(row.developerName, developer.name),
    status: row.status,
    authorizedAt: row.authorizedAt,
    expiresAt: row.expiresAt,
    estimated: false,
    seenAt: now,
  }));
  await db().transaction('rw', db().authorizations, async () => {
    await db().authorizations.where('region').equals(region).delete();
    await db().authorizations.bulkPut(records);
  });
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
 * before any visit, one year after the credentials were captured (an estimate).
 */
export async function regionExpiries(): Promise<RegionExpiry[]> {
  const settings = await loadSettings();
  const [authorizations, accounts] = await Promise.all([db().authorizations.toArray(), db().accounts.toArray()]);
  const result: RegionExpiry[] = [];
  for (const region of REGIONS) {
    const developer = developerFor(settings, region);
    const regionAccounts = accounts.filter((a) => a.region === region);
    const host = regionAccounts[0]?.host ?? MARKETPLACES.find((m) => m.region === region)?.host ?? '';
    const seen = authorizations.find((a) => a.region === region && a.isConfiguredDeveloper && a.expiresAt !== null);
    if (seen?.expiresAt) {
      result.push({ region, developerName: seen.developerName, expiresAt: seen.expiresAt, estimated: false, host });
    } else if (regionAccounts.length) {
      const earliest = Math.min(...regionAccounts.map((a) => a.capturedAt));
      result.push({ region, developerName: developer.name, expiresAt: earliest + YEAR, estimated: true, host });
    }
  }
  return result;
}
