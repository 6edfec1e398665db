// Hand-offs to the shipping backend, queued durably before the first request and sent only from here.
// Each entry's id is its Idempotency-Key, reused on every retry, so a retry after a crash never duplicates.
import { browser } from 'wxt/browser';
import { BackendError } from '../backends/errors';
import type { Backend, ConnectRequest, RemoteIntegration, SendcloudClient } from '../backends/types';
import { db } from '../db';
import type { Account, Integration, OutboxEntry } from '../db/schemas';
import { AT_BACKEND } from '../db/statuses';
import { developerFor, formatDeveloperId } from '../settings/schema';
import { loadSettings } from '../settings/store';
import { tellWaitedHandoffs, updateBadge } from './alerts';
import { currentBackend, keysHint } from './backend-keys';
import { backoffMs } from './backoff';
import { deleteSecret, readSecret } from './vault';

export const OUTBOX_ALARM = 'outbox';
const MINUTE = 60_000;

/**
 * How long to wait before asking Sendcloud again whether the seller has created the integration in its
 * panel, `waitingMs` after they pressed Connect: every 10 s while they are probably at it, then every
 * minute, then every 15 minutes for a hand-off left for later (the open popup asks every 10 s).
 */
export function panelPollDelay(waitingMs: number): number {
  if (waitingMs < 15 * MINUTE) return 10_000;
  if (waitingMs < 120 * MINUTE) return MINUTE;
  return 15 * MINUTE;
}

let running: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function localStatus(remote: RemoteIntegration['status']): Integration['status'] {
  return remote === 'pending' ? 'connecting' : remote;
}

