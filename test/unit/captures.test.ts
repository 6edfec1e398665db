import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAccount, saveCapture, savePastedCredentials } from '@/lib/background/captures';
import { queueConnections } from '@/lib/background/connections';
import { destroyVault, readSecret } from '@/lib/background/vault';
import { db } from '@/lib/db';
import type { CapturedCredentialsInput } from '@/lib/messaging/schemas';
import { capturedCredentialsSchema } from '@/lib/messaging/schemas';
import { damageSecret } from './captured';

const TOKEN = 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60';
const capture: CapturedCredentialsInput = {
  sellerId: 'A3KXQ7ZP2N5VJ8',
  accountName: 'Bottega Rossi',
  marketplaceIds: ['APJ6JRA9NG5V4', 'A1PA6795UKMFR9'],
  unknownMarketplaceIds: [],
  secret: { type: 'mws', token: TOKEN },
};

/** The account's connection of one marketplace, as made at the backend (`int_<marketplace>` there). */
const putConnection = (marketplaceId: string, status: 'connected' | 'disconnected', problem: string | null = null) =>
  db().integrations.put({
    id: `A3KXQ7ZP2N5VJ8:${marketplaceId}`,
    accountId: 'EU:A3KXQ7ZP2N5VJ8',
    sellerId: 'A3KXQ7ZP2N5VJ8',
    marketplaceId,
    countryCode: 'IT',
    shopName: 'Bottega Rossi',
    importPackageWeight: true,
    orderStatusUpdate: 'on_announcement',
    backend: 'connector',
    status,
    remoteId: `int_${marketplaceId}`,
    problem,
    message: null,
    fieldErrors: null,
    lastSyncAt: null,
    updatedAt: 1,
  });

beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
  await destroyVault();
});

describe('saveCapture', () => {
  it('stores the account and only an encrypted token', async () => {
    const result = await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    expect(result).toEqual({
      accountId: 'EU:A3KXQ7ZP2N5VJ8',
      sellerId: 'A3KXQ7ZP2N5VJ8',
      marketplaceCount: 2,
      tokenHint: '5f60',
      changed: true,
    });
    const account = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    expect(account).toMatchObject({
      accountName: 'Bottega Rossi',
      region: 'EU',
      tokenHint: '5f60',
      authorizationType: 'mws',
    });
    expect(JSON.stringify(account)).not.toContain(TOKEN);
    const secret = await db().secrets.get(account?.secretId ?? '');
    expect(secret?.data.byteLength).toBeGreaterThan(TOKEN.length);
    expect(new TextDecoder().decode(secret?.data)).not.toContain(TOKEN.slice(9));
    expect(await readSecret(account?.secretId ?? '')).toBe(TOKEN);
  });

  it('adds nothing when the same screen is seen again', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    const before = await db().accounts.toArray();
    const again = await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    expect(again.changed).toBe(false);
    expect(await db().accounts.toArray()).toEqual(before);
    expect(await db().secrets.count()).toBe(1);
  });

  it('takes the same token back after it left only for a marketplace it has not been handed to', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    // Both marketplaces at the backend; the token has left.
    for (const marketplaceId of capture.marketplaceIds) await putConnection(marketplaceId, 'connected');
    const account = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    await db().secrets.clear();
    await db().accounts.update('EU:A3KXQ7ZP2N5VJ8', { secretId: null });
    const capturedAt = account?.capturedAt;

    // The same screen again: nothing comes back, nothing is asked of the connected countries.
    expect((await saveCapture(capture, 'EU', 'sellercentral.amazon.it')).changed).toBe(false);
    expect(await db().secrets.count()).toBe(0);
    // The same token, now also for France (not handed over yet): it is kept again, for France only.
    await saveCapture({ ...capture, marketplaceIds: ['A13V1IB3VIYZZH'] }, 'EU', 'sellercentral.amazon.it');
    const after = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    expect(await readSecret(after?.secretId ?? '')).toBe(TOKEN);
    expect(after?.capturedAt).toBe(capturedAt); // the same authorization: its year did not start again
    expect((await db().integrations.toArray()).some((i) => i.earlierToken)).toBe(false);
    expect(JSON.stringify(after)).not.toContain(TOKEN);
  });

  it('takes the same token back after it left for a country whose connection has ended since', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    const capturedAt = (await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.capturedAt;
    // Both at the backend, the token gone; then Italy's connection ended (here or at the platform).
    await putConnection('APJ6JRA9NG5V4', 'disconnected', 'ended_at_backend');
    await putConnection('A1PA6795UKMFR9', 'connected');
    await db().secrets.clear();
    await db().accounts.update('EU:A3KXQ7ZP2N5VJ8', { secretId: null });

    // Authorized again, Amazon shows the same screen (the same token): it is kept again, and Italy can go.
    expect((await saveCapture(capture, 'EU', 'sellercentral.amazon.it')).changed).toBe(true);
    const after = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    expect(await readSecret(after?.secretId ?? '')).toBe(TOKEN);
    expect(after?.capturedAt).toBe(capturedAt); // the same authorization
    expect((await db().integrations.toArray()).some((i) => i.earlierToken)).toBe(false);
    expect(
      await queueConnections([
        {
          accountId: 'EU:A3KXQ7ZP2N5VJ8',
          marketplaceId: 'APJ6JRA9NG5V4',
          shopName: 'Bottega Rossi IT',
          importPackageWeight: true,
          orderStatusUpdate: 'on_announcement',
        },
      ]),
    ).toEqual({ queued: 1 });
    // Seen once more meanwhile: nothing changes.
    expect((await saveCapture(capture, 'EU', 'sellercentral.amazon.it')).changed).toBe(false);
  });

  it('lets a newer token supersede the old one and merges marketplaces', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    const newer = 'amzn.mws.aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const result = await saveCapture(
      { ...capture, marketplaceIds: ['A13V1IB3VIYZZH'], secret: { type: 'mws', token: newer } },
      'EU',
      'sellercentral.amazon.fr',
    );
    expect(result).toMatchObject({ changed: true, marketplaceCount: 3, tokenHint: 'eeee' });
    expect(await db().accounts.count()).toBe(1);
    expect(await db().secrets.count()).toBe(1);
    expect(await readSecret('token:EU:A3KXQ7ZP2N5VJ8')).toBe(newer);
  });

  it('keeps the same seller in two regions apart', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    await saveCapture({ ...capture, marketplaceIds: ['ATVPDKIKX0DER'] }, 'NA', 'sellercentral.amazon.com');
    expect((await db().accounts.toArray()).map((a) => a.id).sort()).toEqual(['EU:A3KXQ7ZP2N5VJ8', 'NA:A3KXQ7ZP2N5VJ8']);
  });

  it('deletes an account with its secret, its connections and their pending hand-offs', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    await queueConnections(
      capture.marketplaceIds.map((marketplaceId) => ({
        accountId: 'EU:A3KXQ7ZP2N5VJ8',
        marketplaceId,
        shopName: `Bottega Rossi ${marketplaceId}`,
        importPackageWeight: true,
        orderStatusUpdate: 'on_announcement' as const,
      })),
    );
    expect(await db().integrations.count()).toBe(2);
    await deleteAccount('EU:A3KXQ7ZP2N5VJ8');
    expect(await db().accounts.count()).toBe(0);
    expect(await db().secrets.count()).toBe(0);
    // Connections name the seller and the shop: they go with the account, not at some later purge.
    expect(await db().integrations.count()).toBe(0);
    expect(await db().outbox.count()).toBe(0);
  });
});

