import { BackendError } from '../backends/errors';
import { sameShopName } from '../backends/sendcloud';
import type { RemoteIntegration } from '../backends/types';
import { db } from '../db';
import type { Integration } from '../db/schemas';
import { AT_BACKEND, ENDED_AT_BACKEND, OTHER_KEYS } from '../db/statuses';
import { marketplaceById } from '../marketplaces';
import type { OrderStatusUpdate } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { noteUnread, tellEnded, tellFailing, updateBadge } from './alerts';
import { backendFor, forgetUnusedConnectorTokens, keysHint, originOf } from './backend-keys';
import { forgetTokenIfHandedOver, localStatus, processOutbox } from './outbox';
import { readSecret } from './vault';

export interface ConnectItem {
  accountId: string;
  marketplaceId: string;
  shopName: string;
  importPackageWeight: boolean;
  orderStatusUpdate: OrderStatusUpdate;
}

/**
 * Queues one hand-off per marketplace, durably, before anything is sent. Marketplaces already connected
 * or already queued are left as they are, so pressing Connect twice never creates a second integration.
 */
export async function queueConnections(items: ConnectItem[]): Promise<{ queued: number }> {
  const settings = await loadSettings();
  let queued = 0;
  await db().transaction('rw', db().accounts, db().integrations, db().outbox, async () => {
    for (const item of items) {
      const account = await db().accounts.get(item.accountId);
      if (!account || ![...account.marketplaceIds, ...account.unknownMarketplaceIds].includes(item.marketplaceId))
        continue;
      // Without its token no backend can connect a marketplace (the popup says how to get a new one).
      if (!account.secretId) continue;
      const id = `${account.sellerId}:${item.marketplaceId}`;
      const existing = await db().integrations.get(id);
      const busy = await db().outbox.where('integrationId').equals(id).count();
      if (busy || (existing && ['connected', 'connecting'].includes(existing.status) && existing.remoteId)) continue;
      const now = Date.now();
      const integration: Integration = {
        id,
        accountId: account.id,
        sellerId: account.sellerId,
        marketplaceId: item.marketplaceId,
        countryCode: marketplaceById(item.marketplaceId)?.countryCode ?? 'ZZ',
        shopName: item.shopName.trim().slice(0, 250),
        importPackageWeight: item.importPackageWeight,
        orderStatusUpdate: item.orderStatusUpdate,
        backend: settings.backend,
        status: 'queued',
        remoteId: null,
        problem: null,
        message: null,
        fieldErrors: null,
        lastSyncAt: null,
        updatedAt: now,
      };
      await db().integrations.put(integration);
      await db().outbox.add({
        id: crypto.randomUUID(),
        integrationId: id,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        createdAt: now,
      });
      queued++;
    }
  });
  void processOutbox();
  return { queued };
}

/**
 * Integrations the seller is disconnecting right now: gone at the backend a moment before the row says so,
 * which a status read in that moment must not take for a connection ended at the platform.
 */
const leaving = new Set<string>();

/** How long a status read waits before reading again a list that ends connections (see refreshStatuses). */
const CONFIRM_ENDED_MS = 1000;

/** The platform's record of `integration` in `remote`: by its id, or (Connector API) by seller and marketplace. */
function matchOf(
  integration: Integration,
  remote: RemoteIntegration[],
  kind: Integration['backend'],
): RemoteIntegration | undefined {
  return (
    remote.find((r) => r.id === integration.remoteId) ??
    (kind === 'connector'
      ? remote.find((r) => r.sellerId === integration.sellerId && r.marketplaceId === integration.marketplaceId)
      : undefined)
  );
}

/**
 * Connections the keys read with now cannot see, by ShipBridge id: at the platform until now, last found
 * there with other keys (`keys`: their hint), and not in `remote`, when these keys find none of the
 * connections last seen with other keys. Such keys are most likely another account's (saved by mistake, or
 * the seller's new one): what they do not list has not ended, and stays as last known (OTHER_KEYS). Keys
 * that find any of them are the same account's (made anew there): what they do not list has ended.
 */
