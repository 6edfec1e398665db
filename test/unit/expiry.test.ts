import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveAuthorizations } from '@/lib/background/authorizations';
import { openFromNotification, reminderDue, runReminders } from '@/lib/background/reminders';
import { purgeExpired } from '@/lib/background/retention';
import { db } from '@/lib/db';
import { DAY, regionExpiries } from '@/lib/expiry';
import { readAuthorizations } from '@/lib/seller-central/authorizations';
import { parseSellerCentralDate } from '@/lib/seller-central/dates';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';
import { captureGerman } from './captured';
import { loadPage } from './fixtures';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
let shown: { id: string; at: number; message: string }[];
let clock = 0;

beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
  shown = [];
  // An in-memory notification centre: the fake browser has none.
  fakeBrowser.notifications.create = (async (id: string, options: { message: string }) => {
    shown.push({ id, at: clock, message: options.message });
    return id;
  }) as never;
});

describe('Seller Central dates', () => {
  it('reads every format the pages use', () => {
    expect(parseSellerCentralDate('Nov 26, 2026')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('26.11.2026')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('26/11/2026')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('2026/11/26')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('11/26/2026', true)).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('03/04/2026', true)).toBe(utc(2026, 3, 4));
    expect(parseSellerCentralDate('03/04/2026')).toBe(utc(2026, 4, 3));
    expect(parseSellerCentralDate('26 nov. 2026')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('26. Nov. 2026')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('26 de noviembre de 2026')).toBe(utc(2026, 11, 26));
    expect(parseSellerCentralDate('1 März 2027')).toBe(utc(2027, 3, 1));
    for (const bad of ['', 'soon', '31/02/2026', '2026-13-01', 'Foo 3, 2026'])
      expect(parseSellerCentralDate(bad), bad).toBeNull();
  });
});

describe('Manage Your Apps', () => {
  it('reads the rows in English (month first), Italian and German', () => {
    loadPage('manage-apps-en');
    expect(readAuthorizations(document, true)).toEqual([
      { developerName: 'SendCloud', status: 'Active', authorizedAt: utc(2025, 12, 10), expiresAt: utc(2026, 12, 10) },
      { developerName: 'Acme Repricer', status: 'Active', authorizedAt: utc(2026, 3, 3), expiresAt: utc(2027, 3, 3) },
      {
        developerName: 'Old Label Tool',
        status: 'Expired',
        authorizedAt: utc(2024, 10, 1),
        expiresAt: utc(2025, 10, 1),
      },
    ]);
    loadPage('manage-apps-it');
    expect(readAuthorizations(document, false)[0]).toEqual({
      developerName: 'SendCloud',
      status: 'Scaduta',
      authorizedAt: utc(2025, 11, 20),
      expiresAt: utc(2026, 11, 20),
    });
    loadPage('user-permissions-de');
    expect(readAuthorizations(document, false).map((r) => [r.developerName, r.expiresAt])).toEqual([
      ['SendCloud', utc(2027, 1, 15)],
      ['Lager-Profi', utc(2025, 5, 2)],
    ]);
    loadPage('credentials-text-en');
    expect(readAuthorizations(document, true)).toEqual([]);
  });

  it('uses the configured developer’s row, else estimates a year from the capture', async () => {
    await db().accounts.put({
      id: 'FE:A1JP00000000',
      sellerId: 'A1JP00000000',
      region: 'FE',
      accountName: null,
      host: 'sellercentral.amazon.co.jp',
      marketplaceIds: ['A1VC38T7YXB528'],
      unknownMarketplaceIds: [],
      authorizationType: 'mws',
      appId: null,
      secretId: null,
      tokenHint: 'abcd',
      capturedAt: utc(2026, 1, 1),
    });
    loadPage('manage-apps-en');
    await saveAuthorizations(readAuthorizations(document, true), 'NA');
    expect(await regionExpiries()).toEqual([
      {
        region: 'NA',
        developerName: 'SendCloud',
        expiresAt: utc(2026, 12, 10),
        estimated: false,
        host: 'sellercentral.amazon.ca',
      },
      {
        region: 'FE',
        developerName: 'SendCloud',
        expiresAt: utc(2026, 1, 1) + 365 * DAY,
        estimated: true,
        host: 'sellercentral.amazon.co.jp',
      },
    ]);
  });

  it('keeps the authorization that lasts longest when the developer is listed twice', async () => {
    const row = (developerName: string, status: string, expiresAt: number | null) => ({
      developerName,
      status,
      authorizedAt: null,
      expiresAt,
    });
    for (const rows of [
      [row('SendCloud', 'Active', utc(2027, 1, 15)), row('SendCloud', 'Expired', utc(2025, 10, 1))],
      [row('SendCloud', 'Expired', utc(2025, 10, 1)), row('SendCloud', 'Active', utc(2027, 1, 15))],
      [row('Sendcloud', 'Active', utc(2027, 1, 15)), row('SendCloud', 'Expired', utc(2025, 10, 1))], // two spellings
      [row('SendCloud', 'Active', utc(2027, 1, 15)), row('SendCloud', 'Active', null)],
    ]) {
      await saveAuthorizations(rows, 'EU');
      const [eu] = await regionExpiries();
      expect(eu?.expiresAt, JSON.stringify(rows)).toBe(utc(2027, 1, 15));
      // No "expired" reminder for the stale row.
      clock = utc(2026, 11, 27);
      shown = [];
      await fakeBrowser.storage.local.clear();
      await runReminders(clock);
      expect(shown).toEqual([]);
    }
  });
});

