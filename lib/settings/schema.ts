// Hand-written rather than zod: content scripts read settings too, and every byte there is paid on every
// Seller Central page. Each field has its own check and default, so one bad field never resets the rest.
import { FEATURE_IDS, type FeatureId } from '../features';
import { type LanguagePreference, LOCALES } from '../i18n/locales';
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

export interface DeveloperIdentity {
  name: string;
  id: string;
}
export type OrderStatusUpdate = 'on_announcement' | 'on_handover';
export type Backend = 'sendcloud' | 'connector';

export interface Settings {
  backend: Backend;
  connectorUrl: string;
  spApiAppId: string;
  developerOverrides: Record<Region, DeveloperIdentity | null>;
  newIntegration: { importPackageWeight: boolean; orderStatusUpdate: OrderStatusUpdate };
  retentionDays: number;
  language: LanguagePreference;
  features: Record<FeatureId, boolean>;
}

type Check<T> = (value: unknown) => value is T;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (v): v is T =>
    typeof v === 'string' && (options as readonly string[]).includes(v);
const string =
  (max: number): Check<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max;
const boolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const days: Check<number> = (v): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 365;
const identity: Check<DeveloperIdentity> = (v): v is DeveloperIdentity =>
  isRecord(v) &&
  typeof v.name === 'string' &&
  v.name.trim().length > 0 &&
  v.name.length <= 100 &&
  typeof v.id === 'string' &&
  isValidDeveloperId(v.id);

function field<T>(raw: Record<string, unknown>, key: string, check: Check<T>, fallback: T): T {
  return check(raw[key]) ? raw[key] : fallback;
}

/** Never throws: anything unreadable becomes the default of the field it was stored in. */
export function parseSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const overrides = isRecord(input.developerOverrides) ? input.developerOverrides : {};
  const integration = isRecord(input.newIntegration) ? input.newIntegration : {};
  const features = isRecord(input.features) ? input.features : {};
  return {
    backend: field(input, 'backend', oneOf(['sendcloud', 'connector'] as const), 'sendcloud'),
    connectorUrl: field(input, 'connectorUrl', string(2048), ''),
    spApiAppId: field(input, 'spApiAppId', string(200), ''),
    developerOverrides: Object.fromEntries(
      REGIONS.map((r) => [
        r,
        identity(overrides[r])
          ? { name: (overrides[r] as DeveloperIdentity).name.trim(), id: (overrides[r] as DeveloperIdentity).id }
          : null,
      ]),
    ) as Settings['developerOverrides'],
    newIntegration: {
      importPackageWeight: field(integration, 'importPackageWeight', boolean, true),
      orderStatusUpdate: field(
        integration,
        'orderStatusUpdate',
        oneOf(['on_announcement', 'on_handover'] as const),
        'on_announcement',
      ),
    },
    retentionDays: field(input, 'retentionDays', days, 30),
    language: field(input, 'language', oneOf(['auto', ...LOCALES] as const), 'auto'),
    features: Object.fromEntries(
      FEATURE_IDS.map((f) => [f, field(features, f, boolean, true)]),
    ) as Settings['features'],
  };
}

// Pure: a bundle that never reads the defaults (the page script) does not compute them at load.
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ parseSettings({});

export function developerFor(settings: Settings, region: Region): DeveloperIdentity {
  return settings.developerOverrides[region] ?? DEFAULT_DEVELOPER;
}
