import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notify } from '@/lib/background/alerts';
import { saveBackendKeys } from '@/lib/background/backend-keys';
import { scheduleChores } from '@/lib/background/chores';
import { deleteEverything, exportData } from '@/lib/background/data';
import { OUTBOX_ALARM } from '@/lib/background/outbox';
import { REMINDER_ALARM } from '@/lib/background/reminders';
import { PURGE_ALARM } from '@/lib/background/retention';
import { db } from '@/lib/db';
import { dataSummary } from '@/lib/db/summary';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';
import { captureGerman } from './captured';

beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
  await fakeBrowser.alarms.clearAll();
});

describe('delete everything', () => {
  it('leaves no record, secret or setting, and keeps the reminders and the purge scheduled', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 7 });
    await saveBackendKeys({ sendcloudPublic: 'public-key', sendcloudSecret: 'secret-key' });
    await captureGerman();
    await scheduleChores();
    await fakeBrowser.alarms.create(OUTBOX_ALARM, { when: Date.now() + 60_000 });
    // A notification on screen that names the seller (the warning before credentials are deleted).
    await notify('purge:EU:A3KXQ7ZP2N5VJ8', 'ShipBridge', 'Bottega Rossi: credentials not handed over yet');
    // What the options page's "Your data" lists: the German account, its token and both keys.
    expect(await dataSummary()).toEqual({ accounts: 1, integrations: 0, listings: 0, authorizations: 1, secrets: 3 });

    await deleteEverything();
    expect(await dataSummary()).toEqual({ accounts: 0, integrations: 0, listings: 0, authorizations: 0, secrets: 0 });

    for (const table of db().tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).every((key) => key.startsWith('pageStrings.'))).toBe(true);
    // The outbox has nothing left to retry; the chores go on for whatever is captured next.
    const alarms = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(alarms).toEqual([PURGE_ALARM, REMINDER_ALARM, 'status'].sort());
  });
});

describe('export', () => {
  it('holds what ShipBridge keeps, with no token, key or token digest in it', async () => {
    await saveBackendKeys({ sendcloudPublic: 'public-key-1234', sendcloudSecret: 'secret-key-5678' });
    await captureGerman();
    const stored = await db().accounts.get('EU:A3KXQ7ZP2N5VJ8');
    expect(stored?.tokenDigest).toMatch(/^[0-9a-f]{64}$/);

    const exported = await exportData();
    expect(exported.accounts).toEqual([
      expect.objectContaining({ sellerId: 'A3KXQ7ZP2N5VJ8', accountName: 'Bottega Rossi', tokenStored: true }),
    ]);
    const text = JSON.stringify(exported);
    for (const secret of ['3f1c2a9e-7d4b', 'public-key-1234', 'secret-key-5678', stored?.tokenDigest ?? '?'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('secretId');
  });
});