describe('reminders', () => {
  it('are due weekly from 30 days before, daily in the last 7, at expiry and weekly after', () => {
    const expires = utc(2026, 12, 10);
    expect(reminderDue(expires - 31 * DAY, expires, null)).toBe(false);
    expect(reminderDue(expires - 30 * DAY, expires, null)).toBe(true);
    expect(reminderDue(expires - 25 * DAY, expires, expires - 30 * DAY)).toBe(false);
    expect(reminderDue(expires - 23 * DAY, expires, expires - 30 * DAY)).toBe(true);
    expect(reminderDue(expires - 5 * DAY, expires, expires - 6 * DAY)).toBe(true);
    expect(reminderDue(expires + 1000, expires, expires - DAY / 2)).toBe(true);
    expect(reminderDue(expires + 3 * DAY, expires, expires + 1000)).toBe(false);
    expect(reminderDue(expires + 8 * DAY, expires, expires + 1000)).toBe(true);
  });

  it('follow the schedule over 50 days of 6-hourly alarms, through a browser restart, without duplicates', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    loadPage('manage-apps-en');
    await saveAuthorizations(readAuthorizations(document, true), 'NA');
    const expires = utc(2026, 12, 10);
    for (clock = expires - 40 * DAY; clock <= expires + 10 * DAY; clock += DAY / 4) {
      await runReminders(clock);
      // A browser restart in the middle: start-up runs the reminders again at once.
      if (clock === expires - 12 * DAY) await runReminders(clock);
    }
    const daysBefore = shown.map((s) => (expires - s.at) / DAY);
    expect(daysBefore).toEqual([30, 23, 16, 9, 7, 6, 5, 4, 3, 2, 1, 0, -7]);
    expect(new Set(shown.map((s) => s.id))).toEqual(new Set(['expiry:NA:sellercentral.amazon.ca']));
    expect(shown[0]?.message).toMatch(
      /SendCloud \(North America\) can access your account until December 10, 2026: 30 days left/,
    );
    expect(shown.at(-1)?.message).toMatch(/expired on December 10, 2026.*press Renew/);
    expect(
      shown.every((s) => !s.message.includes('Estimated')),
      'a date read from the page is no estimate',
    ).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('come a year after the capture, though the retention period deleted the account eleven months before', async () => {
    await saveSettings(DEFAULT_SETTINGS); // 30 days
    const capturedAt = utc(2026, 1, 5);
    vi.useFakeTimers({ toFake: ['Date'], now: capturedAt });
    try {
      await captureGerman();
    } finally {
      vi.useRealTimers();
    }
    const expires = capturedAt + 365 * DAY;
    for (clock = capturedAt; clock <= expires + 10 * DAY; clock += DAY / 4) {
      if ((clock - capturedAt) % DAY === 0) await purgeExpired(clock); // the daily alarm
      await runReminders(clock);
    }
    expect(await db().accounts.count()).toBe(0);
    // The token was never handed over: one warning before the purge took it, then only the expiry reminders.
    expect(shown.filter((s) => s.id.startsWith('purge:')).map((s) => (s.at - capturedAt) / DAY)).toEqual([27]);
    const reminders = shown.filter((s) => !s.id.startsWith('purge:'));
    const daysBefore = reminders.map((s) => (expires - s.at) / DAY);
    expect(daysBefore).toEqual([30, 23, 16, 9, 7, 6, 5, 4, 3, 2, 1, 0, -7]);
    // The link goes to the host the credentials came from; nothing names the seller any more.
    expect(new Set(reminders.map((s) => s.id))).toEqual(new Set(['expiry:EU:sellercentral.amazon.de']));
    expect(reminders[0]?.message).toMatch(
      /SendCloud \(Europe\) can access your account until January 5, 2027: 30 days left\. Estimated one year after/,
    );
    const kept = await db().authorizations.toArray();
    expect(kept).toHaveLength(1);
    expect(JSON.stringify(kept)).not.toMatch(/A3KXQ7ZP2N5VJ8|Bottega/);
    // Once it has been over for the retention period, it goes too.
    await purgeExpired(expires + 31 * DAY);
    expect(await db().authorizations.count()).toBe(0);
  });

  it('warn once, three days before the retention period deletes credentials not handed over yet', async () => {
    await saveSettings(DEFAULT_SETTINGS); // 30 days
    const capturedAt = utc(2026, 1, 5);
    vi.useFakeTimers({ toFake: ['Date'], now: capturedAt });
    try {
      await captureGerman('A3KXQ7ZP2N5VJ8', 'Bottega Rossi');
      await captureGerman('A9ZZ8YY7XX6WW5', 'Müller Versand');
      await captureGerman('A7RENEWED12345', 'Schmidt Renewed');
      await captureGerman('A5NEWTOKEN1234', 'Weber Neu');
    } finally {
      vi.useRealTimers();
    }
    // Müller Versand's token is already at the shipping platform: nothing of it can be lost.
    await db().secrets.delete('token:EU:A9ZZ8YY7XX6WW5');
    await db().accounts.update('EU:A9ZZ8YY7XX6WW5', { secretId: null });
    // Schmidt's token was captured again (a renewal) after its only marketplace was handed over: no Connect
    // is left to press, and the platform holds the token.
    await db().integrations.put({
      id: 'int-renewed',
      accountId: 'EU:A7RENEWED12345',
      sellerId: 'A7RENEWED12345',
      marketplaceId: 'A1PA6795UKMFR9',
      countryCode: 'DE',
      shopName: 'Schmidt DE',
      importPackageWeight: true,
      orderStatusUpdate: 'on_announcement',
      backend: 'connector',
      status: 'connected',
      remoteId: 'int_7',
      problem: null,
      message: null,
      fieldErrors: null,
      lastSyncAt: null,
      updatedAt: capturedAt,
    });
    // Weber's country was connected with an earlier token; the new one has not been handed over yet: lost with
    // the account unless it is, so warned of like a token never handed over.
    const renewed = await db().integrations.get('int-renewed');
    if (!renewed) throw new Error('the integration above is missing');
    await db().integrations.put({
      ...renewed,
      id: 'int-earlier',
      accountId: 'EU:A5NEWTOKEN1234',
      sellerId: 'A5NEWTOKEN1234',
      remoteId: 'int_8',
      earlierToken: true,
    });
    const cleared: string[] = [];
    fakeBrowser.notifications.clear = (async (id: string) => {
      cleared.push(id);
      return true;
    }) as never;
    for (clock = capturedAt; clock <= capturedAt + 32 * DAY; clock += DAY / 4) {
      if ((clock - capturedAt) % DAY === 0) await purgeExpired(clock);
      await runReminders(clock);
    }
    const warnings = shown.filter((s) => s.id.startsWith('purge:'));
    expect(warnings.map((w) => [w.id, (capturedAt + 30 * DAY - w.at) / DAY])).toEqual([
      ['purge:EU:A3KXQ7ZP2N5VJ8', 3],
      ['purge:EU:A5NEWTOKEN1234', 3],
    ]);
    expect(warnings[0]?.message).toMatch(/credentials of Bottega Rossi will be deleted in 3 days.*press Connect\.$/);
    expect(warnings[1]?.message).toMatch(
      /new token of Weber Neu will be deleted in 3 days.*Hand over the new token\.$/,
    );
    // Once the tokens are gone, nothing kept for the warning names the seller, and the warning is taken down.
    // The accounts with a connection at the platform stay for it (its status), without their token.
    expect((await db().accounts.toArray()).map((a) => [a.id, a.secretId])).toEqual([
      ['EU:A5NEWTOKEN1234', null],
      ['EU:A7RENEWED12345', null],
    ]);
    expect(await db().secrets.where('id').startsWith('token:').count()).toBe(0);
    expect(cleared.sort()).toEqual(['purge:EU:A3KXQ7ZP2N5VJ8', 'purge:EU:A5NEWTOKEN1234']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('A3KXQ7ZP2N5VJ8');
  });

  it('open Manage Your Apps on the seller’s host from an expiry reminder, and ShipBridge from a purge warning or failing or ended connections', () => {
    const opened: string[] = [];
    fakeBrowser.tabs.create = (async ({ url }: { url: string }) => {
      opened.push(url);
      return {};
    }) as never;
    openFromNotification('expiry:EU:sellercentral.amazon.de');
    openFromNotification('purge:EU:A3KXQ7ZP2N5VJ8');
    openFromNotification('failing');
    openFromNotification('ended');
    const popup = fakeBrowser.runtime.getURL('/popup.html');
    // A connection ended at the platform: at its country.
    expect(opened).toEqual(['https://sellercentral.amazon.de/apps/manage', popup, popup, `${popup}#ended`]);
  });

  /** The default settings (SendCloud, 30 days), then the English Manage Your Apps read on `day` in North America. */
  const readManageYourAppsOn = async (day: number) => {
    await saveSettings(DEFAULT_SETTINGS);
    loadPage('manage-apps-en');
    vi.useFakeTimers({ toFake: ['Date'], now: day });
    try {
      await saveAuthorizations(readAuthorizations(document, true), 'NA', 'sellercentral.amazon.com');
    } finally {
      vi.useRealTimers();
    }
  };

  it("keep the date read from Manage Your Apps past the retention period, only the configured developer's", async () => {
    await readManageYourAppsOn(utc(2026, 1, 1));
    await purgeExpired(utc(2026, 6, 1));
    expect((await db().authorizations.toArray()).map((a) => a.developerName)).toEqual(['SendCloud']);
    expect(await regionExpiries()).toEqual([
      {
        region: 'NA',
        developerName: 'SendCloud',
        expiresAt: utc(2026, 12, 10),
        estimated: false,
        host: 'sellercentral.amazon.com',
      },
    ]);
    await purgeExpired(utc(2027, 1, 10) + DAY); // over for more than 30 days
    expect(await db().authorizations.count()).toBe(0);
  });

  it('follow the developer configured now, not the one configured when Manage Your Apps was read', async () => {
    await readManageYourAppsOn(utc(2026, 1, 1));
    expect((await regionExpiries()).map((e) => [e.developerName, e.expiresAt])).toEqual([
      ['SendCloud', utc(2026, 12, 10)],
    ]);
    // The seller moves North America to another platform's developer, also listed in Manage Your Apps
    // (written with other spaces and capitals): its date counts now, and SendCloud's is not kept for it.
    await saveSettings({
      ...DEFAULT_SETTINGS,
      developerOverrides: {
        ...DEFAULT_SETTINGS.developerOverrides,
        NA: { name: 'acme  Repricer', id: '1234-5678-9012' },
      },
    });
    expect((await regionExpiries()).map((e) => [e.developerName, e.expiresAt])).toEqual([
      ['Acme Repricer', utc(2027, 3, 3)],
    ]);
    await purgeExpired(utc(2026, 6, 1));
    expect((await db().authorizations.toArray()).map((a) => a.developerName)).toEqual(['Acme Repricer']);
  });

  it('speak the language the seller chose, dates included', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, language: 'de' });
    loadPage('manage-apps-en');
    await saveAuthorizations(readAuthorizations(document, true), 'NA');
    clock = utc(2026, 11, 20);
    await runReminders(clock);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.message).toContain('10. Dezember 2026');
    expect(shown[0]?.message).not.toContain('December');
  });

  it('stay quiet when the feature is switched off', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      features: { ...DEFAULT_SETTINGS.features, 'authorization-expiry': false },
    });
    loadPage('manage-apps-en');
    await saveAuthorizations(readAuthorizations(document, true), 'NA');
    clock = utc(2026, 12, 9);
    await runReminders(clock);
    expect(shown).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('retention', () => {
  it('purges what is older than the retention period, with its secret, and keeps the rest', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 30 });
    const now = utc(2026, 11, 26);
    const account = (id: string, capturedAt: number) => ({
      id,
      sellerId: id.slice(3),
      region: 'EU' as const,
      accountName: 'X',
      host: 'sellercentral.amazon.de',
      marketplaceIds: [],
      unknownMarketplaceIds: [],
      authorizationType: 'mws' as const,
      appId: null,
      secretId: `token:${id}`,
      tokenHint: '0000',
      capturedAt,
    });
    await db().accounts.bulkPut([account('EU:AOLD0000000', now - 31 * DAY), account('EU:ANEW0000000', now - 2 * DAY)]);
    await db().secrets.bulkPut([
      { id: 'token:EU:AOLD0000000', iv: new Uint8Array(12), data: new ArrayBuffer(8), createdAt: 0 },
      { id: 'token:EU:ANEW0000000', iv: new Uint8Array(12), data: new ArrayBuffer(8), createdAt: 0 },
    ]);
    await db().listings.bulkPut([
      {
        id: 'a',
        sku: 'OLD',
        asin: null,
        marketplaceId: 'A1PA6795UKMFR9',
        host: 'x',
        source: 'editor',
        seenAt: now - 40 * DAY,
      },
      {
        id: 'b',
        sku: 'NEW',
        asin: null,
        marketplaceId: 'A1PA6795UKMFR9',
        host: 'x',
        source: 'editor',
        seenAt: now - DAY,
      },
    ]);
    expect(await purgeExpired(now)).toEqual({ accounts: 1, listings: 1, authorizations: 0 });
    expect((await db().accounts.toArray()).map((a) => a.id)).toEqual(['EU:ANEW0000000']);
    expect((await db().secrets.toArray()).map((s) => s.id)).toEqual(['token:EU:ANEW0000000']);
    expect((await db().listings.toArray()).map((l) => l.sku)).toEqual(['NEW']);
  });
});