function unseenWithOtherKeys(
  kind: Integration['backend'],
  mine: Integration[],
  remote: RemoteIntegration[],
  keys: string | null,
): Set<string> {
  const seenWithOther = mine.filter((i) => keys && i.seenWith && i.seenWith !== keys);
  if (seenWithOther.some((i) => matchOf(i, remote, kind))) return new Set();
  return new Set(seenWithOther.filter((i) => AT_BACKEND.has(i.status) && i.remoteId).map((i) => i.id));
}

/**
 * Connections that were at Sendcloud (ended there, disconnected here, or `unseen` with the keys saved now)
 * and that the seller made again in its panel (of the account whose keys are saved now), by ShipBridge id:
 * the one Amazon integration there linked to no connection under the shop name of the one gone, when no
 * other connection not linked there (gone too, or waiting for the panel) has that name. Sendcloud's list
 * names no seller or marketplace; the Connector API's are found by those in `matchOf`, disconnected or not.
 */
function recreatedAtSendcloud(
  kind: Integration['backend'],
  mine: Integration[],
  remote: RemoteIntegration[],
  local: Integration[],
  unseen: ReadonlySet<string>,
): Map<string, RemoteIntegration> {
  const found = new Map<string, RemoteIntegration>();
  if (kind !== 'sendcloud') return found;
  const linked = new Set(local.filter((i) => i.backend === 'sendcloud').map((i) => i.remoteId));
  const unlinked = remote.filter((r) => !linked.has(r.id));
  const unlinkedHere = mine.filter((i) => unseen.has(i.id) || !(AT_BACKEND.has(i.status) && i.remoteId));
  for (const integration of mine) {
    if (!integration.remoteId || !(integration.status === 'disconnected' || unseen.has(integration.id))) continue;
    const named = (i: { shopName: string }) => sameShopName(i.shopName, integration.shopName);
    const candidates = unlinked.filter(named);
    const [only] = candidates;
    if (only && candidates.length === 1 && unlinkedHere.filter(named).length === 1) found.set(integration.id, only);
  }
  return found;
}

/** Gone at the platform, or reported disconnected there: ended there, if it was there until now. */
function goneThere(integration: Integration, match: RemoteIntegration | undefined): boolean {
  return match ? match.status === 'disconnected' : Boolean(integration.remoteId);
}

/**
 * Reads each integration's health at its backend and records it (nothing to ask before anything is handed
 * over). The backend chosen now answers for itself (its errors are the seller's to see); one chosen before,
 * or a Connector API server set before, is read while that still works, and otherwise its integrations are
 * left as last known: never "disconnected" for not being at the other backend. A connection the platform
 * no longer has, or reports disconnected, without the seller disconnecting it here (removed in the
 * platform's panel, by a colleague or by the platform) is disconnected with the reason ENDED_AT_BACKEND.
 * A list that ends connections is read again `confirmAfterMs` later, and that one is recorded: a platform
 * answering wrongly for a moment (a server restarting, a copy of its data lagging behind) must not tell the
 * seller that orders stopped importing. The toolbar badge follows; `tell` (the periodic read, not the
 * popup's, whose seller sees for themself): a notification names the countries the platform has just
 * started to report failing, another the ones whose connection has just ended there (their orders stop
 * importing as well).
 */
