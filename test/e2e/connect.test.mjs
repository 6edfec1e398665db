import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { startSandbox } from '../sandbox/server.mjs';
import { page as sitePage } from '../site/pages.mjs';
import {
  eventually,
  focusedAnnouncement,
  inBackground,
  openActionPopup,
  popupAt,
  readStore,
  saveConnectorKeys,
  saveSendcloudKeys,
  unnamedControls,
  writeStore,
} from './harness.mjs';
import { browserForSuite } from './suite.mjs';

const SELLER = 'A1B2C3D4E5F6G7';
const TOKEN = 'amzn.mws.8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d1a2b';
const MARKETPLACES = ['APJ6JRA9NG5V4', 'A1PA6795UKMFR9', 'A13V1IB3VIYZZH', 'A1RKKUPIHCS9HS', 'A1F83G8C2ARO7P'];

/**
 * Records every text a live region says from now on, as a screen reader would hear them one after another
 * (read back with `page.evaluate(() => window.news)`).
 */
function recordLiveRegion(region) {
  return region.evaluate((element) => {
    window.news = [];
    new MutationObserver(() => window.news.push(element.textContent)).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** Opens a credentials page of the test site and waits until the background has saved that seller's account. */
async function capture(session, name, sellerId) {
  const tab = await session.context.newPage();
  await tab.goto(sitePage(name).url);
  await eventually(async () => (await readStore(session, 'accounts')).find((a) => a.sellerId === sellerId));
  await tab.close();
}

/** Saves a credentials text through the popup's "Paste the credentials yourself" (the popup's page). */
async function pasteCredentials(popup, text) {
  await popup.getByText('Paste the credentials yourself').click();
  await popup.getByLabel('Credentials text').fill(text);
  await popup.getByRole('button', { name: 'Save' }).click();
}

describe('handing the captured account to a Connector API backend', () => {
  let sandbox;
  before(async () => {
    sandbox = await startSandbox({ token: 'sandbox-secret-token' });
  });
  after(() => sandbox?.close());
  const session = browserForSuite({ locale: 'en-US' });

  async function configure(token) {
    const options = await saveConnectorKeys(session, sandbox.url, token);
    await options.getByRole('button', { name: 'Test connection' }).click();
    return options;
  }

  /** Opens a country's Connect form and presses Connect (with that shop name, if given). */
  async function pressConnect(row, shopName) {
    await row.getByText('Connect this country…').click();
    if (shopName) await row.getByLabel('Shop name').fill(shopName);
    await row.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  /** With the platform down, connects one country of an account from the popup: it ends queued, and says why. */
  async function connectWhileDown(sellerId, country, shopName) {
    await sandbox.setFaults({ down: true });
    const { popup, row } = await popupAt(session, sellerId, country);
    await pressConnect(row, shopName);
    await row.getByText('Could not reach your shipping platform.', { exact: false }).waitFor();
    assert.equal(await row.getByTestId('status').textContent(), 'Queued');
    // The form went with the press: focus is on the country, not the top of the popup.
    await eventually(async () => (await popup.evaluate(() => document.activeElement?.ariaLabel)) === country);
    await row.getByText(/^Last try [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/).waitFor();
    return { popup, row };
  }

  /** Puts every waiting hand-off's next try ten minutes away, as a back-off after several failures would. */
  async function postponeAll(count) {
    const later = Date.now() + 10 * 60_000;
    // An attempt under way when postponed would set its own next try: postpone until it holds.
    await eventually(async () => {
      const entries = (await readStore(session, 'outbox')).map((e) => ({ ...e, nextAttemptAt: later }));
      await writeStore(session, 'outbox', entries);
      await new Promise((r) => setTimeout(r, 300));
      const held = await readStore(session, 'outbox');
      return held.length === count && held.every((e) => e.state === 'pending' && e.nextAttemptAt === later);
    });
  }

  it('connects every marketplace exactly once through failures and a stopped service worker', async () => {
    await capture(session, 'credentials-table-it', SELLER);

    const options = await configure('sandbox-secret-token');
    await options.getByText('Connected to Bottega Rossi Srl.').waitFor();
    await options.close();

    await sandbox.setFaults({ failNext: 3, failMethod: 'POST' });
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const card = popup.getByTestId('account').filter({ hasText: SELLER });
    await card.getByText('Not connected yet: Italy, Germany, France, Spain, United Kingdom').waitFor();
    // What the card's live region says, as a screen reader would hear it, one text after another.
    await recordLiveRegion(card.getByTestId('status-news'));
    await card.getByRole('button', { name: 'Connect all' }).click();
    // The button went with the press: focus is on the first country, not the top of the popup.
    await eventually(async () => (await popup.evaluate(() => document.activeElement?.ariaLabel)) === 'Italy');

    // Stop the service worker as soon as the backend has seen the first attempt.
    await eventually(async () => (await sandbox.state()).requests.some((r) => r.method === 'POST'));
    const cdp = await session.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    const state = await eventually(
      async () => {
        const s = await sandbox.state();
        return s.integrations.length === 5 && s;
      },
      { timeout: 45_000, interval: 250 },
    );
    assert.deepEqual(state.integrations.map((i) => i.marketplace_id).sort(), [...MARKETPLACES].sort());
    const posts = state.requests.filter((r) => r.method === 'POST');
    assert.ok(posts.length >= 5 + 3, `expected 3 retries, saw ${posts.length} POSTs`);
    for (const marketplace of MARKETPLACES) {
      const keys = new Set(posts.filter((r) => r.body.marketplace_id === marketplace).map((r) => r.idempotencyKey));
      assert.equal(keys.size, 1, `one Idempotency-Key for ${marketplace}`);
    }
    const italy = posts.find((r) => r.body.marketplace_id === 'APJ6JRA9NG5V4').body;
    assert.deepEqual(
      { ...italy, authorization: { ...italy.authorization, authorized_at: 'x' } },
      {
        shop_name: `${'<img src=x onerror="document.title=\'pwned\'">Bottega Rossi Srl'} IT`.slice(0, 250),
        seller_id: SELLER,
        marketplace_id: 'APJ6JRA9NG5V4',
        country_code: 'IT',
        region: 'EU',
        authorization: { type: 'mws', developer_id: '3244-7764-4129', mws_auth_token: TOKEN, authorized_at: 'x' },
        import_package_weight: true,
        order_status_update: 'on_announcement',
      },
    );
    assert.ok(Object.values(state.tokens).every((t) => t === TOKEN));

    // The token has left the extension; statuses are shown.
    const account = await eventually(async () => {
      const a = (await readStore(session, 'accounts')).find((x) => x.sellerId === SELLER);
      return a?.secretId === null && a;
    });
    assert.equal(account.secretId, null);
    assert.equal((await readStore(session, 'secrets')).filter((s) => s.id.startsWith('token:')).length, 0);
    await eventually(async () => (await card.getByTestId('status').allTextContents()).every((s) => s === 'Connected'));
    assert.equal(await card.getByTestId('status').count(), 5);
    // Each country the seller sent was announced once when it got there (only the statuses are shown, so
    // a screen reader hears of it without looking).
    const heard = (await popup.evaluate(() => window.news)).join(' ');
    for (const country of ['Italy', 'Germany', 'France', 'Spain', 'United Kingdom']) {
      assert.equal(heard.split(`${country}: Connected`).length - 1, 1, `${country} in: ${heard}`);
    }
    // Each sync time names its month: a numeric date reads differently in the US and the UK.
    const synced = await card.getByText(/^Last sync /).allTextContents();
    assert.equal(synced.length, 5);
    for (const text of synced) assert.match(text, /^Last sync [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/);
    await card.getByText('Handed to your shipping platform').waitFor();
    // Three countries had to wait for the platform: what became of them is told once, in a notification (the
    // seller who saw "keeps trying" may have left the popup long before).
    await eventually(async () => 'handoff' in (await inBackground(session, () => chrome.notifications.getAll())));

    // Disconnected after the token has left: no form that cannot work, but the way to a new token.
    // Each country is a group named after it, so its buttons say which country they are for.
    const italyRow = card.getByRole('group', { name: 'Italy', exact: true });
    assert.equal(await italyRow.getAttribute('data-marketplace'), 'APJ6JRA9NG5V4');
    // Asked once more first (its orders stop importing); Keep changes nothing. From the keyboard: the
    // question takes the focus on its safe answer, so Enter twice keeps the country, focus back on the button.
    const focused = () => popup.evaluate(() => document.activeElement?.textContent);
    await italyRow.getByRole('button', { name: 'Disconnect' }).focus();
    await popup.keyboard.press('Enter');
    await italyRow.getByText('Disconnect Italy? Orders from this country stop importing', { exact: false }).waitFor();
    await eventually(async () => (await focused()) === 'Keep');
    await popup.keyboard.press('Enter');
    await eventually(async () => (await focused()) === 'Disconnect');
    assert.equal(await italyRow.getByText('Disconnect Italy?', { exact: false }).count(), 0);
    assert.equal(await italyRow.getByTestId('status').textContent(), 'Connected');
    // The platform fails the first Disconnect, slowly: said while under way, then why, at Italy.
    await sandbox.setFaults({ failNext: 1, failMethod: 'DELETE', delayMs: 3000 });
    await italyRow.getByRole('button', { name: 'Disconnect' }).click();
    await italyRow.getByRole('group').getByRole('button', { name: 'Disconnect' }).click();
    await italyRow.getByRole('button', { name: 'Disconnecting…', disabled: true }).waitFor();
    await italyRow
      .getByRole('alert')
      .getByText('Italy is still connected. Your shipping platform could not be reached just now.', { exact: false })
      .waitFor();
    assert.equal(await italyRow.getByTestId('status').textContent(), 'Connected');
    // Busy, the button kept the keyboard focus (marked disabled, not disabled): the seller is still there.
    await eventually(async () => (await focused()) === 'Disconnect');
    await sandbox.setFaults({ delayMs: 0 });
    // That press has ended: what the platform reports of Italy afterwards is not announced as its outcome.
    const italyThere = (await sandbox.state()).integrations.find(
      (i) => i.seller_id === SELLER && i.marketplace_id === 'APJ6JRA9NG5V4',
    );
    const report = (status, message) =>
      sandbox.patchIntegration({ id: italyThere.id, status, failing_since: null, message });
    // Another popup opened reads the statuses at once; this one shows what it read.
    const readAgain = async (status) => {
      const other = await session.context.newPage();
      await other.goto(session.extensionUrl('popup.html'));
      await italyRow.getByTestId('status').getByText(status, { exact: true }).waitFor();
      await other.close();
    };
    await report('failing', 'Amazon refused the token.');
    await readAgain('Failing');
    assert.doesNotMatch((await popup.evaluate(() => window.news)).join(' '), /Italy: Failing/);
    await report('connected', null);
    await readAgain('Connected');
    await italyRow.getByRole('button', { name: 'Disconnect' }).click();
    await italyRow.getByRole('group').getByRole('button', { name: 'Disconnect' }).click();
    await italyRow.getByTestId('status').getByText('Disconnected').waitFor();
    // The button went with the change it asked for: focus is on Italy's group, not the top of the popup.
    await eventually(async () => (await popup.evaluate(() => document.activeElement?.ariaLabel)) === 'Italy');
    // …and a screen reader says what became of it there.
    assert.deepEqual(await focusedAnnouncement(session, popup), {
      role: 'group',
      name: 'Italy',
      description: 'Disconnected',
    });
    // …which is not said twice by the live region.
    assert.doesNotMatch((await popup.evaluate(() => window.news)).join(' '), /Italy: Disconnected/);
    assert.equal(await italyRow.getByRole('alert').count(), 0);
    assert.equal(await italyRow.getByText('Connect this country…').count(), 0);
    const gone = card.getByTestId('token-gone');
    await gone.getByText('ShipBridge keeps no copy', { exact: false }).waitFor();
    assert.equal(
      await gone.getByRole('link').getAttribute('href'),
      'https://sellercentral.amazon.it/gp/account-manager/home.html',
    );

    // Deleting the account here leaves its connections running at the backend: the seller is told which.
    await card.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = card.getByRole('group', { name: 'Delete this account' });
    // The token left with the hand-offs: the question does not offer to delete it.
    await confirm.getByText('Delete this account from ShipBridge?', { exact: true }).waitFor();
    await confirm
      .getByText('Still connected at your shipping platform: Germany, France, Spain, United Kingdom.', { exact: false })
      .waitFor();
    await confirm.getByRole('button', { name: 'Keep' }).click();
    assert.equal(await card.getByText('Still connected at your shipping platform', { exact: false }).count(), 0);
    await popup.close();
  });

  it('says what to do when the platform reports a country failing', async () => {
    // The account of the first test: France connected. The platform stops importing it (the authorization ended).
    const france = (await sandbox.state()).integrations.find(
      (i) => i.seller_id === SELLER && i.marketplace_id === 'A13V1IB3VIYZZH',
    );
    await sandbox.patchIntegration({
      id: france.id,
      status: 'failing',
      failing_since: '2026-11-20T08:00:00Z',
      message: 'Amazon refused the token: the authorization is not active.',
    });
    // The background's 30-minute read finds it first (its alarm, "status", made due now; put back after):
    // one notification tells the seller.
    const notifications = () => inBackground(session, () => chrome.notifications.getAll());
    await inBackground(session, () => chrome.alarms.create('status', { when: Date.now() }));
    await eventually(async () => 'failing' in (await notifications()));
    await inBackground(session, () => chrome.alarms.create('status', { periodInMinutes: 30 }));
    const { popup, row } = await popupAt(session, SELLER, 'France'); // its status refresh reads the platform
    await row.getByTestId('status').getByText('Failing').waitFor();
    // The platform's own words, in whatever language it writes, said to be its words.
    await row
      .getByText('Your shipping platform says: “Amazon refused the token: the authorization is not active.”', {
        exact: true,
      })
      .waitFor();
    await row.getByText('Orders from France are not importing.', { exact: false }).waitFor();
    const link = row.getByRole('link', { name: 'Open Manage Your Apps on sellercentral.amazon.it' });
    assert.equal(await link.getAttribute('href'), 'https://sellercentral.amazon.it/apps/manage');
    // At the top of the popup, where the notification sends the seller: France, a button to its place.
    const summary = popup.getByTestId('failing-summary');
    assert.match(
      await summary.textContent(),
      /^Orders from this country are not importing: .*See why and what to do:France$/,
    );
    await summary.getByRole('button', { name: 'France' }).click();
    assert.equal(await popup.evaluate(() => document.activeElement?.ariaLabel), 'France');
    // The toolbar button says so too, with the country in its tooltip, for as long as it lasts.
    // (Set once the status read has ended, a moment after the popup shows its result.)
    const button = (expected) =>
      eventually(async () => {
        const text = await inBackground(session, () => chrome.action.getBadgeText({}));
        const title = await inBackground(session, () => chrome.action.getTitle({}));
        return text === expected.text && title === expected.title;
      });
    await button({ text: '!', title: 'ShipBridge\n1 connection failing: France' });
    // Renewed: the same token works again, and the popup says so at its next refresh.
    await sandbox.patchIntegration({ id: france.id, status: 'connected', failing_since: null, message: null });
    await popup.reload();
    await row.getByTestId('status').getByText('Connected', { exact: true }).waitFor();
    assert.equal(await row.getByText('are not importing', { exact: false }).count(), 0);
    assert.equal(await summary.count(), 0);
    await button({ text: '', title: 'ShipBridge' });
    assert.equal('failing' in (await notifications()), false); // out of date, taken down
    await popup.close();
  });

  it('says when the platform no longer has a country, and the way to connect it again', async () => {
    // The account of the first test: Germany connected, the token handed over. Someone removes Germany in
    // the platform's own panel.
    const germany = (await sandbox.state()).integrations.find(
      (i) => i.seller_id === SELLER && i.marketplace_id === 'A1PA6795UKMFR9',
    );
    const removed = await fetch(`${sandbox.url}/v1/amazon/integrations/${germany.id}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer sandbox-secret-token' },
    });
    assert.equal(removed.status, 204);
    // The background's periodic read finds it (its alarm made due now, put back after): one notification.
    const notifications = () => inBackground(session, () => chrome.notifications.getAll());
    await inBackground(session, () => chrome.alarms.create('status', { when: Date.now() }));
    await eventually(async () => 'ended' in (await notifications()));
    await inBackground(session, () => chrome.alarms.create('status', { periodInMinutes: 30 }));
    // No "!" on the toolbar button for it: the seller may have meant it.
    assert.equal(await inBackground(session, () => chrome.action.getBadgeText({})), '');

    // The notification opens the popup at Germany: focused, it says what happened and what to do.
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html#ended'));
    const card = popup.getByTestId('account').filter({ hasText: SELLER });
    const row = card.getByRole('group', { name: 'Germany', exact: true });
    await eventually(async () => (await popup.evaluate(() => document.activeElement?.ariaLabel)) === 'Germany');
    assert.equal(await row.getByTestId('status').textContent(), 'Disconnected');
    const why =
      'Your shipping platform no longer has this connection (it was removed there), so orders from this country are not importing.';
    await row.getByText(why).waitFor();
    // A screen reader says it on arrival: the country, its status, and why.
    assert.deepEqual(await focusedAnnouncement(session, popup), {
      role: 'group',
      name: 'Germany',
      description: `Disconnected ${why}`,
    });
    // The token left with the hand-off: the way to it again is to authorize the developer once more, said
    // under the first country not at the platform (Italy, disconnected in the first test), next to Germany,
    // not after the last country of the account.
    const gone = card.getByTestId('token-gone');
    await gone.getByText('authorize the developer again', { exact: false }).waitFor();
    const italyRow = card.getByRole('group', { name: 'Italy', exact: true });
    assert.equal(await italyRow.locator('xpath=following-sibling::*[1]').getAttribute('data-testid'), 'token-gone');
    assert.equal(await row.locator('xpath=preceding-sibling::*[1]').getAttribute('data-testid'), 'token-gone');
    assert.equal(await row.getByText('Connect this country…').count(), 0);
    // At the top of the popup too, a button to its place.
    assert.equal(
      await popup.getByTestId('ended-summary').textContent(),
      'Orders from this country are not importing: your shipping platform no longer has its Amazon connection (it was removed there). See why and what to do:Germany',
    );

    // Removed there on purpose: once the seller leaves it so, the popup and the notification stop saying it.
    await row.getByRole('button', { name: 'Leave it disconnected' }).click();
    await eventually(async () => (await row.getByText(why).count()) === 0);
    assert.equal(await popup.getByTestId('ended-summary').count(), 0);
    assert.deepEqual(await focusedAnnouncement(session, popup), {
      role: 'group',
      name: 'Germany',
      description: 'Disconnected',
    });
    await eventually(async () => !('ended' in (await notifications())));
    const left = (await readStore(session, 'integrations')).find(
      (i) => i.sellerId === SELLER && i.marketplaceId === 'A1PA6795UKMFR9',
    );
    assert.deepEqual([left?.status, left?.problem], ['disconnected', null]);

    // Authorized again, Amazon shows the same credentials screen (the same token): saved again, Germany
    // can be connected from the popup, and is.
    await capture(session, 'credentials-table-it', SELLER);
    await eventually(async () => (await readStore(session, 'accounts')).find((a) => a.sellerId === SELLER)?.secretId);
    await pressConnect(row);
    await row.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
    assert.equal(await row.getByText('no longer has this connection', { exact: false }).count(), 0);
    const there = (await sandbox.state()).integrations.filter(
      (i) => i.seller_id === SELLER && i.marketplace_id === 'A1PA6795UKMFR9',
    );
    assert.equal(there.length, 1);
    await popup.close();
  });

  it('explains a refused token and a refused field in words', async () => {
    const options = await configure('a-wrong-token');
    await options.getByText('Your shipping platform refused the keys.', { exact: false }).waitFor();
    await options.close();
    const fixed = await configure('sandbox-secret-token');
    await fixed.getByText('Connected to Bottega Rossi Srl.').waitFor();
    await fixed.close();

    await capture(session, 'credentials-text-en', 'A3KXQ7ZP2N5VJ8');
    await sandbox.setFaults({ failNext: 1, failStatus: 422, failMethod: 'POST' });
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const row = popup.getByTestId('marketplace').and(popup.locator('[data-marketplace="ATVPDKIKX0DER"]'));
    await row.getByText('Connect this country…').click();
    await row.getByRole('button', { name: 'Connect', exact: true }).click();
    await row.getByText('Your shipping platform refused some values.', { exact: false }).waitFor();
    await row.getByText('This shop name is already used by another integration.').first().waitFor();
    assert.equal(await row.getByLabel('Shop name').getAttribute('aria-invalid'), 'true');
    // Under the field, the platform's words are said to be its words (they come in its language).
    assert.equal(
      await popup.locator(`[id="${await row.getByLabel('Shop name').getAttribute('aria-describedby')}"]`).textContent(),
      'Your shipping platform says: “This shop name is already used by another integration.”',
    );
    assert.equal(await row.getByTestId('status').textContent(), 'Not connected');
    await popup.close();
  });

  it('says when the platform cannot be reached, and tries again at once on Try now', async () => {
    const options = await configure('sandbox-secret-token');
    await options.getByText('Connected to Bottega Rossi Srl.').waitFor();
    await options.close();
    await capture(session, 'credentials-dialog-de', 'A9ZZ8YY7XX6WW5');
    const { popup, row: germany } = await connectWhileDown('A9ZZ8YY7XX6WW5', 'Germany');
    // The countries connected before show what was read last, and the popup says it could not read them now.
    const unread = popup.getByTestId('status-unread');
    await unread
      .getByText(
        'The statuses below may be out of date: ShipBridge could not read them from your shipping platform just now. Could not reach your shipping platform.',
        { exact: false },
      )
      .waitFor();

    // Its next try is ten minutes away (a back-off after several failures), and the platform is back.
    await postponeAll(1);
    // Back, slowly: the country says it is connecting at once, with nothing to press twice meanwhile (the
    // button says "Trying…" only while its attempt waits for another to end).
    await sandbox.setFaults({ down: false, delayMs: 3000 });
    await germany.getByRole('button', { name: 'Try now' }).click();
    await germany.getByTestId('status').getByText('Connecting').waitFor();
    assert.equal(await germany.getByRole('button').count(), 0);
    assert.equal(await germany.getByText('Could not reach', { exact: false }).count(), 0, 'the last problem is past');
    await germany.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 8000 });
    await sandbox.setFaults({ delayMs: 0 });
    await unread.waitFor({ state: 'detached', timeout: 15_000 }); // the next read (every 10 s) worked
    const { integrations } = await sandbox.state();
    assert.ok(integrations.some((i) => i.seller_id === 'A9ZZ8YY7XX6WW5' && i.marketplace_id === 'A1PA6795UKMFR9'));
    await popup.close();
  });

  it('lets the seller cancel a hand-off that waits, and connect the country later', async () => {
    // The account of 'explains a refused token…' (credentials-text-en): Canada is not connected yet.
    const { popup, row: canada } = await connectWhileDown('A3KXQ7ZP2N5VJ8', 'Canada', 'Bottega Rossi Canada');
    await canada.getByRole('button', { name: 'Cancel' }).click();
    await canada.getByTestId('status').getByText('Not connected', { exact: true }).waitFor();
    assert.equal(await canada.getByText('Could not reach', { exact: false }).count(), 0);
    const waiting = await readStore(session, 'outbox');
    assert.equal(waiting.filter((e) => e.integrationId === 'A3KXQ7ZP2N5VJ8:A2EUQ1WTGCTBG2').length, 0);
    // The platform is back and everything waiting is sent (the reply comes once it has been): nothing of the
    // cancelled hand-off arrives, and the country can be connected anew.
    await sandbox.setFaults({ down: false });
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:retryNow', payload: {} }));
    assert.equal((await sandbox.state()).integrations.filter((i) => i.marketplace_id === 'A2EUQ1WTGCTBG2').length, 0);
    await canada.getByText('Connect this country…').click();
    assert.equal(await canada.getByLabel('Shop name').inputValue(), 'Bottega Rossi Canada');
    await canada.getByRole('button', { name: 'Connect', exact: true }).click();
    await canada.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
    await popup.close();
  });

  it('hands a newly captured token to the countries connected with the earlier one', async () => {
    // The account of 'says when the platform cannot be reached…': Germany connected, its token handed over.
    const NEW = 'amzn.mws.0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const card = popup.getByTestId('account').filter({ hasText: 'A9ZZ8YY7XX6WW5' });
    await card.getByTestId('status').getByText('Connected', { exact: true }).waitFor();
    await card.getByText('Handed to your shipping platform').waitFor();
    assert.equal(await card.getByTestId('new-token').count(), 0);
    const before = (await sandbox.state()).integrations.find((i) => i.seller_id === 'A9ZZ8YY7XX6WW5');

    // The seller authorized anew (say, after revoking the old token) and the new screen was saved.
    await pasteCredentials(
      popup,
      `Seller ID: A9ZZ8YY7XX6WW5\nMarketplace ID: A1PA6795UKMFR9 (Amazon.de)\nMWS Auth Token: ${NEW}`,
    );
    const notice = card.getByTestId('new-token');
    await notice.getByText('Still on the earlier one: Germany.', { exact: false }).waitFor();
    assert.equal(await card.getByTestId('status').textContent(), 'Connected');
    // Every control a seller can reach has a name a screen reader says: the popup in most of its states
    // (connected, failing, disconnected, a new token to hand over, forms opened), and the options page.
    for (const details of await popup.locator('details').all()) await details.evaluate((d) => (d.open = true));
    assert.ok((await popup.getByLabel('Shop name').count()) >= 2, 'the connect forms are open');
    assert.deepEqual(await unnamedControls(session, popup), []);
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Test connection' }).waitFor();
    assert.deepEqual(await unnamedControls(session, options), []);
    await options.close();
    await notice.getByRole('button', { name: 'Hand over the new token' }).click();

    await card.getByText('Handed to your shipping platform').waitFor({ timeout: 10_000 });
    await card.getByTestId('status').getByText('Connected', { exact: true }).waitFor();
    assert.equal(await card.getByTestId('new-token').count(), 0);
    const { integrations, tokens } = await sandbox.state();
    const mine = integrations.filter((i) => i.seller_id === 'A9ZZ8YY7XX6WW5');
    assert.equal(mine.length, 1);
    assert.notEqual(mine[0].id, before.id);
    assert.equal(mine[0].shop_name, before.shop_name);
    assert.equal(tokens[mine[0].id], NEW);
    await popup.close();
  });

  it('says "Trying…" on a country whose Try now waits for another country\'s attempt', async () => {
    // The account of 'explains a refused token…': the United States (its form still open there after the
    // refused shop name) and Mexico wait, the platform down.
    await sandbox.setFaults({ down: true });
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const card = popup.getByTestId('account').filter({ hasText: 'A3KXQ7ZP2N5VJ8' });
    const us = card.getByRole('group', { name: 'United States', exact: true });
    const mexico = card.getByRole('group', { name: 'Mexico', exact: true });
    for (const [row, shop] of [
      [us, 'Bottega Rossi US'],
      [mexico, 'Bottega Rossi MX'],
    ]) {
      await row.getByText('Connect this country…').waitFor();
      if (!(await row.getByLabel('Shop name').isVisible())) await row.getByText('Connect this country…').click();
      await row.getByLabel('Shop name').fill(shop);
      await row.getByRole('button', { name: 'Connect', exact: true }).click();
      await row.getByText('Could not reach your shipping platform.', { exact: false }).waitFor();
    }
    await postponeAll(2);
    // Back, slowly: Try now at the United States sends both, one after the other. Mexico's Try now, pressed
    // while the United States is being sent, waits for that attempt and says so.
    await sandbox.setFaults({ down: false, delayMs: 3000 });
    await us.getByRole('button', { name: 'Try now' }).click();
    await us.getByTestId('status').getByText('Connecting').waitFor();
    assert.equal(await mexico.getByTestId('status').textContent(), 'Queued');
    await mexico.getByRole('button', { name: 'Try now' }).click();
    await mexico.getByRole('button', { name: 'Trying…', disabled: true }).waitFor();
    await us.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 8000 });
    await mexico.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 8000 });
    await sandbox.setFaults({ delayMs: 0 });
    const sent = (await sandbox.state()).integrations.filter((i) => i.seller_id === 'A3KXQ7ZP2N5VJ8');
    // Canada was connected by 'lets the seller cancel a hand-off…'.
    assert.deepEqual(sent.map((i) => i.marketplace_id).sort(), ['A1AM78C64UM0Y8', 'A2EUQ1WTGCTBG2', 'ATVPDKIKX0DER']);
    await popup.close();
  });

  it('tests the key the seller has just typed, without a separate save', async () => {
    const options = await configure('a-wrong-key');
    await options.getByText('Your shipping platform refused the keys.', { exact: false }).waitFor();
    await options.getByText('Saved (ends in -key)').waitFor();
    await options.getByLabel('API token').fill('sandbox-secret-token');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await options.getByText('Connected to Bottega Rossi Srl.').waitFor();
    await options.getByText('Saved (ends in oken)').waitFor();
    assert.equal(await options.getByLabel('API token').inputValue(), '', 'the field is emptied once saved');
    // Save with nothing typed: said so, and the saved key stays.
    await options.getByRole('button', { name: 'Save keys' }).click();
    await options.getByText('No new key typed: the saved ones stay as they are.').waitFor();
    await options.getByText('Saved (ends in oken)').waitFor();
    // A slow platform: the button says it is testing, keeps the focus, and a second press asks nothing more.
    await sandbox.setFaults({ delayMs: 1500 });
    const asked = async () => (await sandbox.state()).requests.filter((r) => r.path === '/v1/me').length;
    const before = await asked();
    await options.getByRole('button', { name: 'Test connection' }).click();
    const testing = options.getByRole('button', { name: 'Testing…', disabled: true });
    await testing.waitFor();
    await testing.click({ force: true }); // pressed again while it works (force: it is marked disabled)
    assert.equal(await options.evaluate(() => document.activeElement?.textContent), 'Testing…');
    await options.getByText('Connected to Bottega Rossi Srl.').waitFor();
    await options.getByRole('button', { name: 'Test connection' }).waitFor();
    await sandbox.setFaults({ delayMs: 0 });
    assert.equal((await asked()) - before, 1);
    await options.close();
  });
  it('keeps the countries connected at the Connector API server that made them after the seller chooses another', async () => {
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.locator('input[name=backend][value=sendcloud]').check();
    await options.getByTestId('save-status').getByText('Saved').waitFor();
    const { popup, row: spain } = await popupAt(session, SELLER, 'Spain');
    await spain.getByText('At Connector API, the shipping platform chosen before.').waitFor();
    // The popup's status refresh has run (it runs on opening): Spain is read where it is, not "Disconnected".
    await eventually(async () => {
      const stored = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'A1RKKUPIHCS9HS');
      return stored.updatedAt > Date.now() - 5000 && stored;
    });
    assert.equal(await spain.getByTestId('status').textContent(), 'Connected');

    // Back to the Connector API, but another server (nothing answers there): Spain says which server has it.
    // Each server has its own token: none saved for this one yet, the first server's kept for its countries.
    await options.locator('input[name=backend][value=connector]').check();
    const tokenHint = options.getByLabel('API token').locator('xpath=following-sibling::span');
    await tokenHint.getByText('Saved (ends in oken)').waitFor();
    await options.locator('#backend-url').fill('http://127.0.0.1:9');
    await options.getByTestId('save-status').getByText('Saved').waitFor();
    await tokenHint.getByText('Not set').waitFor();
    await popup.reload();
    await spain.getByText(`At ${new URL(sandbox.url).host}, the shipping platform chosen before.`).waitFor();
    assert.equal(await spain.getByTestId('status').textContent(), 'Connected');
    // Disconnected where it was made, with that server's token, without setting that server again.
    await spain.getByRole('button', { name: 'Disconnect' }).click();
    await spain.getByRole('group').getByRole('button', { name: 'Disconnect' }).click();
    await spain.getByTestId('status').getByText('Disconnected').waitFor();
    const spainAtSandbox = (await sandbox.state()).integrations.filter(
      (i) => i.seller_id === SELLER && i.marketplace_id === 'A1RKKUPIHCS9HS',
    );
    assert.deepEqual(spainAtSandbox, []);
    await options.locator('#backend-url').fill(sandbox.url);
    await options.getByTestId('save-status').getByText('Saved').waitFor();
    await tokenHint.getByText('Saved (ends in oken)').waitFor();
    await options.close();
    await popup.close();
  });

  it('sends keys and tokens only to the address in the settings, not where the platform redirects', async () => {
    // Another server that answers anything (CORS included), as one a redirect could point at.
    const elsewhere = await startSandbox({ token: 'sandbox-secret-token' });
    try {
      const FR_SELLER = 'A2QWERTY12345Z';
      await capture(session, 'credentials-readonly-fr', FR_SELLER);
      await sandbox.setFaults({ redirectNext: 1, redirectTo: elsewhere.url });
      const options = await configure('sandbox-secret-token');
      await options
        .getByText('Your shipping platform redirected ShipBridge to another address.', { exact: false })
        .waitFor();
      await options.close();

      await sandbox.setFaults({ redirectNext: 1, redirectTo: elsewhere.url, redirectMethod: 'POST' });
      const { popup, row: france } = await popupAt(session, FR_SELLER, 'France');
      await pressConnect(france);
      await france
        .getByText('Your shipping platform redirected ShipBridge to another address.', { exact: false })
        .waitFor();
      // Not retried: a redirect does not go away by itself, and following it would send the token there.
      assert.equal(await france.getByTestId('status').textContent(), 'Not connected');
      assert.equal((await readStore(session, 'outbox')).filter((e) => e.integrationId.startsWith(FR_SELLER)).length, 0);
      assert.deepEqual((await elsewhere.state()).requests, [], 'nothing reached the other server');
      const posted = (await sandbox.state()).requests.filter((r) => r.body?.seller_id === FR_SELLER);
      assert.equal(posted.length, 1);

      // Once the platform answers from its own address again, the same press connects.
      await pressConnect(france);
      await france.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
      assert.deepEqual((await elsewhere.state()).requests, []);
      await popup.close();
    } finally {
      await elsewhere.close();
    }
  });

  it('announces a country each time it gets where the seller sent it, the same words included', async () => {
    const SELLER_NL = 'A5REPEAT12345Q';
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    await pasteCredentials(
      popup,
      `Seller ID: ${SELLER_NL}\nMarketplace ID: A1805IZSGTT6HS (Amazon.nl)\nA1PA6795UKMFR9 (Amazon.de)\nMWS Auth Token: amzn.mws.5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b`,
    );
    const card = popup.getByTestId('account').filter({ hasText: SELLER_NL });
    const netherlands = card.getByRole('group', { name: 'Netherlands', exact: true });
    await netherlands.waitFor();
    await recordLiveRegion(card.getByTestId('status-news'));
    // Slowly, so that "Connected" comes after focus has moved to the country (its description said "Queued").
    await sandbox.setFaults({ delayMs: 1500 });
    try {
      const connected = async (times) => {
        await netherlands.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
        await eventually(
          async () =>
            (await popup.evaluate(() => window.news)).filter((t) => t === 'Netherlands: Connected').length === times,
        );
      };
      await pressConnect(netherlands);
      await connected(1);
      // Disconnected (Germany keeps the token here), then connected again: the same words are said again.
      await netherlands.getByRole('button', { name: 'Disconnect' }).click();
      await netherlands.getByRole('group').getByRole('button', { name: 'Disconnect' }).click();
      await netherlands.getByTestId('status').getByText('Disconnected', { exact: true }).waitFor();
      await pressConnect(netherlands);
      await connected(2);
    } finally {
      await sandbox.setFaults({ delayMs: 0 });
      await popup.close(); // an open popup reads statuses every 10 s: the next test counts them
    }
  });

  it('reads the statuses one at a time while the platform answers slowly', async () => {
    // The popup reads every 10 s; each read takes 12 s here: the one due meanwhile is skipped, not sent too.
    const reads = async () =>
      (await sandbox.state()).requests.filter((r) => r.method === 'GET' && r.path === '/v1/amazon/integrations').length;
    await sandbox.setFaults({ delayMs: 12_000 });
    try {
      const before = await reads();
      const popup = await session.context.newPage();
      await popup.goto(session.extensionUrl('popup.html'));
      await new Promise((resolve) => setTimeout(resolve, 25_000));
      const during = (await reads()) - before;
      await popup.close();
      assert.equal(during, 2, 'at 0 s and 20 s; not at 10 s, while the first was still under way');
    } finally {
      await sandbox.setFaults({ delayMs: 0 });
    }
  });

  it('says when it tries again after the platform asked it to wait, and waits an hour at most', async () => {
    const UK_SELLER = 'A6LATE7KATAL8Q';
    await capture(session, 'credentials-late-katal-en', UK_SELLER);
    // The platform asks for a day: ShipBridge comes back within the hour.
    await sandbox.setFaults({ rateLimitNext: 1, rateLimitMethod: 'POST', retryAfter: 86_400 });
    const { popup, row: uk } = await popupAt(session, UK_SELLER, 'United Kingdom');
    await pressConnect(uk);
    await uk.getByText('Your shipping platform asked to slow down', { exact: false }).waitFor();
    const [entry] = (await readStore(session, 'outbox')).filter((e) => e.integrationId.startsWith(UK_SELLER));
    const wait = entry.nextAttemptAt - Date.now();
    assert.ok(wait > 55 * 60_000 && wait <= 60 * 60_000, `next try in ${Math.round(wait / 60_000)} min`);
    const time = await popup.evaluate(
      (at) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(at),
      entry.nextAttemptAt,
    );
    await uk.getByText(`Next try ${time}`, { exact: true }).waitFor();
    // Nothing to press but Cancel: trying now would only be refused again.
    assert.equal(await uk.getByRole('button', { name: 'Try now' }).count(), 0);
    await uk.getByRole('button', { name: 'Cancel' }).click();
    await uk.getByTestId('status').getByText('Not connected', { exact: true }).waitFor();
    assert.equal(await uk.getByText('Next try', { exact: false }).count(), 0);
    await popup.close();
  });

  it('leaves a country the seller disconnected out of "Connect all"', async () => {
    // An account of three countries, pasted: Italy connected on its own, then disconnected (the seller stopped
    // selling there); the token stays here for the two never connected.
    const SELLER3 = 'A4CONNECTALL7Q';
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    await pasteCredentials(
      popup,
      `Seller ID: ${SELLER3}\nMarketplace ID: APJ6JRA9NG5V4 (Amazon.it)\nA1PA6795UKMFR9 (Amazon.de)\nA13V1IB3VIYZZH (Amazon.fr)\nMWS Auth Token: amzn.mws.4d5e6f70-8192-4a3b-9c4d-5e6f70819203`,
    );
    const card = popup.getByTestId('account').filter({ hasText: SELLER3 });
    const italy = card.getByRole('group', { name: 'Italy', exact: true });
    await pressConnect(italy);
    await italy.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
    await italy.getByRole('button', { name: 'Disconnect' }).click();
    await italy.getByRole('group').getByRole('button', { name: 'Disconnect' }).click();
    await italy.getByTestId('status').getByText('Disconnected').waitFor();
    await card.getByText('Not connected yet: Germany, France', { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Connect all' }).click();
    for (const country of ['Germany', 'France']) {
      const row = card.getByRole('group', { name: country, exact: true });
      await row.getByTestId('status').getByText('Connected', { exact: true }).waitFor({ timeout: 10_000 });
    }
    assert.equal(await italy.getByTestId('status').textContent(), 'Disconnected');
    const atPlatform = (await sandbox.state()).integrations.filter((i) => i.seller_id === SELLER3);
    assert.deepEqual(atPlatform.map((i) => i.marketplace_id).sort(), ['A13V1IB3VIYZZH', 'A1PA6795UKMFR9']);
    // Italy can still be connected on its own (the token stays for it, the only country not at the platform).
    await italy.getByText('Connect this country…').waitFor();
    await popup.close();
  });
});

/**
 * Captures the Italian credentials page, saves Sendcloud keys and presses Connect for Italy in a popup
 * (opened in a tab), which then shows the hand-off to Sendcloud's panel; the popup stays open.
 */
async function handItalyToSendcloud(session) {
  await capture(session, 'credentials-table-it', SELLER);
  await saveSendcloudKeys(session, 'sendcloud-public', 'sendcloud-secret');
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl('popup.html'));
  const italy = popup.locator('[data-testid="marketplace"][data-marketplace="APJ6JRA9NG5V4"]');
  await italy.getByText('Connect this country…').click();
  await italy.getByRole('button', { name: 'Connect', exact: true }).click();
  const handoff = italy.getByTestId('sendcloud-handoff');
  await handoff.getByText('Finish in Sendcloud').waitFor();
  return { popup, italy, handoff };
}

describe('handing a marketplace to Sendcloud, whose panel creates the integration', () => {
  const session = browserForSuite({ locale: 'en-US' });
  /** An Amazon integration as Sendcloud's v2 list shows it. */
  const amazon = (id, shopName) => ({
    id,
    shop_name: shopName,
    system: 'amazon',
    failing_since: null,
    last_fetch: null,
  });

  it('links the integration the seller created under another shop name, once they say which it is', async () => {
    // Sendcloud's API as the background meets it: an Amazon integration named by the seller, not by
    // ShipBridge, another kind of webshop, and the PATCH that sets the order-status option.
    const patched = [];
    let answerPatch;
    const patchAnswered = new Promise((resolve) => {
      answerPatch = resolve;
    });
    await session.context.route('https://panel.sendcloud.sc/**', async (route) => {
      const request = route.request();
      if (request.method() === 'PATCH') {
        patched.push({ url: request.url(), body: request.postDataJSON() });
        await patchAnswered; // Sendcloud takes its time: the popup says it is linking meanwhile
        return route.fulfill({ status: 200, contentType: 'application/json', body: '{}' });
      }
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify([
          { id: 70, shop_name: 'Amazon US', system: 'amazon', failing_since: null, last_fetch: '2026-05-01T10:00:00Z' },
          { id: 71, shop_name: 'Amazon Italia', system: 'amazon', failing_since: null, last_fetch: null },
          { id: 72, shop_name: 'My Shopify', system: 'shopify', failing_since: null, last_fetch: null },
        ]),
      });
    });
    const { popup, italy, handoff } = await handItalyToSendcloud(session);
    // Each copy button is named after its value and says when it has copied it (once the browser's
    // clipboard has taken it).
    await handoff.getByRole('button', { name: 'Copy: Seller ID', exact: true }).click();
    await handoff.getByRole('button', { name: 'Copied: Seller ID', exact: true }).waitFor();
    // No integration of the shop name ShipBridge gave: the unlinked Amazon one is offered, the webshop not.
    const candidates = handoff.getByTestId('handoff-candidates');
    await candidates.getByText('Amazon Italia').waitFor();
    assert.equal(await candidates.getByText('My Shopify').count(), 0);
    // The one just created comes first and says so; an older one says when it last imported.
    const offered = await candidates.getByRole('listitem').allInnerTexts();
    assert.equal(offered.length, 2);
    assert.equal(offered[0], 'Amazon Italia\nNo orders imported yet\nUse for Italy');
    assert.match(offered[1], /^Amazon US\nLast sync (Apr 30|May 1), 2026, \d{1,2}:\d{2}\s?[AP]M\nUse for Italy$/);
    await candidates.getByRole('listitem').first().getByRole('button', { name: 'Use for Italy' }).click();
    // While Sendcloud answers: the pressed one says so, and neither can be pressed (one link at a time).
    await candidates.getByRole('listitem').first().getByRole('button', { name: 'Linking…', disabled: true }).waitFor();
    assert.equal(await candidates.getByRole('button', { name: 'Use for Italy', disabled: true }).count(), 1);
    answerPatch();

    await italy.getByTestId('status').getByText('Connected', { exact: true }).waitFor();
    assert.equal(await italy.getByTestId('sendcloud-handoff').count(), 0);
    const stored = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'APJ6JRA9NG5V4');
    assert.equal(stored.remoteId, '71');
    assert.deepEqual(patched, [
      { url: 'https://panel.sendcloud.sc/api/v3/integrations/71', body: { feedback_type: 'eager' } },
    ]);
    await popup.close();
  });

  it('finds a connection the seller removed and made again in Sendcloud’s panel by its shop name', async () => {
    // Italy as the test before left it: linked to Sendcloud's integration 71.
    let listed = [amazon(71, 'Amazon Italia')];
    await session.context.unroute('https://panel.sendcloud.sc/**');
    await session.context.route('https://panel.sendcloud.sc/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(listed) }),
    );
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const italy = popup.locator('[data-testid="marketplace"][data-marketplace="APJ6JRA9NG5V4"]');
    const status = (text) => italy.getByTestId('status').getByText(text, { exact: true });
    await status('Connected').waitFor();
    const { shopName } = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'APJ6JRA9NG5V4');

    listed = []; // removed in Sendcloud's panel
    await popup.reload();
    await status('Disconnected').waitFor();
    assert.equal(
      await italy.getByTestId('ended-recreate').textContent(),
      `Made it again in Sendcloud’s panel yourself? Under the shop name “${shopName}” ShipBridge finds it and shows it connected.`,
    );

    listed = [amazon(95, ` ${shopName.toUpperCase()}`)]; // made again there, typed a little differently
    await popup.reload();
    await status('Connected').waitFor();
    assert.equal(await italy.getByTestId('ended-recreate').count(), 0);
    const stored = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'APJ6JRA9NG5V4');
    assert.equal(stored.remoteId, '95');
    await popup.close();
  });

  it('keeps a country as it was when the keys saved are another Sendcloud account’s, and says so', async () => {
    // Italy as the test before left it: connected, Sendcloud's integration 95, found with the keys "…blic".
    const { shopName } = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'APJ6JRA9NG5V4');
    const accounts = {
      'sendcloud-public': [amazon(95, shopName)],
      'other-account-key9': [amazon(400, 'Another Shop DE')],
    };
    await session.context.unroute('https://panel.sendcloud.sc/**');
    await session.context.route('https://panel.sendcloud.sc/**', (route) => {
      const auth = route.request().headers().authorization ?? '';
      const user = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
        .toString()
        .split(':')[0];
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(accounts[user] ?? []),
      });
    });
    // Typed and tested in the settings: the test says at once that these keys cannot see Italy.
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByLabel('Public key').fill('other-account-key9');
    await options.getByLabel('Secret key').fill('other-account-secret');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await options
      .getByTestId('backend-status')
      .getByText(
        'Connected to Sendcloud (1 Amazon). These keys cannot see a connection that the keys saved before found: they are probably another account’s. The toolbar popup shows which.',
        { exact: true },
      )
      .waitFor();
    await options.close();
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const italy = popup.locator('[data-testid="marketplace"][data-marketplace="APJ6JRA9NG5V4"]');
    await italy.getByText('ShipBridge cannot see this connection with the keys saved now', { exact: false }).waitFor();
    // Its status is not known with these keys: not "Connected", not "Disconnected".
    assert.equal(await italy.getByTestId('status').textContent(), 'Status unknown');
    assert.equal(
      await italy.getByTestId('seen-with-keys').textContent(),
      'It was last found with the keys ending in “…blic”.',
    );
    // Moved to that account on purpose? Made again in its panel, the country is found by its shop name.
    await italy.getByTestId('ended-recreate').waitFor();
    const stored = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'APJ6JRA9NG5V4');
    assert.deepEqual([stored.status, stored.remoteId, stored.problem], ['connected', '95', 'other_keys']);
    assert.deepEqual(Object.keys(await inBackground(session, () => chrome.notifications.getAll())), []);

    await saveSendcloudKeys(session, 'sendcloud-public', 'sendcloud-secret'); // the right ones again
    await popup.reload();
    await italy.getByTestId('status').getByText('Connected', { exact: true }).waitFor();
    await popup.waitForFunction(() => !document.querySelector('[data-testid="seen-with-keys"]'));
    assert.equal(await italy.getByText('ShipBridge cannot see', { exact: false }).count(), 0);
    await popup.close();
  });
});

describe("filling Sendcloud's connect form from the popup opened on that tab", () => {
  const session = browserForSuite({ locale: 'en-US' });
  const FILL = 'Fill the Sendcloud form in this tab';
  const formOf = (tab) =>
    tab.evaluate(() => ({
      name: document.getElementById('sc-name').value,
      seller: document.getElementById('sc-seller').value,
      market: document.getElementById('sc-market').value,
      token: document.getElementById('sc-token').value,
      submitted: document.body.dataset.submitted ?? null,
    }));
  /** What the popup's Sendcloud hand-off says and offers, once it shows. */
  const handoffIn = (popup) =>
    popup.waitFor(() => {
      const handoff = document.querySelector('[data-testid="sendcloud-handoff"]');
      return (
        handoff && {
          steps: handoff.querySelector('p.muted')?.textContent,
          controls: [...handoff.querySelectorAll(':scope > a, :scope > button')].map((c) => c.textContent),
        }
      );
    });
  /** Presses the fill button of the popup's Sendcloud hand-off and returns what the popup then says. */
  const pressFill = async (popup) => {
    await popup.waitFor((name) => {
      const handoff = document.querySelector('[data-testid="sendcloud-handoff"]');
      const button = [...(handoff?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);
      button?.click();
      return Boolean(button);
    }, FILL);
    return popup.waitFor(
      () => document.querySelector('[data-testid="sendcloud-handoff"] [role="status"]')?.textContent,
    );
  };
  /** Serves `html` at `url` (a page the test site does not have) and opens it in a tab. */
  const openAt = async (url, html) => {
    await session.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const tab = await session.context.newPage();
    await tab.goto(url);
    return tab;
  };

  let shopName;
  before(async () => {
    // Sendcloud's API has no integration for Italy yet: the seller creates it in the panel.
    await session.context.route('https://panel.sendcloud.sc/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }),
    );
    const { popup, handoff } = await handItalyToSendcloud(session);
    // Opened anywhere but on Sendcloud's panel (here: in a tab of its own), the popup says how to get there.
    await handoff.getByRole('link', { name: 'Open Sendcloud integrations' }).waitFor();
    await handoff
      .getByText('then open ShipBridge again on that tab: it fills in the form for you', { exact: false })
      .waitFor();
    assert.equal(await handoff.getByRole('button', { name: FILL }).count(), 0);
    await popup.close();
    shopName = (await readStore(session, 'integrations')).find((i) => i.marketplaceId === 'APJ6JRA9NG5V4').shopName;
  });

  it('fills the shop name, Seller ID, country and token, and leaves Connect to the seller', async () => {
    const sendcloud = await session.context.newPage();
    await sendcloud.goto(sitePage('sendcloud-connect-en').url);
    const popup = await openActionPopup(session, sendcloud);
    assert.deepEqual(await handoffIn(popup), {
      steps:
        'This tab is Sendcloud’s panel. On its Amazon connect form (Amazon > Connect), ShipBridge fills in these values for you: check them, then press Connect in Sendcloud yourself. ShipBridge notices when it is done.',
      controls: [FILL],
    });
    assert.equal(await pressFill(popup), 'Filled 4 fields. Check them, then press Connect in Sendcloud yourself.');
    assert.deepEqual(await formOf(sendcloud), {
      name: shopName,
      seller: SELLER,
      market: 'it',
      token: TOKEN,
      submitted: null,
    });
    await popup.close();
    await sendcloud.close();
  });

  it('says so when the Sendcloud tab shows no Amazon connect form', async () => {
    const overview = await openAt(
      'https://app.sendcloud.com/v2/settings/integrations/manage',
      '<!doctype html><title>Integrations</title><h1>Integrations</h1><input aria-label="Search" />',
    );
    const popup = await openActionPopup(session, overview);
    assert.equal(
      await pressFill(popup),
      'No Amazon connect form in this tab. In Sendcloud, choose Amazon > Connect, then try again.',
    );
    assert.equal(await overview.locator('input').inputValue(), '');
    await popup.close();
    await overview.close();
  });

  it('offers nothing to fill on a tab that is not Sendcloud’s panel, even one that looks like it', async () => {
    // The same form at a look-alike address: the toolbar press grants ShipBridge that tab too.
    const html = await readFile(new URL('../site/pages/sendcloud-connect-en.html', import.meta.url), 'utf8');
    const lookalike = await openAt(
      'https://app.sendcloud.com.example.net/v2/settings/integrations/amazon/connect',
      html,
    );
    const popup = await openActionPopup(session, lookalike);
    assert.deepEqual((await handoffIn(popup)).controls, ['Open Sendcloud integrations']);
    assert.deepEqual(await formOf(lookalike), { name: '', seller: '', market: '', token: '', submitted: null });
    await popup.close();
    await lookalike.close();
  });
});
