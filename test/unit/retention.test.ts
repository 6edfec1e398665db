// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveBackendKeys } from '@/lib/background/backend-keys';
import { saveCapture } from '@/lib/background/captures';
import { disconnect, queueConnections, refreshStatuses } from '@/lib/background/connections';
import { processOutbox } from '@/lib/background/outbox';
import { runReminders } from '@/lib/background/reminders';
import { purgeExpired } from '@/lib/background/retention';
import { destroyVault } from '@/lib/background/vault';
import { db } from '@/lib/db';
import { DAY } from '@/lib/expiry';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';
import { startSandbox } from '../sandbox/server.mjs';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const ACCOUNT = 'EU:A3KXQ7ZP2N5VJ8';
const [ITALY, GERMANY, FRANCE] = ['APJ6JRA9NG5V4', 'A1PA6795UKMFR9', 'A13V1IB3VIYZZH'];
const [italy, germany] = [`A3KXQ7ZP2N5VJ8:${ITALY}`, `A3KXQ7ZP2N5VJ8:${GERMANY}`];
const START = Date.UTC(2026, 0, 5, 9);
const HOUR = DAY / 24;

/** The account's credentials screen saved (Italy, Germany and France), as a Seller Central tab would. */
const captureAccount = () =>
  saveCapture(
    {
      sellerId: 'A3KXQ7ZP2N5VJ8',
      accountName: 'Bottega Rossi',
      marketplaceIds: [ITALY, GERMANY, FRANCE],
      unknownMarketplaceIds: [],
      secret: { type: 'mws', token: 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60' },
    },
    'EU',
    'sellercentral.amazon.it',
  );

/** Connects these countries at the platform (the popup's Connect, then the outbox until it is empty). */
async function connect(marketplaceIds: string[]) {
  await queueConnections(
    marketplaceIds.map((marketplaceId) => ({
      accountId: ACCOUNT,
      marketplaceId,
      shopName: `Bottega Rossi ${marketplaceId.slice(0, 4)}`,
      importPackageWeight: true,
      orderStatusUpdate: 'on_announcement' as const,
    })),
  );
  for (let i = 0; i < 10 && (await db().outbox.count()); i++) {
    await db().outbox.toCollection().modify({ nextAttemptAt: 0 });
    await processOutbox();
  }
}

const at = (ms: number) => vi.setSystemTime(ms);
const account = () => db().accounts.get(ACCOUNT);
const tokensInVault = () => db().secrets.where('id').startsWith('token:').count();

beforeAll(async () => {
  sandbox = await startSandbox({ token: 'sandbox-token' });
});
afterAll(() => sandbox.close());

const realCreate = fakeBrowser.notifications.create;
let shown: { id: string; message: string }[] = [];
beforeEach(async () => {
  await sandbox.reset();
  await Promise.all(db().tables.map((t) => t.clear()));
  await destroyVault();
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  await saveSettings({ ...DEFAULT_SETTINGS, backend: 'connector', connectorUrl: sandbox.url }); // 30 days
  await saveBackendKeys({ connectorToken: 'sandbox-token' });
  await captureAccount();
  shown = [];
  fakeBrowser.notifications.create = (async (id: string, options: { message: string }) => {
    shown.push({ id, message: options.message });
    return realCreate(id, options as never);
  }) as never;
});
afterEach(() => {
  fakeBrowser.notifications.create = realCreate;
  vi.useRealTimers();
});

describe('the retention period', () => {
  it('keeps connections at the platform, and what their card needs, but not the token', async () => {
    await connect([ITALY, GERMANY]);
    expect(await account()).toMatchObject({ secretId: 'token:EU:A3KXQ7ZP2N5VJ8' }); // France still needs it
    at(START + 29 * DAY);
    expect(await purgeExpired(Date.now())).toMatchObject({ accounts: 0 });
    expect(await tokensInVault()).toBe(1);

    const purgedAt = START + 30 * DAY + HOUR;
    at(purgedAt);
    expect(await purgeExpired(Date.now())).toMatchObject({ accounts: 0 });
    expect(await account()).toMatchObject({
      sellerId: 'A3KXQ7ZP2N5VJ8',
      accountName: 'Bottega Rossi',
      marketplaceIds: [ITALY, GERMANY, FRANCE],
      secretId: null,
      tokenPurgedAt: purgedAt,
    });
    expect(await tokensInVault()).toBe(0);
    expect((await db().integrations.toArray()).map((i) => [i.marketplaceId, i.status])).toEqual([
      [GERMANY, 'connected'],
      [ITALY, 'connected'],
    ]);

    // Still watched: Italy failing at the platform is told, as on the first day.
    await sandbox.patchIntegration({ id: (await db().integrations.get(italy))?.remoteId, status: 'failing' });
    await refreshStatuses({ tell: true });
    expect(shown).toEqual([{ id: 'failing', message: expect.stringContaining(': Italy.') }]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');

    // Germany removed in the platform's panel: shown, ended, for the retention period after that.
    const remoteId = (await db().integrations.get(germany))?.remoteId;
    await fetch(`${sandbox.url}/v1/amazon/integrations/${remoteId}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer sandbox-token' },
    });
    await refreshStatuses({ tell: true, confirmAfterMs: 0 });
    expect(await db().integrations.get(germany)).toMatchObject({ status: 'disconnected', problem: 'ended_at_backend' });
    const endedAt = Date.now();
    // Italy disconnected by the seller: nothing left to show of it.
    await disconnect(italy);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    at(endedAt + 29 * DAY);
    expect(await purgeExpired(Date.now())).toMatchObject({ accounts: 0 });
    expect((await db().integrations.toArray()).map((i) => i.marketplaceId)).toEqual([GERMANY]);
    at(endedAt + 30 * DAY + HOUR);
    expect(await purgeExpired(Date.now())).toMatchObject({ accounts: 1 });
    expect(await db().accounts.count()).toBe(0);
    expect(await db().integrations.count()).toBe(0);
  });

  it('deletes an account none of whose countries is at the platform, with its token, as before', async () => {
    await connect([ITALY]);
    await disconnect(italy);
    at(START + 30 * DAY + HOUR);
    expect(await purgeExpired(Date.now())).toMatchObject({ accounts: 1 });
    expect(await db().accounts.count()).toBe(0);
    expect(await db().integrations.count()).toBe(0);
    expect(await tokensInVault()).toBe(0);
  });

  it('starts again for the token captured again once it had deleted it', async () => {
    await connect([ITALY, GERMANY]);
    at(START + 30 * DAY + HOUR);
    await purgeExpired(Date.now());
    expect(await tokensInVault()).toBe(0);

    // The seller authorizes again: Amazon shows the same token, which is kept for France (the same
    // authorization: its date stays the first capture's).
    const capturedAgain = START + 31 * DAY;
    at(capturedAgain);
    expect(await captureAccount()).toMatchObject({ changed: true });
    const again = await account();
    expect(again).toMatchObject({ secretId: 'token:EU:A3KXQ7ZP2N5VJ8', capturedAt: START });
    expect(again?.tokenPurgedAt).toBeUndefined();
    at(capturedAgain + 29 * DAY);
    expect(await purgeExpired(Date.now())).toMatchObject({ accounts: 0 });
    expect(await tokensInVault()).toBe(1);
    // …and warned of before it goes, like any token not handed over.
    await runReminders(Date.now() - DAY);
    expect(shown.map((s) => s.id)).toEqual(['purge:EU:A3KXQ7ZP2N5VJ8']);

    // France connected with it: the token leaves as usual, handed over.
    await connect([FRANCE]);
    expect(await account()).toMatchObject({ secretId: null });
    expect((await account())?.tokenPurgedAt).toBeUndefined();
    expect(await db().integrations.where('status').equals('connected').count()).toBe(3);
  });
});