describe('a saved token that can no longer be decrypted', () => {
  it('is deleted and counts as never saved: the same screen captured again stores it anew', async () => {
    await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    const secretId = (await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.secretId ?? '';
    await damageSecret(secretId);
    expect(await readSecret(secretId)).toBeNull();
    expect(await db().secrets.count()).toBe(0);
    // Before, the capture failed on it: the one-time screen could not be saved for that account.
    const again = await saveCapture(capture, 'EU', 'sellercentral.amazon.it');
    expect(again.changed).toBe(true);
    expect(await readSecret(secretId)).toBe(TOKEN);
  });
});

describe('pasted credentials', () => {
  it('go through the same parser, the region coming from the marketplaces', async () => {
    const result = await savePastedCredentials(
      `Seller account identifiers for Bottega\nSeller ID: A3KXQ7ZP2N5VJ8\nMarketplace ID: A1PA6795UKMFR9 (Amazon.de)\nMWS Auth Token: ${TOKEN}`,
    );
    expect(result).toMatchObject({ saved: true, accountId: 'EU:A3KXQ7ZP2N5VJ8' });
    expect((await db().accounts.get('EU:A3KXQ7ZP2N5VJ8'))?.host).toBe('sellercentral.amazon.de');
  });

  it('say what is missing', async () => {
    expect(await savePastedCredentials('hello')).toEqual({ saved: false, reason: 'not_found' });
    expect(await savePastedCredentials(`Seller ID: A3KXQ7ZP2N5VJ8 MWS Auth Token: ${TOKEN}`)).toEqual({
      saved: false,
      reason: 'no_marketplace',
    });
  });
});

describe('the capture message schema', () => {
  it('rejects samples, bad formats and extra fields', () => {
    expect(capturedCredentialsSchema.safeParse(capture).success).toBe(true);
    for (const bad of [
      { ...capture, sellerId: 'A1EXAMPLE2345' },
      { ...capture, sellerId: 'not-an-id' },
      { ...capture, secret: { type: 'mws', token: 'amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE' } },
      { ...capture, secret: { type: 'mws', token: TOKEN, extra: 1 } },
      { ...capture, marketplaceIds: ['<script>'] },
      { ...capture, accountName: 'x'.repeat(201) },
      { ...capture, isAdmin: true },
    ]) {
      expect(capturedCredentialsSchema.safeParse(bad).success).toBe(false);
    }
  });
});
