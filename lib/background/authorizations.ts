import { db } from '../db';
import type { Authorization } from '../db/schemas';
import type { Region } from '../marketplaces';
import type { AuthorizationRow } from '../seller-central/authorizations';
import { developerFor } from '../settings/schema';
import { loadSettings } from '../settings/store';

const sameName = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** The later of two expiry dates; an unknown one counts as earliest. */
const later = (a: number | null, b: number | null) =>
  (a ?? Number.NEGATIVE_INFINITY) >= (b ?? Number.NEGATIVE_INFINITY);

/**
 * Replaces what was read for a region with what the page shows now. A developer listed twice (an old
 * authorization next to its renewal, an MWS one next to an SP-API app) keeps the row that lasts longest:
 * the stale one must not raise "expired" while the renewal runs.
 */
export async function saveAuthorizations(rows: AuthorizationRow[], region: Region): Promise<void> {
  const developer = developerFor(await loadSettings(), region);
  const now = Date.now();
  const byName = new Map<string, AuthorizationRow>();
  for (const row of rows) {
    const kept = byName.get(row.developerName);
    if (!kept || !later(kept.expiresAt, row.expiresAt)) byName.set(row.developerName, row);
  }
  const records: Authorization[] = [...byName.values()].map((row) => ({
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
