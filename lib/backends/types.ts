import type { OrderStatusUpdate } from '../settings/schema';

/** ConnectRequest of connector-api.md, built in the background at send time (the token comes from the vault). */
export interface ConnectRequest {
  shop_name: string;
  seller_id: string;
  marketplace_id: string;
  country_code: string;
  region: 'NA' | 'EU' | 'FE';
  authorization:
    | { type: 'mws'; developer_id: string; mws_auth_token: string; authorized_at: string }
    | {
        type: 'sp_api_refresh_token';
        developer_id: string;
        refresh_token: string;
        app_id: string | null;
        authorized_at: string;
      };
  import_package_weight: boolean;
  order_status_update: OrderStatusUpdate;
}

export type RemoteStatus = 'pending' | 'connected' | 'failing' | 'disconnected';

/** What ShipBridge needs to know about an integration at the backend, whatever the backend. */
export interface RemoteIntegration {
  id: string;
  shopName: string;
  sellerId: string | null;
  marketplaceId: string | null;
  status: RemoteStatus;
  message: string | null;
  lastSyncAt: number | null;
}

export interface BackendClient {
  /** Checks the keys; returns the backend's name for the account. */
  testConnection(): Promise<{ accountName: string }>;
  listIntegrations(): Promise<RemoteIntegration[]>;
  disconnect(remoteId: string): Promise<void>;
}

export interface ConnectorClient extends BackendClient {
  kind: 'connector';
  /** The server's address as the settings give it: an integration made there is read there. */
  baseUrl: string;
  connect(request: ConnectRequest, idempotencyKey: string): Promise<RemoteIntegration>;
}

export interface SendcloudClient extends BackendClient {
  kind: 'sendcloud';
  /** The API cannot create Amazon integrations: once the seller has, match it by shop name and set its feedback. */
  findAmazonIntegration(shopName: string): Promise<RemoteIntegration | null>;
  setFeedback(remoteId: string, orderStatusUpdate: OrderStatusUpdate): Promise<void>;
}

export type Backend = ConnectorClient | SendcloudClient;
