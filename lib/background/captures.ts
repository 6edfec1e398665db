import { db } from '../db';
import type { Account } from '../db/schemas';
import { AT_BACKEND } from '../db/statuses';
import { marketplaceById, type Region, regionOfHost } from '../marketplaces';
import type { CapturedCredentialsInput, CaptureResult } from '../messaging/schemas';
import { parseCredentials, tokenHint } from '../seller-central/credentials';
import { updateBadge } from './alerts';
import { noteGrantedAuthorization } from './authorizations';
import { tokenStillNeeded } from './outbox';
import { deleteSecret, readSecret, storeSecret } from './vault';

const secretIdOf = (accountId: string) => `token:${accountId}`;

async function tokenDigest(accountId: string, token: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${accountId}\n${token}`));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Saves a captured credentials screen: the token into the vault first, then the account. The same screen
 * seen again changes nothing; a newer token for the same seller supersedes the old one.
 */
export async function saveCapture(
  input: CapturedCredentialsInput,
  region: Region,
  host: string,
): Promise<CaptureResult> {
  const accountId = `${region}:${input.sellerId}`;
  const secretId = secretIdOf(accountId);
  const existing = await db().accounts.get(accountId);
  const digest = await tokenDigest(accountId, input.secret.token);
  // Compared with the stored token while it is here, with its digest once it has left.
  const sameToken = existing?.secretId
    ? (await readSecret(existing.secretId)) === input.secret.token
    : existing?.tokenDigest === digest;
  const marketplaceIds = [...new Set([...(existing?.marketplaceIds ?? []), ...input.marketplaceIds])];
  const unknownMarketplaceIds = [
    ...new Set([...(existing?.unknownMarketplaceIds ?? []), ...input.unknownMarketplaceIds]),
  ];
  const integrations = await db().integrations.where('accountId').equals(accountId).toArray();
  // The same token after it has left comes back only for a marketplace that is not at the backend with it:
  // one not handed to yet, or one whose connection has ended since (disconnected here or at the platform).
  const wantedBack = (account: Account) => !account.secretId && tokenStillNeeded(account, integrations);
  const unchanged =
    sameToken &&
    existing !== undefined &&
    !wantedBack(existing) &&
    marketplaceIds.length === existing.marketplaceIds.length &&
    unknownMarketplaceIds.length === existing.unknownMarketplaceIds.length &&
    (input.accountName === null || input.accountName === existing.accountName);
  const result = (changed: boolean): CaptureResult => ({
    accountId,
    sellerId: input.sellerId,
    marketplaceCount: marketplaceIds.length + unknownMarketplaceIds.length,
    tokenHint: tokenHint(input.secret.token),
    changed,
  });
  if (unchanged) return result(false);

  const stored = Boolean(sameToken && existing?.secretId);
  const keep = !sameToken || stored || wantedBack({ ...(existing as Account), marketplaceIds, unknownMarketplaceIds });
  if (keep && !stored) await storeSecret(secretId, input.secret.token);
  const account: Account = {
    id: accountId,
    sellerId: input.sellerId,
    region,
    accountName: input.accountName ?? existing?.accountName ?? null,
    host,
    marketplaceIds,
    unknownMarketplaceIds,
    authorizationType: input.secret.type,
    appId: input.secret.type === 'sp_api_refresh_token' ? input.secret.appId : null,
    secretId: keep ? secretId : null,
    tokenDigest: digest,
    tokenHint: tokenHint(input.secret.token),
    capturedAt: sameToken && existing ? existing.capturedAt : Date.now(),
  };
  await db().transaction('rw', db().accounts, db().integrations, async () => {
    await db().accounts.put(account);
    // A new token for countries already at the backend: they keep the earlier one until the seller hands this
    // one over (the popup offers it), and this one stays here until then.
    if (existing && !sameToken)
      await db()
        .integrations.where('accountId')
        .equals(accountId)
        .filter((i) => i.remoteId !== null && AT_BACKEND.has(i.status))
        .modify({ earlierToken: true });
  });
  // A new token is a new authorization: its year starts now (what the reminders need of it outlives the
  // account). The credentials are saved whatever becomes of that note: the page must not say otherwise.
  if (!sameToken) await noteGrantedAuthorization(region, host, account.capturedAt).catch(() => undefined);
  return result(true);
}

/** The popup's manual fallback: the same parser as the page, the region from the marketplaces. */
export async function savePastedCredentials(text: string) {
  const parsed = parseCredentials(text);
  if (!parsed) return { saved: false as const, reason: 'not_found' as const };
  const first = parsed.marketplaceIds.map((id) => marketplaceById(id)).find(Boolean);
  if (!first) return { saved: false as const, reason: 'no_marketplace' as const };
  return { saved: true as const, ...(await saveCapture(parsed, first.region, first.host)) };
}

/**
 * What the retention period leaves of an account with connections the popup still has to show (`keep`, by
 * id): the token goes if it was still here (so do the hand-offs waiting for it), and so do the account's
 * other connections; its seller ID, name and countries stay with those connections.
 */
export async function keepOnlyConnections(accountId: string, keep: ReadonlySet<string>, now = Date.now()) {
  const account = await db().accounts.get(accountId);
  if (!account) return;
  if (account.secretId) await deleteSecret(account.secretId);
  await db().transaction('rw', db().accounts, db().integrations, db().outbox, async () => {
    const integrationIds = await db().integrations.where('accountId').equals(accountId).primaryKeys();
    await db().outbox.where('integrationId').anyOf(integrationIds).delete();
    await db().integrations.bulkDelete(integrationIds.filter((id) => !keep.has(id)));
    // No new token waits to be handed over to them any more.
    await db()
      .integrations.where('id')
      .anyOf([...keep])
      .modify({ earlierToken: false });
    if (account.secretId) await db().accounts.update(accountId, { secretId: null, tokenPurgedAt: now });
  });
  await updateBadge();
}

/** Deletes an account with its token, its connections and their pending hand-offs (nothing of it is left). */
export async function deleteAccount(accountId: string): Promise<void> {
  const account = await db().accounts.get(accountId);
  if (account?.secretId) await deleteSecret(account.secretId);
  await db().transaction('rw', db().accounts, db().integrations, db().outbox, async () => {
    const integrationIds = await db().integrations.where('accountId').equals(accountId).primaryKeys();
    await db().outbox.where('integrationId').anyOf(integrationIds).delete();
    await db().integrations.bulkDelete(integrationIds);
    await db().accounts.delete(accountId);
  });
  await updateBadge(); // its failing countries are gone with it
}

export function regionOfSender(url: string | undefined): { region: Region; host: string } | null {
  if (!url) return null;
  const host = new URL(url).hostname;
  const region = regionOfHost(host);
  return region ? { region, host } : null;
}