async function buildRequest(integration: Integration, account: Account, token: string): Promise<ConnectRequest> {
  const developer = developerFor(await loadSettings(), account.region);
  const authorizedAt = new Date(account.capturedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const developerId = formatDeveloperId(developer.id);
  return {
    shop_name: integration.shopName,
    seller_id: account.sellerId,
    marketplace_id: integration.marketplaceId,
    country_code: integration.countryCode,
    region: account.region,
    authorization:
      account.authorizationType === 'mws'
        ? { type: 'mws', developer_id: developerId, mws_auth_token: token, authorized_at: authorizedAt }
        : {
            type: 'sp_api_refresh_token',
            developer_id: developerId,
            refresh_token: token,
            app_id: account.appId,
            authorized_at: authorizedAt,
          },
    import_package_weight: integration.importPackageWeight,
    order_status_update: integration.orderStatusUpdate,
  };
}

async function updateIntegration(id: string, patch: Partial<Integration>) {
  await db().integrations.update(id, { ...patch, updatedAt: Date.now() });
}

/**
 * Whether every marketplace of the account has its connection at the backend (`integrations`: any). One
 * disconnected since, here or at the platform, is not: the token has somewhere to go again.
 */
export function isHandedOver(account: Account, integrations: readonly Integration[]): boolean {
  const linked = new Set(
    integrations
      .filter((i) => i.accountId === account.id && i.remoteId !== null && AT_BACKEND.has(i.status))
      .map((i) => i.marketplaceId),
  );
  return [...account.marketplaceIds, ...account.unknownMarketplaceIds].every((m) => linked.has(m));
}

/**
 * Whether the account's token still has somewhere to go: a marketplace not at the backend yet, or one made
 * there with an earlier token (`integrations`: any).
 */
export function tokenStillNeeded(account: Account, integrations: readonly Integration[]): boolean {
  return !isHandedOver(account, integrations) || integrations.some((i) => i.accountId === account.id && i.earlierToken);
}

/** Once every marketplace of the account is at the backend with it, the token leaves the extension. */
export async function forgetTokenIfHandedOver(accountId: string): Promise<void> {
  const account = await db().accounts.get(accountId);
  if (!account?.secretId) return;
  if (tokenStillNeeded(account, await db().integrations.where('accountId').equals(accountId).toArray())) return;
  await deleteSecret(account.secretId);
  await db().accounts.update(accountId, { secretId: null });
}

/**
 * Records what an attempt found out, in one transaction, only if its entry is still in the outbox: the seller
 * may have cancelled the hand-off or linked it by hand (`adoptSendcloudIntegration`) meanwhile, and that stands.
 */
async function ifStillQueued(entry: OutboxEntry, record: () => Promise<void>): Promise<void> {
  await db().transaction('rw', db().outbox, db().integrations, async () => {
    if (await db().outbox.get(entry.id)) await record();
  });
}

async function succeed(entry: OutboxEntry, integration: Integration, remote: RemoteIntegration, backend: Backend) {
  const seenWith = await keysHint(backend.kind, backend.kind === 'connector' ? backend.baseUrl : null);
  await db().transaction('rw', db().integrations, db().outbox, async () => {
    await db().outbox.delete(entry.id);
    await updateIntegration(integration.id, {
      status: localStatus(remote.status),
      remoteId: remote.id,
      connectorUrl: backend.kind === 'connector' ? backend.baseUrl : null,
      seenWith,
      earlierToken: false,
      problem: null,
      message: remote.message,
      fieldErrors: null,
      lastSyncAt: remote.lastSyncAt,
    });
  });
  await forgetTokenIfHandedOver(integration.accountId);
}

async function fail(entry: OutboxEntry, integration: Integration, error: unknown) {
  const e = error instanceof BackendError ? error : new BackendError('network');
  if (e.retryable) {
    const attempts = entry.attempts + 1;
    await ifStillQueued(entry, async () => {
      await db().outbox.update(entry.id, {
        state: 'pending',
        attempts,
        nextAttemptAt: Date.now() + backoffMs(attempts, e.retryAfterMs),
        lastError: e.code,
      });
      await updateIntegration(integration.id, { status: 'queued', problem: e.code, message: e.serverMessage });
    });
    return;
  }
  // Other 4xx: retrying cannot help. Stop and show the server's words next to the marketplace.
  await db().outbox.delete(entry.id);
  await updateIntegration(integration.id, {
    status: 'not_connected',
    problem: e.code,
    message: e.serverMessage,
    fieldErrors: Object.keys(e.fieldErrors).length ? { ...e.fieldErrors } : null,
  });
}

async function attempt(entry: OutboxEntry, backend: Backend): Promise<void> {
  // Cancelled by the seller since this run listed what was due: nothing to send.
  if (!(await db().outbox.get(entry.id))) return;
  const stored = await db().integrations.get(entry.integrationId);
  const account = stored && (await db().accounts.get(stored.accountId));
  if (!stored || !account) {
    await db().outbox.delete(entry.id);
    return;
  }
  // Queued while the other backend was chosen and not made there: it goes where the seller has chosen now
  // (and the popup shows that backend's steps).
  const integration = stored.backend === backend.kind ? stored : { ...stored, backend: backend.kind };
  if (integration !== stored) await updateIntegration(integration.id, { backend: backend.kind });
  try {
    if (backend.kind === 'connector') {
      const token = account.secretId ? await readSecret(account.secretId) : null;
      // Null with a secret id: the ciphertext could not be decrypted any more, and is gone (readSecret).
      if (!token) throw new BackendError(account.secretId ? 'token_unreadable' : 'token_gone');
      await db().outbox.update(entry.id, { state: 'sending' });
      await updateIntegration(integration.id, { status: 'connecting' });
      await succeed(
        entry,
        integration,
        await backend.connect(await buildRequest(integration, account, token), entry.id),
        backend,
      );
      return;
    }
    const found = await backend.findAmazonIntegration(integration.shopName);
    if (!found) {
      const now = Date.now();
      await ifStillQueued(entry, async () => {
        await db().outbox.update(entry.id, {
          state: 'pending',
          nextAttemptAt: now + panelPollDelay(now - entry.createdAt),
        });
        await updateIntegration(integration.id, { status: 'queued', problem: 'awaiting_panel', message: null });
      });
      return;
    }
    await backend.setFeedback(found.id, integration.orderStatusUpdate);
    await succeed(entry, integration, found, backend);
  } catch (error) {
    await fail(entry, integration, error);
  }
}

async function scheduleNext(): Promise<void> {
  clearTimeout(timer);
  const next = await db().outbox.orderBy('nextAttemptAt').first();
  if (!next) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const delay = Math.max(0, next.nextAttemptAt - Date.now());
  // The alarm survives a stopped service worker and a browser restart; the timer is the fast path.
  await browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + Math.max(delay, 30_000) });
  if (delay < 60_000) timer = setTimeout(() => void processOutbox(), delay);
}

async function run(): Promise<void> {
  let backend: Backend;
  try {
    backend = await currentBackend();
  } catch {
    for (const entry of await db().outbox.toArray()) {
      await updateIntegration(entry.integrationId, { status: 'queued', problem: 'not_configured' });
    }
    return; // runs again when the backend settings are saved
  }
  // Hand-offs that ended in this run, and of them the ones that had to wait (the seller saw "keeps trying",
  // or went to Sendcloud's panel, and has probably left the popup since): what became of those is told in a
  // notification.
  let ended = 0;
  const waited: Integration[] = [];
  for (;;) {
    const due = await db().outbox.where('nextAttemptAt').belowOrEqual(Date.now()).sortBy('createdAt');
    if (!due.length) break;
    for (const entry of due) {
      const before = await db().integrations.get(entry.integrationId);
      await attempt(entry, backend);
      if (await db().outbox.get(entry.id)) continue;
      ended++;
      const integration = await db().integrations.get(entry.integrationId);
      if (integration && (entry.attempts > 0 || before?.problem === 'awaiting_panel')) waited.push(integration);
    }
  }
  await scheduleNext();
  if (!ended) return;
  await updateBadge(); // a country may have arrived failing
  await tellWaitedHandoffs(waited);
}

