import { z } from '@/lib/zod';
import { MARKETPLACE_ID } from '../identifiers';
import {
  backendKeysSchema,
  backendOutcome,
  capturedCredentialsSchema,
  captureResultSchema,
  connectItemSchema,
  keyHintsSchema,
} from './schemas';

/**
 * Every message, declared once. `page:` messages come from content scripts in Seller Central tabs,
 * `ui:` messages from the extension's own pages. Content scripts import only the types.
 */
export const protocol = {
  'page:ping': { request: z.object({}).strict(), response: z.object({ version: z.string() }) },
  'page:credentials': { request: capturedCredentialsSchema, response: captureResultSchema },
  'page:listingWeight': {
    request: z
      .object({
        sku: z.string().min(1).max(200),
        asin: z.string().max(20).nullable(),
        marketplaceId: z.string().regex(MARKETPLACE_ID).nullable(),
        missing: z.boolean(),
      })
      .strict(),
    response: z.object({}),
  },
  'page:flaggedSkus': { request: z.object({}).strict(), response: z.object({ skus: z.array(z.string()) }) },
  'ui:saveReport': {
    request: z
      .object({
        marketplaceId: z.string().regex(MARKETPLACE_ID),
        skus: z.array(z.string().min(1).max(200)).max(200_000),
        /** SKUs the report shows with a weight: whatever flagged them before is out of date. */
        weighed: z.array(z.string().min(1).max(200)).max(200_000),
      })
      .strict(),
    response: z.object({ saved: z.number().int() }),
  },
  'page:authorizations': {
    request: z
      .object({
        rows: z
          .array(
            z
              .object({
                developerName: z.string().min(1).max(200),
                status: z.string().max(100),
                authorizedAt: z.number().int().nullable(),
                expiresAt: z.number().int().nullable(),
              })
              .strict(),
          )
          .max(100),
      })
      .strict(),
    response: z.object({}),
  },
  'ui:exportData': { request: z.object({}).strict(), response: z.record(z.string(), z.unknown()) },
  'ui:deleteEverything': { request: z.object({ confirm: z.literal(true) }).strict(), response: z.object({}) },
  'ui:ping': { request: z.object({}).strict(), response: z.object({ version: z.string() }) },
  'ui:pasteCredentials': {
    request: z.object({ text: z.string().min(1).max(20_000) }).strict(),
    response: z.discriminatedUnion('saved', [
      captureResultSchema.extend({ saved: z.literal(true) }),
      z.object({ saved: z.literal(false), reason: z.enum(['not_found', 'no_marketplace']) }),
    ]),
  },
  'ui:deleteAccount': { request: z.object({ accountId: z.string().max(100) }).strict(), response: z.object({}) },
  'ui:connect': {
    request: z.object({ items: z.array(connectItemSchema).min(1).max(30) }).strict(),
    response: z.object({ queued: z.number().int() }),
  },
  'ui:refreshStatus': { request: z.object({}).strict(), response: backendOutcome(z.object({ refreshed: z.number() })) },
  'ui:retryNow': { request: z.object({}).strict(), response: z.object({}) },
  'ui:cancelHandoff': {
    request: z.object({ integrationId: z.string().max(100) }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  'ui:leaveEnded': {
    request: z.object({ integrationId: z.string().max(100) }).strict(),
    response: z.object({ left: z.boolean() }),
  },
  'ui:handOverNewToken': {
    request: z.object({ accountId: z.string().max(100) }).strict(),
    response: backendOutcome(z.object({ queued: z.number().int() })),
  },
  'ui:disconnect': {
    request: z.object({ integrationId: z.string().max(100) }).strict(),
    response: backendOutcome(z.object({})),
  },
  'ui:handoffValues': {
    request: z.object({ integrationId: z.string().max(100) }).strict(),
    response: z.object({
      shopName: z.string(),
      sellerId: z.string(),
      countryCode: z.string(),
      token: z.string().nullable(),
    }),
  },
  /** Amazon integrations in Sendcloud no integration of ShipBridge is linked to (other shop names). */
  'ui:handoffCandidates': {
    request: z.object({ integrationId: z.string().max(100) }).strict(),
    response: backendOutcome(
      z.object({
        candidates: z
          .array(z.object({ remoteId: z.string(), shopName: z.string(), lastSyncAt: z.number().nullable() }))
          .max(1000),
      }),
    ),
  },
  'ui:adoptIntegration': {
    request: z.object({ integrationId: z.string().max(100), remoteId: z.string().min(1).max(100) }).strict(),
    response: backendOutcome(z.object({})),
  },
  'ui:saveBackendKeys': { request: backendKeysSchema, response: z.object({ hints: keyHintsSchema }) },
  'ui:backendKeyHints': {
    request: z.object({ connectorUrl: z.string().max(2048).optional() }).strict(),
    response: z.object({ hints: keyHintsSchema }),
  },
  'ui:testConnection': {
    request: z.object({}).strict(),
    // unseen: connections the keys saved now cannot see (another account's keys, most likely).
    response: backendOutcome(z.object({ accountName: z.string(), unseen: z.number().int().nonnegative() })),
  },
} as const;

export type MessageType = keyof typeof protocol;
export type PageMessageType = Extract<MessageType, `page:${string}`>;
export type UiMessageType = Extract<MessageType, `ui:${string}`>;
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof protocol)[T]['response']>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: ErrorCode };

/** Errors are codes, translated where they are shown. */
export type ErrorCode = 'forbidden' | 'invalid' | 'unknown_type' | 'failed';
