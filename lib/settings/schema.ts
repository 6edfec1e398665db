// zod/mini keeps the schema small enough for content scripts, which read settings too.
import * as z from 'zod/mini';
import { FEATURE_IDS, type FeatureId } from '../features';
import { LOCALES } from '../i18n/locales';
import { REGIONS, type Region } from '../marketplaces';

export const SETTINGS_VERSION = 1;

export const DEFAULT_DEVELOPER = { name: 'SendCloud', id: '3244-7764-4129' } as const;

/** Developer IDs are 12 digits, shown with or without dashes: only the digits count. */
export function developerIdDigits(value: string): string {
  return value.replace(/\D/g, '');
}

export function isValidDeveloperId(value: string): boolean {
  return /^[\d\s-]+$/.test(value) && developerIdDigits(value).length === 12;
}

export function formatDeveloperId(value: string): string {
  const d = developerIdDigits(value);
  return d.length === 12 ? `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}` : value;
}

const developerIdentity = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  id: z.string().check(z.refine(isValidDeveloperId)),
});
export type DeveloperIdentity = z.infer<typeof developerIdentity>;

const overrides = Object.fromEntries(REGIONS.map((r) => [r, z.catch(z.nullable(developerIdentity), null)])) as Record<
  Region,
  z.ZodMiniCatch<z.ZodMiniNullable<typeof developerIdentity>>
>;

const features = Object.fromEntries(FEATURE_IDS.map((f) => [f, z.catch(z.boolean(), true)])) as Record<
  FeatureId,
  z.ZodMiniCatch<z.ZodMiniBoolean>
>;

const orderStatusUpdate = z.enum(['on_announcement', 'on_handover']);
export type OrderStatusUpdate = z.infer<typeof orderStatusUpdate>;

const newIntegrationDefaults = { importPackageWeight: true, orderStatusUpdate: 'on_announcement' as OrderStatusUpdate };

/**
 * Every leaf has its own fallback, so one bad field falls back to its default and never resets the rest.
 * Objects fall back as a whole only when the stored value is not an object at all.
 */
export const settingsSchema = z.object({
  backend: z.catch(z.enum(['sendcloud', 'connector']), 'sendcloud'),
  connectorUrl: z.catch(z.string().check(z.maxLength(2048)), ''),
  spApiAppId: z.catch(z.string().check(z.maxLength(200)), ''),
  developerOverrides: z.catch(z.object(overrides), { NA: null, EU: null, FE: null }),
  newIntegration: z.catch(
    z.object({
      importPackageWeight: z.catch(z.boolean(), newIntegrationDefaults.importPackageWeight),
      orderStatusUpdate: z.catch(orderStatusUpdate, newIntegrationDefaults.orderStatusUpdate),
    }),
    newIntegrationDefaults,
  ),
  retentionDays: z.catch(z.number().check(z.int(), z.gte(1), z.lte(365)), 30),
  language: z.catch(z.enum(['auto', ...LOCALES]), 'auto'),
  features: z.catch(
    z.object(features),
    Object.fromEntries(FEATURE_IDS.map((f) => [f, true])) as Record<FeatureId, boolean>,
  ),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Never throws: anything unreadable becomes the default of the field it was stored in. */
export function parseSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  return settingsSchema.parse(input);
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});

export function developerFor(settings: Settings, region: Region): DeveloperIdentity {
  return settings.developerOverrides[region] ?? DEFAULT_DEVELOPER;
}
