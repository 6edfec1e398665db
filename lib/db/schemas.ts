import { z } from '@/lib/zod';
import { MARKETPLACE_ID, SELLER_ID } from '../identifiers';

export const regionSchema = z.enum(['NA', 'EU', 'FE']);
const timestamp = z.number().int().nonnegative();

/** A seller account whose credentials screen was captured; the token itself lives in the vault. */
export const accountSchema = z.object({
  id: z.string(), // `${region}:${sellerId}`
  sellerId: z.string().regex(SELLER_ID),
  region: regionSchema,
  accountName: z.string().max(500).nullable(),
  host: z.string(),
  marketplaceIds: z.array(z.string().regex(MARKETPLACE_ID)),
  unknownMarketplaceIds: z.array(z.string().regex(MARKETPLACE_ID)),
  authorizationType: z.enum(['mws', 'sp_api_refresh_token']),
  appId: z.string().nullable(),
  /** Vault entry holding the token; null once the backend has it. */
  secretId: z.string().nullable(),
  /**
   * SHA-256 of the account and its token (hex): tells the same token seen again from a new one after the
   * token itself has left. Absent on rows stored before it was recorded.
   */
  tokenDigest: z.string().max(64).optional(),
  tokenHint: z.string().max(8),
  capturedAt: timestamp,
  /**
   * When the retention period deleted the token before every country had it (the account stayed for its
   * connections still at the platform). Absent otherwise, and once a token is captured again.
   */
  tokenPurgedAt: timestamp.optional(),
});
export type Account = z.infer<typeof accountSchema>;

export const integrationStatusSchema = z.enum([
  'not_connected',
  'queued',
  'connecting',
  'connected',
  'failing',
  'disconnected',
]);

export const integrationSchema = z.object({
  id: z.string(), // `${sellerId}:${marketplaceId}`
  accountId: z.string(),
  sellerId: z.string(),
  marketplaceId: z.string(),
  countryCode: z.string().length(2),
  shopName: z.string().min(1).max(250),
  importPackageWeight: z.boolean(),
  orderStatusUpdate: z.enum(['on_announcement', 'on_handover']),
  backend: z.enum(['sendcloud', 'connector']),
  status: integrationStatusSchema,
  remoteId: z.string().nullable(),
  /** Why it is not connected: a BackendErrorCode (translated where shown) and the server's own words. */
  problem: z.string().nullable(),
  message: z.string().nullable(),
  fieldErrors: z.record(z.string(), z.string()).nullable(),
  lastSyncAt: timestamp.nullable(),
  /** The Connector API server that made it (absent on rows stored before this was recorded: the one set). */
  connectorUrl: z.string().nullable().optional(),
  /**
   * The last four characters of the platform keys that last found it there (Sendcloud's public key, the
   * server's token): keys saved since that find none of these connections are taken for another account's.
   */
  seenWith: z.string().max(8).nullable().optional(),
  /** Made with a token the account has since replaced (a new capture): the new one waits to be handed over. */
  earlierToken: z.boolean().optional(),
  updatedAt: timestamp,
});
export type Integration = z.infer<typeof integrationSchema>;

export const outboxEntrySchema = z.object({
  id: z.string().uuid(), // doubles as the Idempotency-Key
  integrationId: z.string(),
  /** pending: waiting for its next attempt; sending: an attempt is under way (or was cut short). */
  state: z.enum(['pending', 'sending']),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: timestamp,
  lastError: z.string().nullable(),
  createdAt: timestamp,
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** A listing known to lack a shipping weight; it leaves the table the moment a weight is seen. */
export const listingSchema = z.object({
  id: z.string(), // listingId(marketplaceId, sku) in ./listings
  sku: z.string().min(1).max(200),
  asin: z.string().max(20).nullable(),
  marketplaceId: z.string(),
  host: z.string(),
  source: z.enum(['editor', 'report']),
  seenAt: timestamp,
});
export type Listing = z.infer<typeof listingSchema>;

export const authorizationSchema = z.object({
  id: z.string(), // `${region}:${developerName}`
  region: regionSchema,
  developerName: z.string().max(200),
  status: z.string().max(100),
  authorizedAt: timestamp.nullable(),
  expiresAt: timestamp.nullable(),
  estimated: z.boolean(),
  seenAt: timestamp,
  /** The Seller Central host it was read or captured on: where the reminder's link goes. */
  host: z.string().max(100).optional(),
});
export type Authorization = z.infer<typeof authorizationSchema>;

/** Encrypted secrets; the key that opens them is kept in another database. */
export const secretSchema = z.object({
  id: z.string(),
  iv: z.instanceof(Uint8Array),
  data: z.instanceof(ArrayBuffer),
  createdAt: timestamp,
});
export type SecretRecord = z.infer<typeof secretSchema>;