/** Sends whatever is due. Safe to call from anywhere at any time: one run at a time. */
export function processOutbox(): Promise<void> {
  running ??= run()
    .catch(() => scheduleNext())
    .finally(() => {
      running = null;
    });
  return running;
}

/** Makes the waiting hand-offs that `pick` chooses due now, then sends whatever is due. */
async function sendNow(pick: (entry: OutboxEntry) => boolean): Promise<void> {
  const now = Date.now();
  await db()
    .outbox.filter((e) => e.state === 'pending' && e.nextAttemptAt > now && pick(e))
    .modify({ nextAttemptAt: now });
  // A run under way may be past its last look at what is due and end without these: let it end, then run.
  await running;
  await processOutbox();
}

/**
 * Asks Sendcloud now about every hand-off waiting for the seller in its panel (the popup is open: the seller
 * may just have finished there), then sends whatever is due.
 */
export async function askPanelNow(): Promise<void> {
  const waiting = new Set(
    (await db().integrations.toArray()).filter((i) => i.problem === 'awaiting_panel').map((i) => i.id),
  );
  if (waiting.size) await sendNow((e) => waiting.has(e.integrationId));
}

/**
 * Sends every waiting hand-off now instead of at the end of its back-off (up to 5 minutes): the seller has
 * just mended what it failed on (saved keys, a connection test that worked). A server that asked to slow
 * down keeps its wait.
 */
export async function retryNow(): Promise<void> {
  await sendNow((e) => e.lastError !== 'rate_limited');
}

/**
 * The seller stops a hand-off that waits (the platform unreachable for days, a Sendcloud integration they will
 * not create after all): its outbox entry goes and the country is "Not connected" again, to connect later
 * with other values. At once, unless its own attempt is under way: that ends first, and what it did at the
 * backend stands (connected is connected). False when there was nothing waiting to stop.
 */
export async function cancelHandoff(integrationId: string): Promise<boolean> {
  for (;;) {
    const outcome = await db().transaction('rw', db().outbox, db().integrations, async () => {
      const entries = await db().outbox.where('integrationId').equals(integrationId).toArray();
      // Its attempt is under way: that one ends first. Others waiting in the same run are skipped once gone.
      if (running && entries.some((e) => e.state === 'sending')) return 'busy' as const;
      if ((await db().integrations.get(integrationId))?.status !== 'queued') return false;
      await db().outbox.bulkDelete(entries.map((e) => e.id));
      await updateIntegration(integrationId, {
        status: 'not_connected',
        problem: null,
        message: null,
        fieldErrors: null,
      });
      return true;
    });
    if (outcome !== 'busy') return outcome;
    await running;
  }
}

/**
 * The Amazon integrations in Sendcloud that no integration of ShipBridge is linked to: what the seller may
 * have created in the panel under a shop name other than the one ShipBridge waits for.
 */
async function unlinkedSendcloudIntegrations(backend: SendcloudClient): Promise<RemoteIntegration[]> {
  const linked = new Set(
    (await db().integrations.toArray()).filter((i) => i.backend === 'sendcloud').map((i) => i.remoteId),
  );
  return (await backend.listIntegrations()).filter((remote) => !linked.has(remote.id));
}

/**
 * For a hand-off waiting for the Sendcloud panel: the unlinked Amazon integrations the seller may mean, the
 * ones that never imported anything (just created) first, each with when it last imported orders.
 */
export async function handoffCandidates(
  integrationId: string,
): Promise<{ remoteId: string; shopName: string; lastSyncAt: number | null }[]> {
  const integration = await db().integrations.get(integrationId);
  if (integration?.problem !== 'awaiting_panel') return [];
  const backend = await currentBackend();
  if (backend.kind !== 'sendcloud') return [];
  return (await unlinkedSendcloudIntegrations(backend))
    .map((r) => ({ remoteId: r.id, shopName: r.shopName, lastSyncAt: r.lastSyncAt }))
    .sort((a, b) => Number(a.lastSyncAt !== null) - Number(b.lastSyncAt !== null));
}

/**
 * Links a hand-off waiting for the Sendcloud panel to the integration the seller says is its own (one of
 * `unlinkedSendcloudIntegrations`), sets its order-status option and ends the hand-off as a found one would.
 */
export async function adoptSendcloudIntegration(integrationId: string, remoteId: string): Promise<void> {
  const backend = await currentBackend();
  const integration = await db().integrations.get(integrationId);
  const entry = await db().outbox.where('integrationId').equals(integrationId).first();
  if (backend.kind !== 'sendcloud' || integration?.backend !== 'sendcloud' || !entry) {
    throw new BackendError('not_found');
  }
  const remote = (await unlinkedSendcloudIntegrations(backend)).find((r) => r.id === remoteId);
  if (!remote) throw new BackendError('not_found');
  await backend.setFeedback(remote.id, integration.orderStatusUpdate);
  await succeed(entry, integration, remote, backend);
}
