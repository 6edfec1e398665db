// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectorClient } from '@/lib/backends/connector';
import { parseRetryAfter } from '@/lib/backends/errors';
import { tellWaitedHandoffs } from '@/lib/background/alerts';
import { currentBackend, keyHints, saveBackendKeys } from '@/lib/background/backend-keys';
import { backoffMs } from '@/lib/background/backoff';
import { deleteAccount, saveCapture } from '@/lib/background/captures';
import {
  disconnect,
  handOverNewToken,
  handoffValues,
  queueConnections,
  refreshStatuses,
} from '@/lib/background/connections';
import { handlers } from '@/lib/background/handlers';
import {
  adoptSendcloudIntegration,
  askPanelNow,
  cancelHandoff,
  handoffCandidates,
  processOutbox,
  retryNow,
} from '@/lib/background/outbox';
import { openFromNotification } from '@/lib/background/reminders';
import { destroyVault, storeSecret } from '@/lib/background/vault';
import { db } from '@/lib/db';
import type { Integration } from '@/lib/db/schemas';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';
import { startSandbox } from '../sandbox/server.mjs';
import { damageSecret } from './captured';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const TOKEN = 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60';
const MARKETPLACES = ['APJ6JRA9NG5V4', 'A1PA6795UKMFR9'];
/** A token from a later authorization of the same account. */
const NEW_TOKEN = 'amzn.mws.0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The account's credentials screen saved, as a Seller Central tab would (again, with a new token). */
const captureAccount = (token = TOKEN, marketplaceIds = MARKETPLACES) =>
  saveCapture(
    {
      sellerId: 'A3KXQ7ZP2N5VJ8',
      accountName: 'Bottega Rossi',
      marketplaceIds,
      unknownMarketplaceIds: [],
      secret: { type: 'mws', token },
    },
    'EU',
    'sellercentral.amazon.it',
  );

beforeAll(async () => {
  sandbox = await startSandbox({ token: 'sandbox-token', otherAccounts: { 'tenant-b-token-7q2x': 'Another Seller' } });
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  await sandbox.reset();
  await Promise.all(db().tables.map((t) => t.clear()));
  await destroyVault();
  await saveSettings({ ...DEFAULT_SETTINGS, backend: 'connector', connectorUrl: sandbox.url });
  await saveBackendKeys({ connectorToken: 'sandbox-token' });
  await captureAccount();
});

const queueAll = () =>
  queueConnections(
    MARKETPLACES.map((marketplaceId) => ({
      accountId: 'EU:A3KXQ7ZP2N5VJ8',
      marketplaceId,
      shopName: `Bottega Rossi ${marketplaceId.slice(0, 4)}`,
      importPackageWeight: true,
      orderStatusUpdate: 'on_handover' as const,
    })),
  );

type Notified = { id: string; title: string; message: string };
const realCreate = fakeBrowser.notifications.create;
afterEach(() => {
  fakeBrowser.notifications.create = realCreate;
  vi.restoreAllMocks();
});
/** Records each notification created from now on until the test ends (they are also shown, as before). */
function recordNotifications(): Notified[] {
  const shown: Notified[] = [];
  fakeBrowser.notifications.create = (async (id: string, options: { title: string; message: string }) => {
    shown.push({ id, title: options.title, message: options.message });
    return realCreate(id, options as never);
  }) as never;
  return shown;
}

/** Queues Italy of the captured account (as its Connect form in the popup would). */
const queueItaly = () =>
  queueConnections([
    {
      accountId: 'EU:A3KXQ7ZP2N5VJ8',
      marketplaceId: 'APJ6JRA9NG5V4',
      shopName: 'Bottega Rossi IT',
      importPackageWeight: true,
      orderStatusUpdate: 'on_handover',
    },
  ]);

/** Runs the outbox until it is empty, making each waiting entry due at once (time is not under test). */
async function drain(maxRuns = 10) {
  for (let i = 0; i < maxRuns && (await db().outbox.count()); i++) {
    await db().outbox.toCollection().modify({ nextAttemptAt: 0 });
    await processOutbox();
  }
}

