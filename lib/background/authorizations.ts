import { db } from '../db';
import type { Authorization } from '../db/schemas';
import type { Region } from '../marketplaces';
import type { AuthorizationRow } from '../seller-central/authorizations';
import { developerFor } from '../settings/schema';
import { loadSettings } from '../settings/store';

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
