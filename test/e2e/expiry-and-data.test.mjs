import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { page as sitePage } from '../site/pages.mjs';
import { eventually, inBackground, readStore, writeStore } from './harness.mjs';
import { browserForSuite } from './suite.mjs';

/** Every row of every store of every database of the extension, read in the service worker. */
async function everyIndexedDbRow(session) {
  return inBackground(session, async () => {
    const out = {};
    for (const { name } of await indexedDB.databases()) {
      const database = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of database.objectStoreNames) {
        out[`${name}/${store}`] = await new Promise((resolve) => {
          const request = database.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      }
      database.close();
    }
    return out;
  });
}

/**
 * Visits Manage Your Apps (English, three rows), waits until they are stored, and waits for the popup to
 * show `expiryText` in its expiry section; returns the stored rows.
 */
async function expiryShownInPopup(session, expiryText) {
  const tab = await session.context.newPage();
  await tab.goto(sitePage('manage-apps-en').url);
  const rows = await eventually(async () => {
    const all = await readStore(session, 'authorizations');
    return all.length === 3 && all;
  });
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl('popup.html'));
  await popup.getByTestId('expiry').getByText(expiryText, { exact: false }).waitFor();
  await popup.close();
  await tab.close();
  return rows;
}

describe('authorization expiry and your data, in Chromium', () => {
  const session = browserForSuite({ locale: 'en-US' });

  it('reads Manage Your Apps and shows the expiry in the popup', async () => {
    const rows = await expiryShownInPopup(
      session,
      'SendCloud (North America) can access your account until Dec 10, 2026',
    );
    assert.equal(rows.find((r) => r.developerName === 'SendCloud')?.estimated, false);
  });

  it('has the toolbar button follow the settings at once', async () => {
    // Manage Your Apps was read by the test before: SendCloud's authorization ends in under 30 days.
    const badge = () => inBackground(session, () => chrome.action.getBadgeText({}));
    await eventually(async () => /^\d+d$/.test(await badge()));
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const reminders = options.getByLabel('Remind me before the authorization expires');
    await reminders.uncheck();
    await eventually(async () => (await badge()) === '');
    await reminders.check();
    await eventually(async () => /^\d+d$/.test(await badge()));
    // Another developer configured for North America, not listed in Manage Your Apps: no date to count down.
    await options.locator('#developer-NA-default').uncheck();
    await options.locator('#developer-NA-name').fill('Acme Shipping');
    await eventually(async () => (await badge()) === '');
    await options.locator('#developer-NA-default').check();
    await eventually(async () => /^\d+d$/.test(await badge()));
    await options.close();
  });

  it('keeps "Your data" up to date while the options page is open, then deletes everything', async () => {
    // The options page is open before anything is captured: its counts must follow without a reload.
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const data = options.getByTestId('your-data');
    await data.getByText('Captured accounts: 0', { exact: false }).waitFor();
    await data.getByText('Listings without a weight: 0', { exact: false }).waitFor();

    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-table-it').url);
    await eventually(async () => (await readStore(session, 'accounts')).length > 0);
    await data.getByText('Captured accounts: 1', { exact: false }).waitFor();
    await data.getByText('Encrypted tokens and keys: 1', { exact: false }).waitFor();
    await tab.goto(`${sitePage('listing-editor-missing-en').url}?marketplaceID=ATVPDKIKX0DER&sku=SKU-1`);
    await eventually(async () => (await readStore(session, 'listings')).length > 0);
    await data.getByText('Listings without a weight: 1', { exact: false }).waitFor();

    await options.getByLabel('Public key').fill('pub-key-1234');
    await options.getByLabel('Secret key').fill('secret-key-5678');
    await options.getByRole('button', { name: 'Save keys' }).click();
    await options.getByText('Saved (ends in 5678)').waitFor();
    await data.getByText('Encrypted tokens and keys: 3', { exact: false }).waitFor();
    const retention = options.getByLabel('Delete captured data after (days)');
    await retention.fill('7');
    await options.getByTestId('save-status').getByText('Saved').waitFor();
    const before = await everyIndexedDbRow(session);
    assert.ok(
      before['shipbridge/accounts'] > 0 && before['shipbridge/secrets'] > 0 && before['shipbridge-keys/keys'] === 1,
    );

    await data.getByRole('button', { name: 'Delete everything' }).click();
    await data.getByRole('button', { name: 'Yes, delete everything' }).click();
    await data.getByText('Everything was deleted.').waitFor();
    await data.getByText('Captured accounts: 0', { exact: false }).waitFor();
    await data.getByText('Encrypted tokens and keys: 0', { exact: false }).waitFor();
    // The rest of the page shows what is stored now, not what was typed before the deletion.
    assert.equal(await retention.inputValue(), '30');
    assert.equal(await options.getByText('Saved (ends in 5678)').count(), 0);
    assert.equal(await options.getByText('Not set').count(), 2);

    const after = await everyIndexedDbRow(session);
    for (const [store, count] of Object.entries(after)) assert.equal(count, 0, store);
    const stored = await inBackground(session, () => chrome.storage.local.get(null));
    assert.deepEqual(
      Object.keys(stored).sort(),
      ['pageStrings.de', 'pageStrings.es', 'pageStrings.fr', 'pageStrings.it', 'pageStrings.nl'],
      'only the page texts, which are not data, remain',
    );
    await options.close();
    await tab.close();
  });

  it('keeps showing a connection past the retention period, and says why the token is gone', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-table-it').url);
    const [account] = await eventually(async () => {
      const accounts = await readStore(session, 'accounts');
      return accounts.length > 0 && accounts;
    });
    // Germany handed over long ago; the other four countries never were.
    await writeStore(session, 'integrations', [
      {
        id: `${account.sellerId}:A1PA6795UKMFR9`,
        accountId: account.id,
        sellerId: account.sellerId,
        marketplaceId: 'A1PA6795UKMFR9',
        countryCode: 'DE',
        shopName: 'Bottega Rossi DE',
        importPackageWeight: true,
        orderStatusUpdate: 'on_announcement',
        backend: 'sendcloud',
        status: 'connected',
        remoteId: '501',
        problem: null,
        message: null,
        fieldErrors: null,
        lastSyncAt: null,
        updatedAt: Date.now(),
      },
    ]);
    // Captured, and its token kept, 40 days ago.
    const longAgo = Date.now() - 40 * 24 * 3600_000;
    await writeStore(session, 'accounts', [{ ...account, capturedAt: longAgo }]);
    await inBackground(
      session,
      (at) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('shipbridge');
          open.onsuccess = () => {
            const tx = open.result.transaction('secrets', 'readwrite');
            tx.objectStore('secrets').openCursor().onsuccess = (event) => {
              const cursor = event.target.result;
              if (!cursor) return;
              cursor.update({ ...cursor.value, createdAt: at });
              cursor.continue();
            };
            tx.oncomplete = () => resolve(open.result.close());
            tx.onerror = () => reject(tx.error);
          };
        }),
      longAgo,
    );
    // The daily purge, made due now (and put back after).
    await inBackground(session, () => chrome.alarms.create('purge', { when: Date.now() }));
    await eventually(async () => (await readStore(session, 'accounts'))[0]?.secretId === null);
    await inBackground(session, () => chrome.alarms.create('purge', { periodInMinutes: 24 * 60 }));
    assert.equal((await readStore(session, 'secrets')).length, 0);
    assert.deepEqual(
      (await readStore(session, 'integrations')).map((i) => [i.marketplaceId, i.status]),
      [['A1PA6795UKMFR9', 'connected']],
    );

    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const card = popup.getByTestId('account');
    await card.getByText('Deleted after the retention period', { exact: true }).waitFor();
    assert.equal(
      await card.getByRole('group', { name: 'Germany', exact: true }).getByTestId('status').textContent(),
      'Connected',
    );
    const guidance = await card.getByTestId('token-gone').textContent();
    assert.match(
      guidance,
      /^The token of this account was deleted on .+2026.+, at the end of the retention period set in ShipBridge’s settings\. To connect a country that is not at your shipping platform, authorize the developer again/,
    );
    await popup.close();
    await tab.close();
  });
});

describe('a browser set to British English, in Chromium', () => {
  const session = browserForSuite({ locale: 'en-GB' });

  it('writes the expiry day before the month for a browser set to British English', async () => {
    await expiryShownInPopup(session, 'SendCloud (North America) can access your account until 10 Dec 2026');
  });

  it('takes a report without a marketplace column for the United Kingdom’s, not the United States’', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const select = options.getByLabel('Marketplace of this report');
    await eventually(async () => (await select.inputValue()) === 'A1F83G8C2ARO7P');
    await options.close();
  });
});