describe('the outbox', () => {
  it('hands each marketplace over once, with the contract fields, then forgets the token', async () => {
    expect(await queueAll()).toEqual({ queued: 2 });
    await drain();
    const { integrations, requests } = await sandbox.state();
    expect(integrations.map((i: { marketplace_id: string }) => i.marketplace_id).sort()).toEqual(
      [...MARKETPLACES].sort(),
    );
    const body = requests.find((r: { method: string }) => r.method === 'POST').body;
    expect(body).toMatchObject({
      seller_id: 'A3KXQ7ZP2N5VJ8',
      region: 'EU',
      authorization: { type: 'mws', developer_id: '3244-7764-4129', mws_auth_token: TOKEN },
      import_package_weight: true,
      order_status_update: 'on_handover',
    });
    expect((await db().integrations.toArray()).map((i) => i.status)).toEqual(['connected', 'connected']);
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).toBeNull();
    expect(await db().secrets.where('id').startsWith('token:').count()).toBe(0);
  });

  it('stops at a token it can no longer decrypt and says to save it again, instead of retrying for ever', async () => {
    await damageSecret((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId ?? '');
    await queueItaly();
    await processOutbox();
    expect(await db().outbox.count()).toBe(0);
    expect(await db().integrations.get('A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4')).toMatchObject({
      status: 'not_connected',
      problem: 'token_unreadable',
    });
    expect((await sandbox.state()).requests.filter((r: { method: string }) => r.method === 'POST')).toEqual([]);
    // The same screen captured again: Italy connects.
    await captureAccount();
    await queueItaly();
    await drain();
    expect(await db().integrations.get('A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4')).toMatchObject({ status: 'connected' });
  });

  it('shows a platform key it can no longer decrypt as not set, and asks for it as for one never saved', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud' });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    expect(await keyHints()).toEqual({ sendcloudPublic: '-key', sendcloudSecret: '-key' });
    await damageSecret('backend:sendcloud:public');
    await expect(currentBackend()).rejects.toMatchObject({ code: 'not_configured' });
    expect(await keyHints()).toEqual({ sendcloudSecret: '-key' });
    await saveBackendKeys({ sendcloudPublic: 'public-key-2' });
    expect(await keyHints()).toEqual({ sendcloudPublic: 'ey-2', sendcloudSecret: '-key' });
    expect((await currentBackend()).kind).toBe('sendcloud');
  });

  it('sends a waiting hand-off at once when the seller saves keys or a connection test works', async () => {
    // The backend was unreachable: each hand-off waits out its back-off (up to 5 minutes).
    await sandbox.setFaults({ down: true });
    await queueAll();
    await processOutbox();
    expect((await db().integrations.toArray()).map((i) => i.problem)).toEqual(['network', 'network']);
    await sandbox.setFaults({ down: false });
    const sender = { id: 'test' };
    const table = handlers('1.0.0');
    const connected = async () => (await db().integrations.toArray()).filter((i) => i.status === 'connected').length;

    // One hand-off is held back by a server that asked to slow down: it keeps its wait.
    const [first, second] = await db().outbox.toArray();
    if (!first || !second) throw new Error('two hand-offs wait');
    await db().outbox.update(first.id, { lastError: 'rate_limited', nextAttemptAt: Date.now() + 60_000 });
    await db().outbox.update(second.id, { nextAttemptAt: Date.now() + 60_000 });
    expect(await table['ui:testConnection']({}, sender)).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await connected()).toBe(1));
    expect((await db().outbox.toArray()).map((e) => e.id)).toEqual([first.id]);

    // Saving keys sends what still waits (its last failure, this time, a network one).
    await db().outbox.update(first.id, { lastError: 'network' });
    await table['ui:saveBackendKeys']({ connectorToken: 'sandbox-token' }, sender);
    await vi.waitFor(async () => expect(await connected()).toBe(2));
    expect(await db().outbox.count()).toBe(0);
  });

  it('sends on Try now even when a run under way has already looked at what is due', async () => {
    await sandbox.setFaults({ down: true });
    await queueAll();
    await processOutbox();
    await sandbox.setFaults({ down: false });
    // A run that found nothing due and is setting its next alarm: held there while the seller presses Try now.
    const realCreate = fakeBrowser.alarms.create;
    let held!: () => void;
    let release!: () => void;
    const holding = new Promise<void>((r) => {
      held = r;
    });
    const gate = new Promise<void>((r) => {
      release = r;
    });
    fakeBrowser.alarms.create = (async () => {
      held();
      await gate;
    }) as never;
    try {
      const run = processOutbox();
      await holding;
      const tried = retryNow();
      // Try now has made both due and asked for a run (the one held) before that run ends.
      await vi.waitFor(async () =>
        expect((await db().outbox.toArray()).every((e) => e.nextAttemptAt <= Date.now())).toBe(true),
      );
      await new Promise((r) => setTimeout(r, 0));
      release();
      await Promise.all([run, tried]);
    } finally {
      fakeBrowser.alarms.create = realCreate;
    }
    // Sent by the time Try now answers, not at the next alarm.
    expect((await db().integrations.toArray()).map((i) => i.status)).toEqual(['connected', 'connected']);
  });

  it('stops a waiting hand-off when the seller cancels it, even with an attempt under way', async () => {
    // One attempt is in flight (the platform answers slowly, then fails) when the seller cancels.
    await sandbox.setFaults({ delayMs: 300, failNext: 2, failMethod: 'POST' });
    await queueAll();
    const attempting = processOutbox();
    await vi.waitFor(async () => expect((await db().outbox.toArray()).some((e) => e.state === 'sending')).toBe(true));
    const idOf = async (marketplaceId: string) =>
      (await db().integrations.toArray()).find((i) => i.marketplaceId === marketplaceId)?.id ?? '';
    const italy = await idOf('APJ6JRA9NG5V4');
    const germany = await idOf('A1PA6795UKMFR9');
    expect(await cancelHandoff(italy)).toBe(true);
    await attempting;
    const cancelled = await db().integrations.get(italy);
    expect(cancelled).toMatchObject({ status: 'not_connected', problem: null });
    expect((await db().outbox.toArray()).map((e) => e.integrationId)).toEqual([germany]);
    // Nothing of it is sent later; the other country goes on.
    await sandbox.setFaults({ delayMs: 0 });
    await drain();
    const { integrations } = await sandbox.state();
    expect(integrations.map((i: { marketplace_id: string }) => i.marketplace_id)).toEqual(['A1PA6795UKMFR9']);
    expect((await db().integrations.get(italy))?.status).toBe('not_connected');
    // Nothing waits any more: nothing to cancel.
    expect(await cancelHandoff(italy)).toBe(false);
    expect(await cancelHandoff(germany)).toBe(false);
  });

  it('cancels at once a hand-off waiting its turn while another country is being sent', async () => {
    // Both failed once (the platform was down) and are due again; Germany goes first, slowly.
    await sandbox.setFaults({ down: true });
    await queueAll();
    await processOutbox();
    const idOf = async (marketplaceId: string) =>
      (await db().integrations.toArray()).find((i) => i.marketplaceId === marketplaceId)?.id ?? '';
    const italy = await idOf('APJ6JRA9NG5V4');
    const germany = await idOf('A1PA6795UKMFR9');
    await db()
      .outbox.where('integrationId')
      .equals(italy)
      .modify({ createdAt: Date.now() + 60_000 });
    await db().outbox.toCollection().modify({ nextAttemptAt: 0 });
    await sandbox.setFaults({ down: false, delayMs: 1000 });
    const posts = async () =>
      (await sandbox.state()).requests
        .filter((r: { method: string }) => r.method === 'POST')
        .map((r: { body: { marketplace_id: string } }) => r.body.marketplace_id);
    const before = (await posts()).length; // the two refused while it was down
    const run = processOutbox();
    await vi.waitFor(async () =>
      expect((await db().outbox.where('integrationId').equals(germany).first())?.state).toBe('sending'),
    );
    const asked = Date.now();
    expect(await cancelHandoff(italy)).toBe(true);
    expect(Date.now() - asked).toBeLessThan(700); // not after Germany's slow answer
    await run;
    // Italy, listed as due in the same run, was not sent.
    expect((await posts()).slice(before)).toEqual(['A1PA6795UKMFR9']);
    expect((await db().integrations.get(italy))?.status).toBe('not_connected');
    expect((await db().integrations.get(germany))?.status).toBe('connected');
  });

  it('retries 5xx and 429 with the same Idempotency-Key and creates no duplicate', async () => {
    await sandbox.setFaults({ failNext: 3 });
    await queueAll();
    await processOutbox();
    const waiting = await db().outbox.toArray();
    expect(waiting.every((e) => e.attempts === 1 && e.nextAttemptAt > Date.now())).toBe(true);
    expect((await db().integrations.toArray()).every((i) => i.status === 'queued' && i.problem === 'unavailable')).toBe(
      true,
    );
    await sandbox.setFaults({ rateLimitNext: 1, retryAfter: 30 });
    await db().outbox.toCollection().modify({ nextAttemptAt: 0 });
    await processOutbox();
    expect(Math.max(...(await db().outbox.toArray()).map((e) => e.nextAttemptAt - Date.now()))).toBeGreaterThan(25_000);
    await drain();
    const { integrations, requests } = await sandbox.state();
    expect(integrations).toHaveLength(2);
    const keys = new Map<string, Set<string>>();
    for (const r of requests.filter((x: { method: string }) => x.method === 'POST')) {
      keys.set(r.body.marketplace_id, (keys.get(r.body.marketplace_id) ?? new Set()).add(r.idempotencyKey));
    }
    expect([...keys.values()].map((k) => k.size)).toEqual([1, 1]);
  });

  it('survives a worker that died after the backend created the integration but before it was recorded', async () => {
    await queueAll();
    const [entry] = await db().outbox.toArray();
    const integration = await db().integrations.get(entry?.integrationId ?? '');
    // What the stopped worker had sent: the same request under the same key.
    await connectorClient(sandbox.url, 'sandbox-token', '0').connect(
      {
        shop_name: integration?.shopName ?? '',
        seller_id: 'A3KXQ7ZP2N5VJ8',
        marketplace_id: integration?.marketplaceId ?? '',
        country_code: integration?.countryCode ?? '',
        region: 'EU',
        authorization: {
          type: 'mws',
          developer_id: '3244-7764-4129',
          mws_auth_token: TOKEN,
          authorized_at: '2026-11-26T10:00:00Z',
        },
        import_package_weight: true,
        order_status_update: 'on_handover',
      },
      entry?.id ?? '',
    );
    await db().outbox.update(entry?.id ?? '', { state: 'sending' });
    await drain();
    expect((await sandbox.state()).integrations).toHaveLength(2);
  });

  it('stops on 422 and 401 and keeps the server’s words', async () => {
    await queueConnections([
      {
        accountId: 'EU:A3KXQ7ZP2N5VJ8',
        marketplaceId: 'APJ6JRA9NG5V4',
        shopName: 'x'.repeat(250),
        importPackageWeight: true,
        orderStatusUpdate: 'on_announcement',
      },
    ]);
    await db().integrations.toCollection().modify({ shopName: '' });
    await drain();
    const invalid = await db().integrations.get('A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4');
    expect(invalid).toMatchObject({
      status: 'not_connected',
      problem: 'validation',
      fieldErrors: { shop_name: 'Shop name must be 1 to 250 characters.' },
    });
    expect(await db().outbox.count()).toBe(0);

    await saveBackendKeys({ connectorToken: 'wrong' });
    await queueAll();
    await drain();
    expect(
      (await db().integrations.toArray()).every((i) => i.problem === 'unauthorized' && i.status === 'not_connected'),
    ).toBe(true);
    expect((await db().integrations.toArray())[0]?.message).toBe('The API token is not valid for this backend.');
  });

  it('queues nothing for an account whose token has left, and says why a queued one cannot go', async () => {
    await queueAll();
    // The token went (handed over elsewhere) while these waited: no request without it.
    const account = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    await db().accounts.update('EU:A3KXQ7ZP2N5VJ8', { secretId: null });
    await processOutbox();
    expect((await db().integrations.toArray()).map((i) => [i.status, i.problem])).toEqual([
      ['not_connected', 'token_gone'],
      ['not_connected', 'token_gone'],
    ]);
    expect((await sandbox.state()).requests.filter((r: { method: string }) => r.method === 'POST')).toHaveLength(0);
    expect(await queueAll()).toEqual({ queued: 0 });
    expect(account?.secretId).not.toBeNull();
  });

  it('waits, without losing anything, while no backend is configured', async () => {
    await saveBackendKeys({ connectorToken: '' });
    await queueAll();
    await processOutbox();
    expect(await db().outbox.count()).toBe(2);
    expect((await db().integrations.toArray()).every((i) => i.problem === 'not_configured')).toBe(true);
  });

  it('refreshes statuses from the backend, and asks nothing before anything is handed over', async () => {
    expect(await refreshStatuses()).toEqual({ refreshed: 0 });
    expect((await sandbox.state()).requests).toHaveLength(0);
    await queueAll();
    await drain();
    await sandbox.reset();
    expect(await refreshStatuses()).toEqual({ refreshed: 2 });
    expect((await db().integrations.toArray()).map((i) => i.status)).toEqual(['disconnected', 'disconnected']);
  });

  it('keeps a new token of connected countries until the seller hands it over, then connects them with it', async () => {
    await queueAll();
    await drain();
    await captureAccount(NEW_TOKEN);
    const account = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    expect(account?.secretId).not.toBeNull();
    expect((await db().integrations.toArray()).map((i) => [i.status, i.earlierToken])).toEqual([
      ['connected', true],
      ['connected', true],
    ]);
    const before = (await sandbox.state()).integrations.map((i: { id: string }) => i.id);

    // The platform down: nothing changes, nothing is lost; the seller can press it again.
    await sandbox.setFaults({ down: true });
    await expect(handOverNewToken('EU:A3KXQ7ZP2N5VJ8')).rejects.toMatchObject({ code: 'network' });
    expect((await db().integrations.toArray()).map((i) => [i.status, i.earlierToken])).toEqual([
      ['connected', true],
      ['connected', true],
    ]);
    await sandbox.setFaults({ down: false });

    expect(await handOverNewToken('EU:A3KXQ7ZP2N5VJ8')).toEqual({ queued: 2 });
    await drain();
    const { integrations, tokens, requests } = await sandbox.state();
    expect(integrations).toHaveLength(2);
    expect(integrations.some((i: { id: string }) => before.includes(i.id))).toBe(false);
    expect(integrations.map((i: { id: string }) => tokens[i.id])).toEqual([NEW_TOKEN, NEW_TOKEN]);
    expect(requests.filter((r: { method: string }) => r.method === 'DELETE')).toHaveLength(3); // one while down
    const local = await db().integrations.toArray();
    expect(local.map((i) => [i.status, i.earlierToken, i.shopName])).toEqual([
      ['connected', false, 'Bottega Rossi A1PA'],
      ['connected', false, 'Bottega Rossi APJ6'],
    ]);
    // Every country has it now: it leaves the extension, as the first one did.
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).toBeNull();
    expect(await db().secrets.where('id').startsWith('token:').count()).toBe(0);
    // The same token seen again after it has left (Manage Your Apps shows it again): nothing to hand over,
    // and it does not come back into the extension.
    await captureAccount(NEW_TOKEN);
    expect((await db().integrations.toArray()).every((i) => !i.earlierToken)).toBe(true);
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).toBeNull();
    expect(await db().secrets.where('id').startsWith('token:').count()).toBe(0);
  });

  it('finishes handing a new token over after the service worker stopped between removing and queueing', async () => {
    await queueAll();
    await drain();
    await captureAccount(NEW_TOKEN);
    // Where a stop left it: Italy removed at the platform and marked so here, its new hand-off never queued.
    const italy = 'A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4';
    await connectorClient(sandbox.url, 'sandbox-token', '0').disconnect(
      (await db().integrations.get(italy))?.remoteId ?? '',
    );
    await db().integrations.update(italy, { status: 'disconnected' });
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).not.toBeNull(); // still wanted by both
    // The popup still offers the hand-over; pressed again, it ends as if nothing had stopped it.
    expect(await handOverNewToken('EU:A3KXQ7ZP2N5VJ8')).toEqual({ queued: 2 });
    await drain();
    expect((await db().integrations.toArray()).map((i) => [i.status, Boolean(i.earlierToken)])).toEqual([
      ['connected', false],
      ['connected', false],
    ]);
    expect((await sandbox.state()).integrations).toHaveLength(2);
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).toBeNull();
  });

  it('keeps a new token for the hand-over while another country is connected with it meanwhile', async () => {
    const italy = 'A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4';
    const germany = 'A3KXQ7ZP2N5VJ8:A1PA6795UKMFR9';
    const items = MARKETPLACES.map((marketplaceId) => ({
      accountId: 'EU:A3KXQ7ZP2N5VJ8',
      marketplaceId,
      shopName: `Bottega Rossi ${marketplaceId.slice(0, 4)}`,
      importPackageWeight: true,
      orderStatusUpdate: 'on_handover' as const,
    }));
    // Italy connected with the first token; the seller authorizes again and connects Germany with the new one.
    await queueConnections(items.slice(0, 1));
    await drain();
    await captureAccount(NEW_TOKEN);
    expect((await db().integrations.get(italy))?.earlierToken).toBe(true);
    await queueConnections(items.slice(1));
    // The hand-over removes Italy at the platform; Germany's hand-off goes through right then, before
    // Italy's new one is queued (the outbox runs on its own timer while the seller presses the button).
    const table = db().integrations;
    const update = table.update.bind(table);
    const spy = vi.spyOn(table, 'update').mockImplementation((async (
      key: string,
      changes: Parameters<typeof update>[1],
    ) => {
      const updated = await update(key, changes);
      if (key === italy && 'status' in changes && changes.status === 'disconnected') await processOutbox();
      return updated;
    }) as unknown as typeof table.update);
    try {
      expect(await handOverNewToken('EU:A3KXQ7ZP2N5VJ8')).toEqual({ queued: 1 });
    } finally {
      spy.mockRestore();
    }
    expect((await db().integrations.get(germany))?.status).toBe('connected');
    await drain();
    const { integrations, tokens } = await sandbox.state();
    expect(integrations.map((i: { id: string }) => tokens[i.id])).toEqual([NEW_TOKEN, NEW_TOKEN]);
    expect((await db().integrations.toArray()).map((i) => [i.status, Boolean(i.earlierToken)])).toEqual([
      ['connected', false],
      ['connected', false],
    ]);
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).toBeNull(); // every country has it now
  });

  it('disconnects an integration already removed at the backend, and keeps one it could not reach connected', async () => {
    await queueAll();
    await drain();
    const [germany, italy] = (await db().integrations.toArray()).map((i) => i.id) as [string, string];
    await sandbox.setFaults({ down: true });
    await expect(disconnect(germany)).rejects.toMatchObject({ code: 'network' });
    expect((await db().integrations.get(germany))?.status).toBe('connected');
    await sandbox.setFaults({ down: false });
    await sandbox.reset(); // removed in the platform's own panel: the DELETE answers 404
    await disconnect(italy);
    expect((await db().integrations.get(italy))?.status).toBe('disconnected');
    expect((await sandbox.state()).requests.map((r: { method: string }) => r.method)).toEqual(['DELETE']);
  });
});

