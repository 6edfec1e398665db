import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { migrate } from '@/lib/settings/migrations';
import {
  DEFAULT_SETTINGS,
  developerFor,
  isValidDeveloperId,
  parseSettings,
  SETTINGS_VERSION,
} from '@/lib/settings/schema';
import { loadSettings, migrateStoredSettings, saveSettings, updateSettings } from '@/lib/settings/store';

describe('settings defaults', () => {
  it('match the product brief', () => {
    expect(DEFAULT_SETTINGS.backend).toBe('sendcloud');
    expect(developerFor(DEFAULT_SETTINGS, 'EU')).toEqual({ name: 'SendCloud', id: '3244-7764-4129' });
    expect(developerFor(DEFAULT_SETTINGS, 'NA')).toEqual({ name: 'SendCloud', id: '3244-7764-4129' });
    expect(DEFAULT_SETTINGS.newIntegration).toEqual({
      importPackageWeight: true,
      orderStatusUpdate: 'on_announcement',
    });
    expect(DEFAULT_SETTINGS.retentionDays).toBe(30);
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    expect(Object.values(DEFAULT_SETTINGS.features).every(Boolean)).toBe(true);
  });
});

describe('per-field fallback', () => {
  it('replaces only the broken fields', () => {
    const parsed = parseSettings({
      backend: 'connector',
      retentionDays: 'ninety',
      language: 'it',
      features: { 'capture-credentials': false, 'shipping-weight': 'yes' },
      developerOverrides: { NA: { name: 'Acme', id: '1234 5678 9012' }, EU: { name: '', id: '1' }, FE: 42 },
      newIntegration: { importPackageWeight: false, orderStatusUpdate: 'tomorrow' },
    });
    expect(parsed.backend).toBe('connector');
    expect(parsed.retentionDays).toBe(30);
    expect(parsed.language).toBe('it');
    expect(parsed.features['capture-credentials']).toBe(false);
    expect(parsed.features['shipping-weight']).toBe(true);
    expect(parsed.features['authorize-developer']).toBe(true);
    expect(parsed.developerOverrides).toEqual({ NA: { name: 'Acme', id: '1234 5678 9012' }, EU: null, FE: null });
    expect(parsed.newIntegration).toEqual({ importPackageWeight: false, orderStatusUpdate: 'on_announcement' });
  });

  it('survives anything stored', () => {
    for (const raw of [undefined, null, 7, 'x', [], { features: null }, { retentionDays: 0 }, { retentionDays: 1.5 }]) {
      expect(parseSettings(raw)).toMatchObject({ retentionDays: 30, backend: 'sendcloud' });
    }
  });

  it('validates developer IDs by their 12 digits', () => {
    expect(isValidDeveloperId('3244-7764-4129')).toBe(true);
    expect(isValidDeveloperId('324477644129')).toBe(true);
    expect(isValidDeveloperId('3244 7764 4129')).toBe(true);
    expect(isValidDeveloperId('3244-7764-412')).toBe(false);
    expect(isValidDeveloperId('3244-7764-4129-1')).toBe(false);
    expect(isValidDeveloperId('3244-7764-412a')).toBe(false);
  });
});

describe('migrations', () => {
  const v1Example = { developerName: 'Acme', developerId: '1234-5678-9012', retentionDays: 14 };
  const toV2 = (v1: Record<string, unknown>) => {
    const { developerName, developerId, ...rest } = v1;
    return { ...rest, developerOverrides: { EU: { name: developerName, id: developerId } } };
  };

  it('runs each step from the stored version up to the target, in order', () => {
    const calls: number[] = [];
    const out = migrate({ version: 1, value: v1Example }, 3, {
      2: (v) => {
        calls.push(2);
        return toV2(v);
      },
      3: (v) => {
        calls.push(3);
        return { ...v, language: 'de' };
      },
    });
    expect(calls).toEqual([2, 3]);
    expect(parseSettings(out)).toMatchObject({
      retentionDays: 14,
      language: 'de',
      developerOverrides: { EU: { name: 'Acme', id: '1234-5678-9012' }, NA: null },
    });
  });

  it('skips steps already applied and keeps the value when a step throws', () => {
    const out = migrate({ version: 2, value: { retentionDays: 9 } }, 3, {
      2: () => {
        throw new Error('must not run');
      },
      3: () => {
        throw new Error('broken step');
      },
    });
    expect(out).toEqual({ retentionDays: 9 });
  });

  it('treats an unversioned value as version 0 and persists the current version once', async () => {
    await browser.storage.local.set({ settings: { retentionDays: 12 } });
    await migrateStoredSettings();
    const stored = (await browser.storage.local.get('settings')).settings as {
      version: number;
      value: { retentionDays: number };
    };
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.value.retentionDays).toBe(12);
  });
});

describe('settings store', () => {
  it('round-trips and falls back field by field on read', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 60 });
    expect((await loadSettings()).retentionDays).toBe(60);
    await browser.storage.local.set({
      settings: { version: SETTINGS_VERSION, value: { retentionDays: -1, language: 'nl' } },
    });
    const loaded = await loadSettings();
    expect(loaded.retentionDays).toBe(30);
    expect(loaded.language).toBe('nl');
  });

  it('updates from the current value', async () => {
    await updateSettings((s) => ({ ...s, backend: 'connector' }));
    await updateSettings((s) => ({ ...s, retentionDays: 7 }));
    expect(await loadSettings()).toMatchObject({ backend: 'connector', retentionDays: 7 });
  });
});
