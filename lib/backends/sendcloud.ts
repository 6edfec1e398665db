import { z } from '@/lib/zod';
import type { OrderStatusUpdate } from '../settings/schema';
import { SENDCLOUD_API } from './addresses';
import { BackendError } from './errors';
import { requestJson } from './http';
import type { RemoteIntegration, SendcloudClient } from './types';

const dateTime = z.string().datetime({ offset: true });

// The fields ShipBridge reads from v2 `GET /integrations` (a bare array); others pass through unread.
export const v2IntegrationSchema = z.object({
  id: z.number().int().positive(),
  shop_name: z.string(),
  system: z.string(),
  failing_since: dateTime.nullable().optional(),
  last_fetch: dateTime.nullable().optional(),
});

/** What each order-status option means in Sendcloud's v3 `feedback_type`. */
export const FEEDBACK_TYPE: Readonly<Record<OrderStatusUpdate, 'eager' | 'delayed'>> = {
  on_announcement: 'eager', // status sent when the label is created, i.e. announced to the carrier
  on_handover: 'delayed', // status sent when the carrier scans the parcel
};

/** Sendcloud tells Amazon integrations apart by their shop name alone, written as the seller typed it. */
export const sameShopName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function toRemote(i: z.infer<typeof v2IntegrationSchema>): RemoteIntegration {
  return {
    id: String(i.id),
    shopName: i.shop_name,
    sellerId: null,
    marketplaceId: null,
    status: i.failing_since ? 'failing' : 'connected',
    message: null,
    lastSyncAt: i.last_fetch ? Date.parse(i.last_fetch) : null,
  };
}

/** Sendcloud's public API: Basic auth with the public key as user and the secret key as password. */
export function sendcloudClient(publicKey: string, secretKey: string, base = SENDCLOUD_API): SendcloudClient {
  if (!publicKey || !secretKey) throw new BackendError('not_configured');
  const headers = {
    Authorization: `Basic ${btoa(`${publicKey}:${secretKey}`)}`,
    Accept: 'application/json',
    'Content-Type': 'application/json',
  };
  const listAll = () => requestJson({ url: `${base}/v2/integrations`, headers }, z.array(v2IntegrationSchema));
  const isAmazon = (i: z.infer<typeof v2IntegrationSchema>) => i.system.toLowerCase() === 'amazon';
  return {
    kind: 'sendcloud',
    async testConnection() {
      const all = await listAll();
      return { accountName: `Sendcloud (${all.filter(isAmazon).length} Amazon)` };
    },
    async listIntegrations() {
      return (await listAll()).filter(isAmazon).map(toRemote);
    },
    async findAmazonIntegration(shopName: string) {
      const found = (await listAll()).find((i) => isAmazon(i) && sameShopName(i.shop_name, shopName));
      return found ? toRemote(found) : null;
    },
    async setFeedback(remoteId: string, orderStatusUpdate: OrderStatusUpdate) {
      await requestJson(
        {
          url: `${base}/v3/integrations/${encodeURIComponent(remoteId)}`,
          method: 'PATCH',
          headers,
          body: { feedback_type: FEEDBACK_TYPE[orderStatusUpdate] },
        },
        null,
      );
    },
    async disconnect(remoteId: string) {
      await requestJson(
        { url: `${base}/v3/integrations/${encodeURIComponent(remoteId)}`, method: 'DELETE', headers },
        null,
      );
    },
  };
}
