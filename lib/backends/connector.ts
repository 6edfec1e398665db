import { z } from '@/lib/zod';
import { BackendError } from './errors';
import { isAllowedBackendUrl, requestJson } from './http';
import type { ConnectorClient, ConnectRequest, RemoteIntegration } from './types';

const timestamp = z.string().datetime({ offset: true });

export const integrationResponseSchema = z.object({
  id: z.string().min(1).max(200),
  shop_name: z.string(),
  seller_id: z.string(),
  marketplace_id: z.string(),
  country_code: z.string(),
  status: z.enum(['pending', 'connected', 'failing', 'disconnected']),
  last_sync_at: timestamp.nullable(),
  failing_since: timestamp.nullable(),
  message: z.string().max(2000).nullable(),
  created_at: timestamp,
});

const meSchema = z.object({ account: z.object({ id: z.string(), name: z.string().max(300) }) });
const listSchema = z.object({ data: z.array(integrationResponseSchema) });

function toRemote(i: z.infer<typeof integrationResponseSchema>): RemoteIntegration {
  return {
    id: i.id,
    shopName: i.shop_name,
    sellerId: i.seller_id,
    marketplaceId: i.marketplace_id,
    status: i.status,
    message: i.message,
    lastSyncAt: i.last_sync_at ? Date.parse(i.last_sync_at) : null,
  };
}

/** The Connector API of connector-api.md, to the letter. */
export function connectorClient(baseUrl: string, token: string, version: string): ConnectorClient {
  if (!isAllowedBackendUrl(baseUrl) || !token) throw new BackendError('not_configured');
  const base = baseUrl.replace(/\/+$/, '');
  const headers = (extra: Record<string, string> = {}) => ({
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'X-ShipBridge-Version': version,
    ...extra,
  });
  return {
    kind: 'connector',
    baseUrl,
    async testConnection() {
      const me = await requestJson({ url: `${base}/v1/me`, headers: headers() }, meSchema);
      return { accountName: me.account.name };
    },
    async listIntegrations() {
      const list = await requestJson({ url: `${base}/v1/amazon/integrations`, headers: headers() }, listSchema);
      return list.data.map(toRemote);
    },
    async connect(request: ConnectRequest, idempotencyKey: string) {
      const created = await requestJson(
        {
          url: `${base}/v1/amazon/integrations`,
          method: 'POST',
          headers: headers({ 'Idempotency-Key': idempotencyKey }),
          body: request,
        },
        integrationResponseSchema,
      );
      return toRemote(created);
    },
    async disconnect(remoteId: string) {
      await requestJson(
        { url: `${base}/v1/amazon/integrations/${encodeURIComponent(remoteId)}`, method: 'DELETE', headers: headers() },
        null,
      );
    },
  };
}