export async function refreshStatuses({ tell = false, confirmAfterMs = CONFIRM_ENDED_MS } = {}): Promise<{
  refreshed: number;
}> {
  const local = await db().integrations.toArray();
  if (!local.length) return { refreshed: 0 };
  const newlyFailing: Integration[] = [];
  const newlyEnded: Integration[] = [];
  const settings = await loadSettings();
  // Where each integration is read: Sendcloud, or one Connector API server (older rows: the one set).
  type Source = { kind: Integration['backend']; server: string | null; integrations: Integration[] };
  const sources = new Map<string, Source>();
  const sourceOf = (kind: Integration['backend'], url?: string | null): Source => {
    const server = kind === 'connector' ? url || settings.connectorUrl : null;
    const key = `${kind} ${server ?? ''}`;
    const source = sources.get(key) ?? { kind, server, integrations: [] };
    sources.set(key, source);
    return source;
  };
  const current = sourceOf(settings.backend);
  for (const integration of local)
    sourceOf(integration.backend, integration.connectorUrl).integrations.push(integration);
  let refreshed = 0;
  let failure: unknown = null;
  // Accounts with a disconnected country found at the platform again (made there anew, not by a hand-off
  // here): their token, if kept for that country, may have nowhere left to go.
  const backThere = new Set<string>();
  for (const source of sources.values()) {
    const { kind, server, integrations: mine } = source;
    if (!mine.length) continue; // the backend chosen now, with nothing there yet: nothing to read
    const read = async () => (await backendFor(kind, server)).listIntegrations();
    let remote: RemoteIntegration[];
    try {
      remote = await read();
      const ends = (i: Integration) => AT_BACKEND.has(i.status) && goneThere(i, matchOf(i, remote, kind));
      if (mine.some((i) => !leaving.has(i.id) && ends(i))) {
        await new Promise((resolve) => setTimeout(resolve, confirmAfterMs));
        remote = await read();
      }
    } catch (error) {
      // Said once the other sources are read too: what the popup shows for these may be out of date.
      if (source === current) failure = error;
      continue;
    }
    const keys = await keysHint(kind, server);
    const unseen = unseenWithOtherKeys(kind, mine, remote, keys);
    const madeAgain = recreatedAtSendcloud(kind, mine, remote, local, unseen);
    for (const integration of mine) {
      // Changed while the list was read (the seller disconnected it, or a hand-off answered): the read
      // above may predate that change, so it is not recorded; the next read sees the row as it is now.
      const current = await db().integrations.get(integration.id);
      if (!current || current.updatedAt !== integration.updatedAt || leaving.has(integration.id)) continue;
      const match = matchOf(integration, remote, kind) ?? madeAgain.get(integration.id);
      if (!match && unseen.has(integration.id)) {
        if (integration.problem !== OTHER_KEYS) {
          await db().integrations.update(integration.id, { problem: OTHER_KEYS, message: null, updatedAt: Date.now() });
          refreshed++;
        }
        continue;
      }
      const ended = goneThere(integration, match);
      const endedNow = ended && AT_BACKEND.has(integration.status);
      if (endedNow) newlyEnded.push(integration);
      const endedProblem = endedNow ? ENDED_AT_BACKEND : integration.problem;
      if (!match) {
        if (integration.remoteId && integration.status !== 'disconnected') {
          await db().integrations.update(integration.id, {
            status: 'disconnected',
            problem: endedProblem,
            message: null,
            updatedAt: Date.now(),
          });
          refreshed++;
        }
        continue;
      }
      const status = localStatus(match.status);
      if (status === 'failing' && integration.status !== 'failing') newlyFailing.push(integration);
      if (integration.status === 'disconnected' && AT_BACKEND.has(status)) backThere.add(integration.accountId);
      await db().integrations.update(integration.id, {
        status,
        remoteId: match.id,
        connectorUrl: server, // found there (also one made there whose answer never arrived)
        ...(keys ? { seenWith: keys } : {}),
        message: match.message,
        problem: ended ? endedProblem : null,
        lastSyncAt: match.lastSyncAt,
        updatedAt: Date.now(),
      });
      refreshed++;
    }
  }
  for (const accountId of backThere) {
    // Not while a hand-off of the account waits or is under way: the outbox forgets the token when it ends.
    const ids = await db().integrations.where('accountId').equals(accountId).primaryKeys();
    if (!(await db().outbox.where('integrationId').anyOf(ids).count())) await forgetTokenIfHandedOver(accountId);
  }
  await forgetUnusedConnectorTokens();
  await updateBadge();
  if (tell) {
    await tellFailing(newlyFailing);
    await tellEnded(newlyEnded);
  }
  await noteUnread(failure, tell);
  if (failure) throw failure;
  return { refreshed };
}

/**
 * How many connections at the platform chosen now (at a Connector API server: the one set) the keys saved
 * now cannot see (OTHER_KEYS), as the last status read left them.
 */