describe('backoffMs', () => {
  it('grows, is capped, jitters within half, and honours Retry-After', () => {
    expect(backoffMs(1, null, () => 0)).toBe(500);
    expect(backoffMs(1, null, () => 1)).toBe(1000);
    expect(backoffMs(4, null, () => 1)).toBe(8000);
    expect(backoffMs(30, null, () => 1)).toBe(300_000);
    expect(backoffMs(1, 60_000, () => 0)).toBe(60_000);
    // A Retry-After of a day (or a date years ahead) is followed for an hour at most.
    expect(backoffMs(1, 86_400_000, () => 0)).toBe(3_600_000);
    expect(backoffMs(1, parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT'), () => 0)).toBe(3_600_000);
  });
});

/** A JSON answer of a stubbed Sendcloud. */
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('a Sendcloud hand-off waiting for the seller in the panel', () => {
  it('asks often while the seller is probably at it, rarely once it is left for later, and at once when the popup opens', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud' });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return json([]);
    });
    try {
      await queueItaly();
      await processOutbox();
      const wait = async () => {
        const [entry] = await db().outbox.toArray();
        return Math.round(((entry?.nextAttemptAt ?? 0) - Date.now()) / 1000);
      };
      expect((await db().integrations.toArray())[0]?.problem).toBe('awaiting_panel');
      expect(await wait()).toBeLessThanOrEqual(10);
      // Pressed Connect three hours ago and never finished: every 15 minutes, not every 10 seconds.
      await db()
        .outbox.toCollection()
        .modify({ createdAt: Date.now() - 3 * 3_600_000, nextAttemptAt: 0 });
      await processOutbox();
      expect(await wait()).toBeGreaterThan(14 * 60);
      // The popup opens: Sendcloud is asked at once.
      const before = asked.length;
      await askPanelNow();
      expect(asked.length).toBe(before + 1);
      expect(await wait()).toBeGreaterThan(14 * 60);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tells the seller once it finds the integration they created in the panel', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud' });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    const shown = recordNotifications();
    let panel: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) =>
      init?.method === 'PATCH' ? new Response(null, { status: 204 }) : json(panel),
    );
    try {
      await queueItaly();
      await processOutbox();
      expect((await db().integrations.toArray())[0]?.problem).toBe('awaiting_panel');
      expect(shown).toEqual([]);
      // Created in the panel (the popup closed when the seller went there): found at the next look.
      panel = [{ id: 71, shop_name: 'Bottega Rossi IT', system: 'amazon', failing_since: null, last_fetch: null }];
      await drain();
      expect((await db().integrations.toArray())[0]).toMatchObject({ status: 'connected', remoteId: '71' });
      expect(shown.map((n) => `${n.id}: ${n.message}`)).toEqual([
        'handoff: Connected at your shipping platform: Italy.',
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('links an integration the seller created under another shop name, once they say which it is', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud' });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    // Sendcloud: one Amazon integration linked to nothing ("Amazon Italia", not "Bottega Rossi IT"), one
    // webshop of another kind, and after the hand-off, the PATCH that sets the order-status option.
    const panel = [
      // Another shop's, importing for months: offered after the new one.
      { id: 70, shop_name: 'Amazon US', system: 'amazon', failing_since: null, last_fetch: '2026-05-01T10:00:00Z' },
      { id: 71, shop_name: 'Amazon Italia', system: 'amazon', failing_since: null, last_fetch: null },
      { id: 72, shop_name: 'My Shopify', system: 'shopify', failing_since: null, last_fetch: null },
    ];
    const patched: { url: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (init?.method === 'PATCH') {
        patched.push({ url, body: JSON.parse(String(init.body)) });
        return json({});
      }
      return json(panel);
    });
    try {
      await queueAll(); // Italy and Germany, under names Sendcloud does not have
      await processOutbox();
      const byMarketplace = async (m: string) =>
        (
          await db()
            .integrations.filter((i) => i.marketplaceId === m)
            .first()
        )?.id ?? '';
      const [id, germany] = [await byMarketplace('APJ6JRA9NG5V4'), await byMarketplace('A1PA6795UKMFR9')];
      expect((await db().integrations.get(id))?.problem).toBe('awaiting_panel'); // no integration of that name
      const older = { remoteId: '70', shopName: 'Amazon US', lastSyncAt: Date.parse('2026-05-01T10:00:00Z') };
      const italia = { remoteId: '71', shopName: 'Amazon Italia', lastSyncAt: null };
      expect(await handoffCandidates(id)).toEqual([italia, older]);
      expect(await handoffCandidates(germany)).toEqual([italia, older]);
      // Only what the list offered: not another kind of webshop, not an integration that does not exist.
      await expect(adoptSendcloudIntegration(id, '72')).rejects.toMatchObject({ code: 'not_found' });
      await expect(adoptSendcloudIntegration(id, '99')).rejects.toMatchObject({ code: 'not_found' });

      await adoptSendcloudIntegration(id, '71');
      expect(await db().integrations.get(id)).toMatchObject({ status: 'connected', remoteId: '71', problem: null });
      expect(patched).toEqual([
        { url: 'https://panel.sendcloud.sc/api/v3/integrations/71', body: { feedback_type: 'delayed' } },
      ]);
      expect((await db().outbox.toArray()).map((e) => e.integrationId)).toEqual([germany]);
      // Linked now: offered to no other hand-off, and Italy waits for nothing any more.
      expect(await handoffCandidates(germany)).toEqual([older]);
      expect(await handoffCandidates(id)).toEqual([]);
      await expect(adoptSendcloudIntegration(germany, '71')).rejects.toMatchObject({ code: 'not_found' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a connection disconnected at Sendcloud and made again in its panel', () => {
  /** An Amazon integration as Sendcloud's v2 list shows it. */
  const amazon = (id: number, shopName: string) => ({
    id,
    shop_name: shopName,
    system: 'amazon',
    failing_since: null,
    last_fetch: null,
  });
  beforeEach(async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud' });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
  });

  it('is linked again by its shop name, unless that name could mean another', async () => {
    const shown = recordNotifications();
    let panel = [amazon(71, 'Bottega Rossi APJ6'), amazon(72, 'Bottega Rossi A1PA')];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (init?.method === 'DELETE') panel = panel.filter((i) => !url.endsWith(`/${i.id}`));
      return init?.method === 'PATCH' || init?.method === 'DELETE' ? new Response(null, { status: 204 }) : json(panel);
    });
    const [italy, germany] = MARKETPLACES.map((m) => `A3KXQ7ZP2N5VJ8:${m}`) as [string, string];
    try {
      await queueAll();
      await drain();
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', remoteId: '71' });
      // Italy removed in Sendcloud's panel; Germany disconnected in ShipBridge.
      panel = panel.filter((i) => i.id !== 71);
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      await disconnect(germany);
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: 'ended_at_backend' });
      expect(shown.map((n) => n.id)).toEqual(['ended']);
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['ended']);

      // Made again in the panel, twice under Italy's name: which one is Italy's is not guessed.
      panel = [amazon(90, 'Bottega Rossi APJ6'), amazon(93, 'Bottega Rossi APJ6')];
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', remoteId: '71' });

      // One of them deleted again, but Germany has Italy's shop name too: which country it is is not guessed.
      panel = [amazon(90, ' bottega rossi apj6')];
      await db().integrations.update(germany, { shopName: 'Bottega Rossi APJ6' });
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', remoteId: '71' });
      expect(await db().integrations.get(germany)).toMatchObject({ status: 'disconnected', remoteId: '72' });

      // Each name its own country's again: Italy's is found as the seller typed it (spaces, capitals), and so
      // is Germany's, which the seller had disconnected here and then made again in the panel.
      await db().integrations.update(germany, { shopName: 'Bottega Rossi A1PA' });
      panel = [amazon(90, ' bottega rossi apj6'), amazon(91, 'Bottega Rossi A1PA')];
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', remoteId: '90', problem: null });
      expect(await db().integrations.get(germany)).toMatchObject({
        status: 'connected',
        remoteId: '91',
        problem: null,
      });
      expect(shown.map((n) => n.id)).toEqual(['ended']);
      // The notification that said Italy's orders stopped is out of date: it goes.
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
  it('is not taken for ended when the keys saved now are another account’s, nor after the right ones', async () => {
    const shown = recordNotifications();
    // Two Sendcloud accounts, told apart by the public key a request is made with.
    const panels: Record<string, ReturnType<typeof amazon>[]> = {
      'public-key': [amazon(71, 'Bottega Rossi APJ6'), amazon(72, 'Bottega Rossi A1PA')],
      'other-account-pk': [amazon(500, 'Someone Else UK')],
    };
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => {
      if (init?.method === 'PATCH') return new Response(null, { status: 204 });
      if (init?.method === 'DELETE') return json({ error: { code: 404, message: 'Not found' } }, 404);
      const auth = String(((init?.headers ?? {}) as Record<string, string>).Authorization).slice('Basic '.length);
      return json(panels[atob(auth).split(':')[0] ?? ''] ?? []);
    });
    const [italy, germany] = MARKETPLACES.map((m) => `A3KXQ7ZP2N5VJ8:${m}`) as [string, string];
    try {
      await queueAll();
      await drain();
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', seenWith: '-key' });

      // The keys of another Sendcloud account saved by mistake: they find none of the connections.
      await saveBackendKeys({ sendcloudPublic: 'other-account-pk', sendcloudSecret: 'other-secret' });
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      for (const id of [italy, germany]) {
        expect(await db().integrations.get(id)).toMatchObject({
          status: 'connected',
          remoteId: id === italy ? '71' : '72',
          problem: 'other_keys',
          seenWith: '-key',
        });
      }
      expect(shown).toEqual([]); // nothing ended: no "orders not importing"
      // Testing the keys in the settings says so too, where they were typed.
      const test = () => handlers('1.0.0')['ui:testConnection']({}, { id: 'test' });
      expect(await test()).toEqual({ ok: true, data: { accountName: 'Sendcloud (1 Amazon)', unseen: 2 } });
      // Nor disconnected by keys that cannot see it: at its own account it may still import orders.
      await expect(disconnect(italy)).rejects.toMatchObject({ code: 'other_keys' });
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', problem: 'other_keys' });

      // The right keys again: both are seen, as they were.
      await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
      expect(await test()).toEqual({ ok: true, data: { accountName: 'Sendcloud (2 Amazon)', unseen: 0 } });
      for (const id of [italy, germany]) {
        expect(await db().integrations.get(id)).toMatchObject({ status: 'connected', problem: null });
      }

      // New keys of the same account (made anew in Sendcloud): they find Germany, so Italy, which they do
      // not list, did end there.
      panels['new-public-pk'] = [amazon(72, 'Bottega Rossi A1PA')];
      await saveBackendKeys({ sendcloudPublic: 'new-public-pk', sendcloudSecret: 'new-secret' });
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      expect(await db().integrations.get(germany)).toMatchObject({ status: 'connected', seenWith: 'c-pk' });
      expect(await db().integrations.get(italy)).toMatchObject({
        status: 'disconnected',
        problem: 'ended_at_backend',
      });
      expect(shown.map((n) => n.id)).toEqual(['ended']);

      // The seller moves to the other account and makes Germany there in the panel: found by its shop name.
      await saveBackendKeys({ sendcloudPublic: 'other-account-pk', sendcloudSecret: 'other-secret' });
      panels['other-account-pk']?.push(amazon(501, 'Bottega Rossi A1PA'));
      await refreshStatuses({ tell: true, confirmAfterMs: 0 });
      expect(await db().integrations.get(germany)).toMatchObject({
        status: 'connected',
        remoteId: '501',
        problem: null,
        seenWith: 't-pk',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
  it('lets the token go once the country it was kept for is found made again in the panel', async () => {
    let panel = [amazon(71, 'Bottega Rossi APJ6'), amazon(72, 'Bottega Rossi A1PA')];
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) =>
      init?.method === 'PATCH' ? new Response(null, { status: 204 }) : json(panel),
    );
    const tokens = () => db().secrets.where('id').startsWith('token:').count();
    try {
      await queueAll();
      await drain();
      expect(await tokens()).toBe(0); // both countries at Sendcloud: the token left
      panel = [amazon(72, 'Bottega Rossi A1PA')]; // Italy removed in the panel
      await refreshStatuses({ confirmAfterMs: 0 });
      await captureAccount(); // the same screen again: kept for Italy
      expect(await tokens()).toBe(1);
      // Made again in the panel by the seller, not through ShipBridge: found, and the token has nowhere to go.
      panel = [amazon(72, 'Bottega Rossi A1PA'), amazon(90, 'Bottega Rossi APJ6')];
      await refreshStatuses({ confirmAfterMs: 0 });
      expect(await db().integrations.get('A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4')).toMatchObject({ status: 'connected' });
      expect(await tokens()).toBe(0);
      expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a new token for countries connected at Sendcloud', () => {
  it('removes each at Sendcloud and guides the seller through its panel again, with the new token', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud' });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    // Sendcloud holds Italy's integration under the name ShipBridge gave it; DELETE removes it.
    let panel = [{ id: 81, shop_name: 'Bottega Rossi APJ6', system: 'amazon', failing_since: null, last_fetch: null }];
    const deleted: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (init?.method === 'DELETE') {
        deleted.push(url);
        panel = panel.filter((i) => !url.endsWith(`/${i.id}`));
        return new Response(null, { status: 204 });
      }
      return json(init?.method === 'PATCH' ? {} : panel);
    });
    try {
      await queueConnections([
        {
          accountId: 'EU:A3KXQ7ZP2N5VJ8',
          marketplaceId: 'APJ6JRA9NG5V4',
          shopName: 'Bottega Rossi APJ6',
          importPackageWeight: true,
          orderStatusUpdate: 'on_handover',
        },
      ]);
      await processOutbox();
      const italy = 'A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4';
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', remoteId: '81' });
      await captureAccount(NEW_TOKEN, ['APJ6JRA9NG5V4']);
      expect((await db().integrations.get(italy))?.earlierToken).toBe(true);

      expect(await handOverNewToken('EU:A3KXQ7ZP2N5VJ8')).toEqual({ queued: 1 });
      await processOutbox();
      expect(deleted).toEqual(['https://panel.sendcloud.sc/api/v3/integrations/81']);
      // The panel's steps again, with the new token to paste (the API cannot create the integration).
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'queued', problem: 'awaiting_panel' });
      expect(await handoffValues(italy)).toMatchObject({ shopName: 'Bottega Rossi APJ6', token: NEW_TOKEN });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a seller who chooses the other backend', () => {
  it('keeps each integration at the backend that made it, and sends what waits to the one chosen now', async () => {
    const item = (marketplaceId: string) => ({
      accountId: 'EU:A3KXQ7ZP2N5VJ8',
      marketplaceId,
      shopName: `Bottega Rossi ${marketplaceId.slice(0, 4)}`,
      importPackageWeight: true,
      orderStatusUpdate: 'on_handover' as const,
    });
    const [italy, germany] = ['A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4', 'A3KXQ7ZP2N5VJ8:A1PA6795UKMFR9'];
    // Germany at the Connector API backend; Italy queued there while it was unreachable.
    await queueConnections([item('A1PA6795UKMFR9')]);
    await drain();
    await sandbox.setFaults({ down: true });
    await queueConnections([item('APJ6JRA9NG5V4')]);
    await processOutbox();
    expect((await db().integrations.get(italy))?.problem).toBe('network');

    // Now Sendcloud, whose keys are not typed yet: Germany is still read where it is, and nothing is at
    // Sendcloud yet, so nothing shown is out of date for want of its keys (Italy's next try says them).
    await sandbox.setFaults({ down: false });
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'sendcloud', connectorUrl: sandbox.url });
    await db().integrations.update(germany, { status: 'failing' });
    expect(await refreshStatuses()).toEqual({ refreshed: 1 });
    expect((await db().integrations.get(germany))?.status).toBe('connected');
    await db().outbox.toCollection().modify({ nextAttemptAt: 0 });
    await processOutbox();
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'queued', problem: 'not_configured' });
    // With its keys; its panel holds none of them.
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
      String(url).startsWith('https://panel.sendcloud.sc/') ? Promise.resolve(json([])) : realFetch(url, init),
    );
    try {
      await refreshStatuses();
      expect((await db().integrations.get(germany))?.status).toBe('connected'); // not "disconnected"
      await db().outbox.toCollection().modify({ nextAttemptAt: 0 });
      await processOutbox();
      expect(await db().integrations.get(italy)).toMatchObject({ backend: 'sendcloud', problem: 'awaiting_panel' });
      // Disconnect goes to the backend that made the integration.
      await disconnect(germany);
      expect((await db().integrations.get(germany))?.status).toBe('disconnected');
      expect((await sandbox.state()).integrations).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('moves a token saved before tokens were kept per server to the server set, and wants a server for a new one', async () => {
    await saveBackendKeys({ connectorToken: '' });
    await storeSecret('backend:connector:token', 'sandbox-token'); // as an earlier version kept it
    await fakeBrowser.storage.local.set({ backendKeyHints: { connectorToken: 'oken' } });
    expect(await keyHints()).toEqual({ connectorToken: 'oken' });
    expect(await (await currentBackend()).testConnection()).toEqual({ accountName: 'Bottega Rossi Srl' });
    expect(await db().secrets.get('backend:connector:token')).toBeUndefined();
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'connector', connectorUrl: '' });
    await expect(saveBackendKeys({ connectorToken: 'a-token' })).rejects.toMatchObject({ code: 'not_configured' });
    await expect(saveBackendKeys({ connectorToken: 'a-token' }, 'http://example.com')).rejects.toMatchObject({
      code: 'not_configured', // plain http only for localhost
    });
  });

  it("keeps reading an integration at the Connector API server that made it, with that server's own token", async () => {
    await queueAll();
    await drain();
    const [germany, italy] = ['A3KXQ7ZP2N5VJ8:A1PA6795UKMFR9', 'A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4'];
    expect((await db().integrations.get(italy))?.connectorUrl).toBe(sandbox.url);
    const other = await startSandbox({ token: 'other-token' });
    const secrets = async () => (await db().secrets.toCollection().primaryKeys()).sort();
    try {
      // Another server and its token: the first server's token stays for the integrations made there.
      await saveSettings({ ...DEFAULT_SETTINGS, backend: 'connector', connectorUrl: other.url });
      await saveBackendKeys({ connectorToken: 'other-token' });
      expect(await keyHints()).toEqual({ connectorToken: 'oken' });
      expect(await keyHints(sandbox.url)).toEqual({ connectorToken: 'oken' });
      await sandbox.patchIntegration({ id: (await db().integrations.get(italy))?.remoteId, status: 'failing' });
      await refreshStatuses(); // read at the first server, with its token
      expect((await db().integrations.get(italy))?.status).toBe('failing');
      // Disconnect goes to the server that made it, with its token, without setting that server again.
      await disconnect(italy);
      expect((await sandbox.state()).integrations).toHaveLength(1);
      expect((await other.state()).requests).not.toContainEqual(expect.objectContaining({ method: 'DELETE' }));
      // Once nothing is left there, the first server's token goes; the one set stays.
      expect(await secrets()).toContain(`backend:connector:token@${new URL(sandbox.url).origin}`);
      await disconnect(germany);
      expect(await secrets()).not.toContain(`backend:connector:token@${new URL(sandbox.url).origin}`);
      expect(await secrets()).toContain(`backend:connector:token@${new URL(other.url).origin}`);
      expect(await keyHints(sandbox.url)).toEqual({});
    } finally {
      await other.close();
    }
  });
});

