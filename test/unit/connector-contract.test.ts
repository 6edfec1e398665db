// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectorClient } from '@/lib/backends/connector';
import { BackendError } from '@/lib/backends/errors';
import type { ConnectRequest } from '@/lib/backends/types';
import { startSandbox } from '../sandbox/server.mjs';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox({ token: 't0ken' });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const request: ConnectRequest = {
  shop_name: 'Bottega Rossi IT',
  seller_id: 'A3KXQ7ZP2N5VJ8',
  marketplace_id: 'APJ6JRA9NG5V4',
  country_code: 'IT',
  region: 'EU',
  authorization: {
    type: 'mws',
    developer_id: '3244-7764-4129',
    mws_auth_token: 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60',
    authorized_at: '2026-11-26T10:02:11Z',
  },
  import_package_weight: true,
  order_status_update: 'on_announcement',
};

const client = () => connectorClient(sandbox.url, 't0ken', '1.2.3');
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as BackendError;
  }
  throw new Error('expected a failure');
};

describe('Connector API client against the sandbox', () => {
  it('tests the connection', async () => {
    expect(await client().testConnection()).toEqual({ accountName: 'Bottega Rossi Srl' });
  });

  it('sends the contract headers and body', async () => {
    await client().connect(request, 'key-1');
    const { requests } = await sandbox.state();
    expect(requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/amazon/integrations',
      idempotencyKey: 'key-1',
      version: '1.2.3',
      contentType: 'application/json',
      body: request,
    });
  });

  it('creates once: a replayed key or the same seller, marketplace and token gives the same integration', async () => {
    const created = await client().connect(request, 'key-1');
    expect(created).toMatchObject({
      shopName: 'Bottega Rossi IT',
      status: 'connected',
      marketplaceId: 'APJ6JRA9NG5V4',
    });
    expect((await client().connect(request, 'key-1')).id).toBe(created.id);
    expect((await client().connect(request, 'key-2')).id).toBe(created.id);
    expect(await client().listIntegrations()).toHaveLength(1);
  });

  it('reports a conflict, invalid fields and a bad token, none of them retryable', async () => {
    await client().connect(request, 'key-1');
    const other = {
      ...request,
      authorization: { ...request.authorization, mws_auth_token: 'amzn.mws.00000000-0000-4000-8000-000000000000' },
    };
    const conflict = await failure(client().connect(other as ConnectRequest, 'key-3'));
    expect([conflict.code, conflict.retryable, conflict.serverMessage]).toEqual([
      'conflict',
      false,
      expect.stringMatching(/another token/),
    ]);
    const invalid = await failure(client().connect({ ...request, seller_id: 'nope' }, 'key-4'));
    expect(invalid.code).toBe('validation');
    expect(invalid.fieldErrors).toEqual({ seller_id: 'This is not a valid Amazon Seller ID.' });
    const unauthorized = await failure(connectorClient(sandbox.url, 'wrong', '1').testConnection());
    expect([unauthorized.code, unauthorized.retryable]).toEqual(['unauthorized', false]);
  });

  it('marks 429 (with Retry-After), 5xx and a dead server as retryable', async () => {
    await sandbox.setFaults({ rateLimitNext: 1, retryAfter: 7 });
    const limited = await failure(client().testConnection());
    expect([limited.code, limited.retryable, limited.retryAfterMs]).toEqual(['rate_limited', true, 7000]);
    await sandbox.setFaults({ failNext: 1 });
    expect((await failure(client().testConnection())).retryable).toBe(true);
    await sandbox.setFaults({ down: true });
    expect((await failure(client().testConnection())).code).toBe('network');
  });

  it('follows no redirect: the token goes nowhere but the address given, and the failure is not retried', async () => {
    const elsewhere = await startSandbox({ token: 't0ken' });
    try {
      for (const redirectStatus of [301, 302, 307, 308]) {
        await sandbox.setFaults({ redirectNext: 1, redirectTo: elsewhere.url, redirectStatus });
        const redirected = await failure(client().connect(request, `key-${redirectStatus}`));
        expect([redirected.code, redirected.retryable, redirected.status]).toEqual([
          'redirected',
          false,
          redirectStatus,
        ]);
      }
      expect((await elsewhere.state()).requests).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('disconnects', async () => {
    const created = await client().connect(request, 'key-1');
    await client().disconnect(created.id);
    expect(await client().listIntegrations()).toEqual([]);
  });

  it('refuses plain http beyond this machine and URLs with credentials', () => {
    expect(() => connectorClient('http://example.com', 't', '1')).toThrow(BackendError);
    expect(() => connectorClient('https://user:pw@example.com', 't', '1')).toThrow(BackendError);
    expect(() => connectorClient('https://api.example.com/base/', 't', '1')).not.toThrow();
  });
});
