import { z } from '@/lib/zod';
import {
  isDocumentationSample,
  MARKETPLACE_ID,
  MWS_TOKEN,
  REFRESH_TOKEN,
  SELLER_ID,
  SP_API_APP_ID,
} from '../identifiers';

const real = (s: string) => !isDocumentationSample(s);

export const capturedSecretSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('mws'), token: z.string().regex(MWS_TOKEN).refine(real) }).strict(),
  z
    .object({
      type: z.literal('sp_api_refresh_token'),
      token: z.string().regex(REFRESH_TOKEN).refine(real),
      appId: z.string().regex(SP_API_APP_ID).nullable(),
    })
    .strict(),
]);

export const capturedCredentialsSchema = z
  .object({
    sellerId: z.string().regex(SELLER_ID).refine(real),
    accountName: z.string().max(200).nullable(),
    marketplaceIds: z.array(z.string().regex(MARKETPLACE_ID)).max(30),
    unknownMarketplaceIds: z.array(z.string().regex(MARKETPLACE_ID)).max(30),
    secret: capturedSecretSchema,
  })
  .strict();

export type CapturedCredentialsInput = z.infer<typeof capturedCredentialsSchema>;

export const captureResultSchema = z.object({
  accountId: z.string(),
  sellerId: z.string(),
  marketplaceCount: z.number().int(),
  tokenHint: z.string(),
  changed: z.boolean(),
});
export type CaptureResult = z.infer<typeof captureResultSchema>;

export const connectItemSchema = z
  .object({
    accountId: z.string().max(100),
    marketplaceId: z.string().regex(MARKETPLACE_ID),
    shopName: z.string().trim().min(1).max(250),
    importPackageWeight: z.boolean(),
    orderStatusUpdate: z.enum(['on_announcement', 'on_handover']),
  })
  .strict();

const key = z.string().max(500);
export const backendKeysSchema = z
  .object({
    connectorToken: key.optional(),
    sendcloudPublic: key.optional(),
    sendcloudSecret: key.optional(),
    /** The Connector API server the token is for (the address in the form), else the one saved in the settings. */
    connectorUrl: z.string().max(2048).optional(),
  })
  .strict();
export const keyHintsSchema = z.object({
  connectorToken: z.string().optional(),
  sendcloudPublic: z.string().optional(),
  sendcloudSecret: z.string().optional(),
});

/** A backend call's result for the UI: the data, or what went wrong in words the UI can translate. */
export function backendOutcome<T extends z.ZodTypeAny>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), problem: z.string(), message: z.string().nullable() }),
  ]);
}
