import { SETTINGS_VERSION } from './schema';

export type Migration = (previous: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns a value stored by version n - 1 into version n. Add one whenever a stored field
 * changes meaning or place, with a test that starts from an example written by the old version.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface StoredSettings {
  version: number;
  value: unknown;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Runs every migration between the stored version and `target`; a failing step keeps what it had. */
export function migrate(
  stored: StoredSettings,
  target = SETTINGS_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> {
  let value = asRecord(stored.value);
  for (let v = Math.max(stored.version, 0) + 1; v <= target; v++) {
    const step = migrations[v];
    if (!step) continue;
    try {
      value = asRecord(step(value));
    } catch {
      // A broken step must not lose the seller's other settings: parsing falls back field by field.
    }
  }
  return value;
}
