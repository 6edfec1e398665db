import { db } from '../db';
import type { Authorization } from '../db/schemas';
import { isConfiguredDeveloper, YEAR } from '../expiry';
import type { Region } from '../marketplaces';
import type { AuthorizationRow } from '../seller-central/authorizations';
import { developerFor } from '../settings/schema';
import { loadSettings } from '../settings/store';

/** The later of two expiry dates; an unknown one counts as earliest. */
const later = (a: number | null, b: number | null) =>
  (a ?? Number.NEGATIVE_INFINITY) >= (b ?? Number.NEGATIVE_INFINITY);

/**
 * Replaces what was read for a region with what the page shows now. A developer listed twice (an old
 * authorization next to its renewal, an MWS one next to an SP-API app) keeps the row that lasts longest:
 * the stale one must not raise "expired" while the renewal runs.
 */
export async function saveAuthorizations(rows: AuthorizationRow[], region: Region, host?: string): Promise<void> {
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
    status: row.status,
    authorizedAt: row.authorizedAt,
    expiresAt: row.expiresAt,
    estimated: false,
    seenAt: now,
    ...(host ? { host } : {}),
  }));
  await db().transaction('rw', db().authorizations, async () => {
    await db().authorizations.where('region').equals(region).delete();
    await db().authorizations.bulkPut(records);
  });
}

/**
 * What the expiry reminders need of a new authorization, kept apart from the captured account (which the
 * retention period deletes long before the year is over): the configured developer's authorization in the
 * region, estimated to end a year after it was granted. An authorization of the region that is still
 * running when this one is granted, and ends no later, stays: the reminder must come for whichever ends
 * first. A date read later from Manage Your Apps replaces the estimate (saveAuthorizations).
 */
export async function noteGrantedAuthorization(region: Region, host: string, grantedAt: number): Promise<void> {
  const settings = await loadSettings();
  const developer = developerFor(settings, region);
  const expiresAt = grantedAt + YEAR;
  const table = db().authorizations;
  await db().transaction('rw', table, async () => {
    const configured = (await table.where('region').equals(region).toArray()).filter((a) =>
      isConfiguredDeveloper(settings, region, a.developerName),
    );
    const running = configured.some((a) => a.expiresAt !== null && a.expiresAt > grantedAt && a.expiresAt <= expiresAt);
    if (running) return;
    await table.bulkDelete(configured.map((a) => a.id));
    await table.put({
      id: `${region}:${developer.name}`,
      region,
      developerName: developer.name,
      status: '',
      authorizedAt: grantedAt,
      expiresAt,
      estimated: true,
      seenAt: grantedAt,
      host,
    });
  });
}