describe('a connection the platform reports failing (orders from that country stop importing)', () => {
  it('shows on the toolbar button while it lasts, and the periodic read tells the seller once', async () => {
    const shown = recordNotifications();
    const onScreen = async () => Object.keys(await fakeBrowser.notifications.getAll());
    await queueAll();
    await drain();
    const [italy, germany] = ['A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4', 'A3KXQ7ZP2N5VJ8:A1PA6795UKMFR9'];
    const badge = async () => ({
      text: await fakeBrowser.action.getBadgeText({}),
      title: await fakeBrowser.action.getTitle({}),
    });
    const report = async (id: string, status: string) =>
      sandbox.patchIntegration({ id: (await db().integrations.get(id))?.remoteId, status });

    await refreshStatuses({ tell: true });
    expect(await badge()).toEqual({ text: '', title: 'ShipBridge' });

    // Italy fails: the periodic read says so once, and the button shows it.
    await report(italy, 'failing');
    await refreshStatuses({ tell: true });
    expect(shown).toEqual([
      {
        id: 'failing',
        title: 'ShipBridge: orders not importing',
        message: expect.stringMatching(
          /connection failing at your shipping platform: Italy\. Orders from there are not/,
        ),
      },
    ]);
    expect(await badge()).toEqual({ text: '!', title: 'ShipBridge\n1 connection failing: Italy' });
    await refreshStatuses({ tell: true }); // still failing: nothing new to tell
    expect(shown).toHaveLength(1);

    // Germany fails while the popup is open (its read tells nothing: the seller sees it there).
    await report(germany, 'failing');
    await refreshStatuses();
    expect(shown).toHaveLength(1);
    expect(await badge()).toEqual({ text: '!', title: 'ShipBridge\n2 connections failing: Germany, Italy' });

    // Both work again: the button is plain, and the notification, out of date, goes.
    expect(await onScreen()).toEqual(['failing']);
    await report(italy, 'connected');
    await report(germany, 'connected');
    await refreshStatuses({ tell: true });
    expect(await badge()).toEqual({ text: '', title: 'ShipBridge' });
    expect(await onScreen()).toEqual([]);
    expect(shown).toHaveLength(1);
  });

  it('shows on the toolbar button as soon as a hand-off is answered failing', async () => {
    await queueItaly();
    await drain();
    const id = 'A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4';
    await sandbox.patchIntegration({ id: (await db().integrations.get(id))?.remoteId, status: 'failing' });
    // Its answer was lost (say, the worker stopped); sent again, the platform answers with the one it has.
    await db().integrations.update(id, { status: 'not_connected', remoteId: null });
    await queueItaly();
    await drain();
    expect(await db().integrations.get(id)).toMatchObject({ status: 'failing' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('leaves the button when the failing country is disconnected or its account deleted', async () => {
    await queueAll();
    await drain();
    const [italy, germany] = ['A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4', 'A3KXQ7ZP2N5VJ8:A1PA6795UKMFR9'];
    for (const id of [italy, germany]) {
      await sandbox.patchIntegration({ id: (await db().integrations.get(id))?.remoteId, status: 'failing' });
    }
    await refreshStatuses();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    await disconnect(italy);
    expect(await fakeBrowser.action.getTitle({})).toBe('ShipBridge\n1 connection failing: Germany');
    await deleteAccount('EU:A3KXQ7ZP2N5VJ8');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('ShipBridge');
  });
});

describe("the platform refusing ShipBridge's keys (ShipBridge cannot see connections fail meanwhile)", () => {
  it('is told once by the periodic read, not for a passing failure, and taken down once a read works', async () => {
    const shown = recordNotifications();
    const onScreen = async () => Object.keys(await fakeBrowser.notifications.getAll());
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await queueAll();
    await drain();
    await saveBackendKeys({ connectorToken: 'revoked-token' });
    await expect(refreshStatuses()).rejects.toMatchObject({ code: 'unauthorized' });
    expect(shown).toEqual([]); // the popup's read: the popup says it there
    await expect(refreshStatuses({ tell: true })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(shown).toEqual([
      {
        id: 'unread',
        title: 'ShipBridge: connections not checked',
        message:
          'ShipBridge cannot read your connections at your shipping platform. Your shipping platform refused the keys. Check the API token or keys in the settings. Until then it cannot tell you when one fails or ends.',
      },
    ]);
    await expect(refreshStatuses({ tell: true })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(shown).toHaveLength(1); // said once
    // The platform unreachable for a while: not news, and not a sign the keys work again.
    await sandbox.setFaults({ down: true });
    await expect(refreshStatuses({ tell: true })).rejects.toMatchObject({ code: 'network' });
    await sandbox.setFaults({ down: false });
    expect(await onScreen()).toEqual(['unread']);
    openFromNotification('unread'); // its click: the settings, where the keys are
    expect(openOptions).toHaveBeenCalledOnce();
    // The right key saved: the next read works, and the notification goes.
    await saveBackendKeys({ connectorToken: 'sandbox-token' });
    await refreshStatuses();
    expect(await onScreen()).toEqual([]);
    // Refused again later: told again.
    await saveBackendKeys({ connectorToken: 'revoked-token' });
    await expect(refreshStatuses({ tell: true })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(shown).toHaveLength(2);
  });
});

describe('a connection that ended at the platform (removed there, not disconnected here)', () => {
  const [italy, germany] = ['A3KXQ7ZP2N5VJ8:APJ6JRA9NG5V4', 'A3KXQ7ZP2N5VJ8:A1PA6795UKMFR9'];
  /** The notifications created, as the seller would see them. */
  let shown: Notified[] = [];
  beforeEach(() => {
    shown = recordNotifications();
  });
  /** Removes the country's integration at the platform, as its own panel would. */
  const removeThere = async (id: string) => {
    const remoteId = (await db().integrations.get(id))?.remoteId ?? '';
    const response = await fetch(`${sandbox.url}/v1/amazon/integrations/${remoteId}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer sandbox-token' },
    });
    expect(response.status).toBe(204);
  };

  it('is not what the token of another account at the same server tells (it sees none of them)', async () => {
    await queueAll();
    await drain();
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', seenWith: 'oken' });
    await saveBackendKeys({ connectorToken: 'tenant-b-token-7q2x' });
    const test = () => handlers('1.0.0')['ui:testConnection']({}, { id: 'test' });
    expect(await test()).toEqual({ ok: true, data: { accountName: 'Another Seller', unseen: 2 } });
    for (const id of [italy, germany]) {
      expect(await db().integrations.get(id)).toMatchObject({ status: 'connected', problem: 'other_keys' });
    }
    await expect(disconnect(italy)).rejects.toMatchObject({ code: 'other_keys' });
    expect(shown).toEqual([]);
    // The right token again: both found, nothing lost at the platform.
    await saveBackendKeys({ connectorToken: 'sandbox-token' });
    expect(await test()).toEqual({ ok: true, data: { accountName: 'Bottega Rossi Srl', unseen: 0 } });
    expect((await sandbox.state()).integrations).toHaveLength(2);
    for (const id of [italy, germany]) {
      expect(await db().integrations.get(id)).toMatchObject({ status: 'connected', problem: null });
    }
  });

  it('is disconnected with the reason, and the periodic read tells the seller once', async () => {
    await queueAll();
    await drain();
    await refreshStatuses({ tell: true });
    expect(shown).toEqual([]);

    await removeThere(italy);
    await refreshStatuses({ tell: true });
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: 'ended_at_backend' });
    expect(shown).toEqual([
      {
        id: 'ended',
        title: 'ShipBridge: orders not importing',
        message: expect.stringMatching(/no longer has the Amazon connection for: Italy\. Orders from there are not/),
      },
    ]);
    // Not a failure the badge keeps showing: the seller may have meant it.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await refreshStatuses({ tell: true }); // still gone: nothing new to tell
    expect(shown).toHaveLength(1);

    // The platform reports Germany disconnected (the Connector API's own status): ended as well.
    await sandbox.patchIntegration({ id: (await db().integrations.get(germany))?.remoteId, status: 'disconnected' });
    await refreshStatuses({ tell: true });
    expect(await db().integrations.get(germany)).toMatchObject({ status: 'disconnected', problem: 'ended_at_backend' });
    expect(shown.map((s) => s.message)).toEqual([
      expect.stringContaining(': Italy.'),
      expect.stringContaining(': Germany.'),
    ]);

    // The token left with the hand-offs; captured again, Italy is connected anew, and the reason goes.
    await captureAccount();
    await queueItaly();
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'queued', problem: null });
  });

  it('is left disconnected when the seller says so: the reason and its notification go, and stay gone', async () => {
    await queueAll();
    await drain();
    await removeThere(italy);
    await refreshStatuses({ tell: true, confirmAfterMs: 0 });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['ended']);
    const leave = (integrationId: string) => handlers('1.0.0')['ui:leaveEnded']({ integrationId }, { id: 'test' });
    expect(await leave(germany)).toEqual({ left: false }); // still at the platform: nothing to leave
    expect(await leave(italy)).toEqual({ left: true });
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: null });
    expect(await db().integrations.get(germany)).toMatchObject({ status: 'connected' });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // The next reads do not bring it back, nor tell it again.
    await refreshStatuses({ tell: true, confirmAfterMs: 0 });
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: null });
    expect(shown).toHaveLength(1);
    expect(await leave(italy)).toEqual({ left: false });
  });

  it('is believed only when the list read again a moment later says so too', async () => {
    await queueAll();
    await drain();
    const realFetch = globalThis.fetch;
    const reads: number[] = [];
    let wrongAnswers = 1; // the platform answers an empty list this many times (a server restarting)
    globalThis.fetch = (async (input: string, init?: RequestInit) => {
      if ((init?.method ?? 'GET') === 'GET' && String(input).endsWith('/v1/amazon/integrations')) {
        reads.push(performance.now());
        if (wrongAnswers-- > 0) return Response.json({ data: [] });
      }
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      await refreshStatuses({ tell: true, confirmAfterMs: 300 });
      const [first = 0, second = 0] = reads;
      expect(reads).toHaveLength(2); // read again, after the pause
      expect(second - first).toBeGreaterThanOrEqual(290);
      expect(await db().integrations.get(italy)).toMatchObject({ status: 'connected', problem: null });
      expect(await db().integrations.get(germany)).toMatchObject({ status: 'connected', problem: null });
      expect(shown).toEqual([]);

      // Nothing missing: one read.
      reads.length = 0;
      await refreshStatuses({ tell: true, confirmAfterMs: 300 });
      expect(reads).toHaveLength(1);

      // Missing twice in a row: ended, and told.
      reads.length = 0;
      wrongAnswers = 2;
      await refreshStatuses({ tell: true, confirmAfterMs: 300 });
      expect(reads).toHaveLength(2);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: 'ended_at_backend' });
    expect(shown.map((s) => s.message)).toEqual([expect.stringContaining(': Germany, Italy.')]);
  });

  it('says nothing when the seller disconnects here, even if a read comes in between', async () => {
    await queueAll();
    await drain();
    await sandbox.patchIntegration({
      id: (await db().integrations.get(italy))?.remoteId,
      status: 'failing',
      message: 'Amazon refused the token.',
    });
    await refreshStatuses();
    expect(await db().integrations.get(italy)).toMatchObject({ message: 'Amazon refused the token.' });
    // A periodic read lands after the platform removed Italy, before the row says so.
    const update = db().integrations.update.bind(db().integrations);
    let readBetween = false;
    const spy = vi.spyOn(db().integrations, 'update').mockImplementation((async (key, changes) => {
      if (!readBetween && (changes as { status?: string }).status === 'disconnected') {
        readBetween = true;
        await refreshStatuses({ tell: true });
      }
      return update(key, changes);
    }) as typeof update);
    try {
      await disconnect(italy);
    } finally {
      spy.mockRestore();
    }
    expect(readBetween).toBe(true);
    expect(shown).toEqual([]);
    // Disconnected as asked: no reason, and the platform's failing message is not shown any more.
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: null, message: null });
    await refreshStatuses({ tell: true });
    expect(shown).toEqual([]);
  });

  it('keeps a disconnect the seller made while a read was on its way, and tells nothing of it', async () => {
    await queueAll();
    await drain();
    const realFetch = globalThis.fetch;
    let disconnectedMeanwhile = false;
    // The list is read with Italy still there; the seller's disconnect finishes before that answer is used.
    globalThis.fetch = (async (input: string, init?: RequestInit) => {
      const response = await realFetch(input, init);
      if (!disconnectedMeanwhile && init?.method === 'GET' && String(input).endsWith('/v1/amazon/integrations')) {
        disconnectedMeanwhile = true;
        await disconnect(italy);
      }
      return response;
    }) as typeof fetch;
    try {
      await refreshStatuses({ tell: true });
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(disconnectedMeanwhile).toBe(true);
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: null });
    await refreshStatuses({ tell: true }); // Italy is not at the platform: as the seller asked
    expect(await db().integrations.get(italy)).toMatchObject({ status: 'disconnected', problem: null });
    expect(shown).toEqual([]);
    expect(await db().integrations.get(germany)).toMatchObject({ status: 'connected' });
  });
});

describe('what became of hand-offs that had to wait', () => {
  let shown: Notified[] = [];
  beforeEach(() => {
    shown = recordNotifications();
  });

  it("says each outcome on a line of its own, in the seller's language", async () => {
    const row = (marketplaceId: string, status: Integration['status'], problem: string | null = null) =>
      ({ id: `A9ZZ8YY7XX6WW5:${marketplaceId}`, marketplaceId, status, problem }) as Integration;
    const ended = [
      row('A1RKKUPIHCS9HS', 'not_connected'), // cancelled by the seller: not news
      row('A1PA6795UKMFR9', 'not_connected', 'validation'),
      row('A13V1IB3VIYZZH', 'failing'),
      row('APJ6JRA9NG5V4', 'connecting'),
      row('A1F83G8C2ARO7P', 'connected'),
      row('A1805IZSGTT6HS', 'connected'),
    ];
    await tellWaitedHandoffs(ended);
    await saveSettings({ ...DEFAULT_SETTINGS, backend: 'connector', connectorUrl: sandbox.url, language: 'it' });
    await tellWaitedHandoffs(ended);
    expect(shown.map((s) => s.message)).toEqual([
      [
        'Connected at your shipping platform: Netherlands, United Kingdom.',
        'Handed to your shipping platform, which is still connecting it: Italy.',
        'Connected, but your shipping platform reports it failing: France. Open ShipBridge to see why.',
        'Not connected: Germany. Open ShipBridge to see why and what to do.',
      ].join('\n'),
      [
        'Collegato alla tua piattaforma di spedizione: Paesi Bassi, Regno Unito.',
        'Consegnato alla tua piattaforma di spedizione, che sta ancora completando il collegamento: Italia.',
        'Collegato, ma in errore secondo la tua piattaforma di spedizione: Francia. Apri ShipBridge per vedere perché.',
        'Non collegato: Germania. Apri ShipBridge per vedere perché e cosa fare.',
      ].join('\n'),
    ]);
    await tellWaitedHandoffs([row('A1RKKUPIHCS9HS', 'not_connected')]);
    expect(shown).toHaveLength(2);
  });

  it('is told once, for all that ended together; a first try and a cancelled hand-off are not news', async () => {
    // Sent at once and answered: the seller saw it in the popup.
    await queueAll();
    await drain();
    expect(shown).toEqual([]);

    // Another account's three countries wait for a platform that cannot be reached.
    await saveCapture(
      {
        sellerId: 'A9ZZ8YY7XX6WW5',
        accountName: 'Müller Versand',
        marketplaceIds: ['A1PA6795UKMFR9', 'A13V1IB3VIYZZH', 'A1RKKUPIHCS9HS'],
        unknownMarketplaceIds: [],
        secret: { type: 'mws', token: NEW_TOKEN },
      },
      'EU',
      'sellercentral.amazon.de',
    );
    await sandbox.setFaults({ down: true });
    await queueConnections(
      ['A1PA6795UKMFR9', 'A13V1IB3VIYZZH', 'A1RKKUPIHCS9HS'].map((marketplaceId) => ({
        accountId: 'EU:A9ZZ8YY7XX6WW5',
        marketplaceId,
        shopName: `Müller ${marketplaceId.slice(0, 4)}`,
        importPackageWeight: true,
        orderStatusUpdate: 'on_announcement' as const,
      })),
    );
    await processOutbox();
    expect((await db().outbox.toArray()).map((e) => e.attempts)).toEqual([1, 1, 1]);
    // The seller gives up on Spain; the platform is back and refuses Germany (its shop name, emptied here).
    await cancelHandoff('A9ZZ8YY7XX6WW5:A1RKKUPIHCS9HS');
    await db().integrations.update('A9ZZ8YY7XX6WW5:A1PA6795UKMFR9', { shopName: '' });
    await sandbox.setFaults({ down: false });
    await drain();
    expect(await db().integrations.get('A9ZZ8YY7XX6WW5:A1PA6795UKMFR9')).toMatchObject({ status: 'not_connected' });
    expect(shown).toEqual([
      {
        id: 'handoff',
        title: 'ShipBridge: connections that waited',
        message:
          'Connected at your shipping platform: France.\nNot connected: Germany. Open ShipBridge to see why and what to do.',
      },
    ]);
  });
});