export async function unseenWithKeysNow(): Promise<number> {
  const settings = await loadSettings();
  const here = originOf(settings.connectorUrl);
  return db()
    .integrations.filter(
      (i) =>
        i.problem === OTHER_KEYS &&
        i.backend === settings.backend &&
        (i.backend === 'sendcloud' || originOf(i.connectorUrl || settings.connectorUrl) === here),
    )
    .count();
}

/** Removes an integration at the backend that made it; one already gone there (a 404) counts as removed. */
async function removeAtBackend(integration: Integration): Promise<void> {
  if (!integration.remoteId) throw new BackendError('not_found');
  // At the backend that made it, even if the seller has chosen the other one since.
  const backend = await backendFor(integration.backend, integration.connectorUrl);
  try {
    await backend.disconnect(integration.remoteId);
  } catch (error) {
    // Already gone there (removed in the platform's own panel): disconnected is what the seller asked for.
    if (!(error instanceof BackendError && error.code === 'not_found')) throw error;
    // Unless the keys saved now are ones that cannot see it (another account's): there it may still be.
    if (integration.problem === OTHER_KEYS) throw new BackendError('other_keys');
  }
}

export async function disconnect(integrationId: string): Promise<void> {
  const integration = await db().integrations.get(integrationId);
  if (!integration) throw new BackendError('not_found');
  leaving.add(integrationId);
  try {
    await removeAtBackend(integration);
    // Disconnected as asked: the platform's last words about it (a failing reason) are not news any more.
    await db().integrations.update(integrationId, {
      status: 'disconnected',
      problem: null,
      message: null,
      earlierToken: false,
      updatedAt: Date.now(),
    });
  } finally {
    leaving.delete(integrationId);
  }
  await forgetUnusedConnectorTokens(); // the last one at a server set before: its token has nothing left to do
  await updateBadge(); // a failing country disconnected fails no more
}

/**
 * The seller leaves a connection that ended at the platform as it is (removed there on purpose): it stays
 * disconnected without the reason, so the popup and the notification stop saying that orders from there are
 * not importing. Nothing is asked of the platform. False when it had not ended there (or has gone since).
 */
export async function leaveEnded(integrationId: string): Promise<boolean> {
  const left = await db()
    .integrations.where('id')
    .equals(integrationId)
    .filter((i) => i.problem === ENDED_AT_BACKEND)
    .modify({ problem: null, message: null, updatedAt: Date.now() });
  if (left) await updateBadge(); // the notification of it goes once no other country has ended
  return left > 0;
}

/**
 * Hands the account's new token to the countries still connected with an earlier one: each is removed where
 * it was made (the contract has no way to change a token) and connected anew with the same shop name and
 * options. Stops at the first country that cannot be removed; the ones before it are queued.
 */
export async function handOverNewToken(accountId: string): Promise<{ queued: number }> {
  const account = await db().accounts.get(accountId);
  if (!account?.secretId) throw new BackendError('token_gone');
  const earlier = (await db().integrations.where('accountId').equals(accountId).toArray()).filter(
    (i) => i.earlierToken,
  );
  let queued = 0;
  for (const integration of earlier) {
    leaving.add(integration.id);
    try {
      await removeAtBackend(integration);
      // Still marked until the new hand-off replaces the row: a country connected meanwhile with the new
      // token cannot make it leave the extension before this one has been queued with it.
      await db().integrations.update(integration.id, { status: 'disconnected', updatedAt: Date.now() });
      queued += (await queueConnections([integration])).queued;
    } finally {
      leaving.delete(integration.id);
    }
  }
  return { queued };
}

/** What the seller types into Sendcloud's Amazon connect form, in its order. Extension pages only. */
export async function handoffValues(integrationId: string) {
  const integration = await db().integrations.get(integrationId);
  const account = integration && (await db().accounts.get(integration.accountId));
  if (!integration || !account) throw new BackendError('not_found');
  return {
    shopName: integration.shopName,
    sellerId: account.sellerId,
    countryCode: integration.countryCode,
    token: account.secretId ? await readSecret(account.secretId) : null,
  };
}
