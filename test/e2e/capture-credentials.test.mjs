import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { secretsInProfile } from '../disk.mjs';
import { page as sitePage } from '../site/pages.mjs';
import { accessibleControls, eventually, launch, readStore, saveSendcloudKeys, unnamedControls } from './harness.mjs';
import { clickShadowButton, shadowText } from './page-ui.mjs';
import { browserForSuite } from './suite.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TOKEN = 'amzn.mws.8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d1a2b';
const SESSION_MARK = 'session-mark-4f1c9e';
const PASTED = 'amzn.mws.77aa0c3e-5d21-4f6b-9c80-e1f2a3b4c5d6';

async function accountFor(session, sellerId) {
  return eventually(async () => (await readStore(session, 'accounts')).find((a) => a.sellerId === sellerId));
}

async function pageStorage(tab) {
  return tab.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookies: document.cookie,
  }));
}

describe('capture-credentials in Chromium', () => {
  const session = browserForSuite({ locale: 'en-US' });

  it('captures the English text layout and confirms on the page', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-text-en').url);
    const account = await accountFor(session, 'A3KXQ7ZP2N5VJ8');
    assert.deepEqual(account.marketplaceIds, ['A2EUQ1WTGCTBG2', 'ATVPDKIKX0DER', 'A1AM78C64UM0Y8']);
    assert.equal(account.region, 'NA');
    assert.equal(account.accountName, 'Bottega Rossi LLC');
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    const panel = await shadowText(tab, 'shipbridge-panel');
    assert.match(panel, /Saved by ShipBridge: seller A3KXQ7ZP2N5VJ8, 3 marketplaces, token …5f60/);
    // The next step, not advice to keep the token somewhere.
    assert.match(panel, /Next: open ShipBridge from the browser toolbar and connect this account/);
    assert.ok(!panel.includes('3f1c2a9e'), 'the token is masked on the page');
    // Laid out as a readable card in the top-right corner, not squeezed into a column.
    const box = await tab.evaluate(() => {
      const r = document.querySelector('shipbridge-panel').getBoundingClientRect();
      return { width: r.width, height: r.height, right: innerWidth - r.right, top: r.top };
    });
    assert.ok(box.width >= 300 && box.width <= 380, `panel width ${box.width}`);
    assert.ok(box.height <= 320, `panel height ${box.height}`);
    assert.ok(box.right >= 8 && box.right <= 24 && box.top >= 8 && box.top <= 24, JSON.stringify(box));
    // Its buttons say what they do to a screen reader, each copy button which value it copies (the page has
    // no unnamed control of its own).
    assert.deepEqual(await unnamedControls(session, tab), []);
    await clickShadowButton(tab, 'shipbridge-panel', 'Show the values to copy');
    const buttons = async () =>
      (await accessibleControls(session, tab)).filter((c) => c.role === 'button').map((c) => c.name);
    await eventually(async () => (await buttons()).includes('Copy: Seller ID'));
    assert.deepEqual(await buttons(), [
      'Copy: Seller ID',
      'Copy: Marketplace CA',
      'Copy: Marketplace US',
      'Copy: Marketplace MX',
      'Copy: Token',
      'Close',
    ]);
    assert.deepEqual(await pageStorage(tab), { local: 0, session: 0, databases: 0, cookies: '' });
    await tab.close();
  });

  it('captures the Italian tables with five marketplaces and keeps hostile markup as text', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-table-it').url);
    const account = await accountFor(session, 'A1B2C3D4E5F6G7');
    assert.equal(account.marketplaceIds.length, 5);
    assert.match(account.accountName, /^<img src=x onerror=/);
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const card = popup.getByTestId('account').filter({ hasText: 'A1B2C3D4E5F6G7' });
    await card.waitFor();
    assert.equal(await card.getByTestId('countries').textContent(), 'Italy, Germany, France, Spain, United Kingdom');
    assert.equal(await card.locator('h3').textContent(), account.accountName);
    assert.equal(await popup.locator('img').count(), 0);
    assert.notEqual(await tab.title(), 'pwned');
    await popup.close();
    await tab.close();
  });

  it('captures a token shown only in a read-only input (French)', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-readonly-fr').url);
    const account = await accountFor(session, 'A2QWERTY12345Z');
    assert.deepEqual(account.marketplaceIds, ['A13V1IB3VIYZZH']);
    await tab.close();
  });

  it('captures the German dialog that removes itself after a second', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-dialog-de').url);
    const account = await accountFor(session, 'A9ZZ8YY7XX6WW5');
    assert.equal(account.accountName, 'Müller Versand GmbH');
    await tab.waitForFunction(() => document.body.dataset.dialogRemovedAt);
    await tab.close();
  });

  it('captures what a Katal component renders once its library has loaded, late', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-late-katal-en').url);
    const account = await accountFor(session, 'A6LATE7KATAL8Q');
    assert.deepEqual(account.marketplaceIds, ['A1F83G8C2ARO7P']);
    assert.equal(account.region, 'EU');
    const definedAt = Number(await tab.evaluate(() => document.body.dataset.definedAt));
    assert.ok(definedAt > 0, 'the component was defined after the page loaded');
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    assert.match(
      await shadowText(tab, 'shipbridge-panel'),
      /Saved by ShipBridge: seller A6LATE7KATAL8Q, 1 marketplace, token/,
    );
    await tab.close();
  });

  it('captures an SP-API refresh token as its own kind of authorization', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('refresh-token-en').url);
    const account = await accountFor(session, 'A7HQ2W9Z4K1M3N');
    assert.equal(account.authorizationType, 'sp_api_refresh_token');
    assert.equal(account.appId, 'amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b');
    await tab.close();
  });

  it('reads a token a Katal dialog shows on a big page of the flow, at load and later in its shadow root', async () => {
    const byId = async (id) => eventually(async () => (await readStore(session, 'accounts')).find((a) => a.id === id));
    // Over 3,000 elements: a page this big elsewhere is not walked for shadow roots.
    const tab = await session.context.newPage();
    await tab.goto(sitePage('refresh-token-katal-big-en').url);
    const atLoad = await byId('EU:A5BIGPAGE7KAT2');
    assert.equal(atLoad.authorizationType, 'sp_api_refresh_token');
    assert.equal(atLoad.appId, null, 'the console lists 301 apps and the dialog names none');
    await tab.goto(sitePage('refresh-token-katal-big-late-en').url);
    await tab.waitForFunction(() => document.body.dataset.shownAt);
    const later = await byId('NA:A5BIGPAGE7KAT2');
    assert.deepEqual(later.marketplaceIds, ['A2EUQ1WTGCTBG2']);
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    assert.match(await shadowText(tab, 'shipbridge-panel'), /Saved by ShipBridge: seller A5BIGPAGE7KAT2/);
    await tab.close();
  });

  it('adds nothing on a revisit, and nothing from sample values, forged messages or frames', async () => {
    const before = await readStore(session, 'accounts');
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-text-en').url);
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    await tab.goto(sitePage('help-samples').url);
    await tab.evaluate(() => {
      const block =
        'Seller ID: A5FORGED12345Z\nMarketplace ID: ATVPDKIKX0DER (Amazon.com)\nMWS Auth Token: amzn.mws.99999999-8888-4777-8666-555555555555';
      window.postMessage({ type: 'page:credentials', payload: { sellerId: 'A5FORGED12345Z' } }, '*');
      const frame = document.createElement('iframe');
      frame.srcdoc = `<pre>${block}</pre>`;
      document.body.append(frame);
      return typeof chrome === 'undefined' || typeof chrome.runtime?.sendMessage !== 'function';
    });
    await sleep(1500);
    assert.deepEqual(await readStore(session, 'accounts'), before);
    await tab.close();
  });

  it('deletes one account from the popup and saves a pasted block', async () => {
    const popup = await session.context.newPage();
    // The popup's first render already shows the cards with their marketplaces (read before it), not a
    // loading line followed by the cards and then their connections.
    await popup.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('main')) return;
        window.firstRender = document.querySelectorAll('[data-testid=account] [data-testid=marketplace]').length;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.waitForFunction(() => window.firstRender !== undefined);
    assert.ok((await popup.evaluate(() => window.firstRender)) > 0, 'cards and marketplaces in the first render');
    const card = popup.getByTestId('account').filter({ hasText: 'A2QWERTY12345Z' });
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('group', { name: 'Delete this account' }).getByRole('button', { name: 'Delete' }).click();
    await card.waitFor({ state: 'detached' });
    // The focused button went with the card: focus is on the accounts' heading, not lost to the page's top.
    const focusedHeading = () =>
      popup.evaluate(() => (document.activeElement?.matches('h2') ? document.activeElement.textContent : null));
    assert.equal(await eventually(focusedHeading), 'Captured accounts');
    assert.equal(
      (await readStore(session, 'accounts')).some((a) => a.sellerId === 'A2QWERTY12345Z'),
      false,
    );
    assert.equal(
      (await readStore(session, 'secrets')).some((s) => s.id.endsWith('A2QWERTY12345Z')),
      false,
    );

    await popup.getByText('Paste the credentials yourself').click();
    await popup
      .getByLabel('Credentials text')
      .fill(
        'Seller ID: A4PASTED12345Q\nMarketplace ID: A1805IZSGTT6HS (Amazon.nl)\nMWS Auth Token: amzn.mws.12345678-aaaa-4bbb-8ccc-1234567890ab',
      );
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('Saved: seller A4PASTED12345Q, 1 marketplace.').waitFor();
    await popup.getByTestId('account').filter({ hasText: 'A4PASTED12345Q' }).waitFor();
    await popup.close();
  });
});

describe('secrets on disk', () => {
  it('leaves no token or key in any file of the browser profile after the browser closes', async () => {
    const session = await launch({ locale: 'en-US' });
    try {
      const tab = await session.context.newPage();
      await tab.goto(sitePage('credentials-table-it').url);
      await accountFor(session, 'A1B2C3D4E5F6G7');
      // Keys for the shipping platform, saved (encrypted) in the options page.
      await saveSendcloudKeys(session, 'sc-public-5e7a1f93c2', 'sc-secret-0b4d8e2a61');
      // A block pasted into the popup, opened in a tab, and not saved: the browser keeps what a tab's
      // fields hold for session restore, unless the field says otherwise.
      const popup = await session.context.newPage();
      await popup.goto(session.extensionUrl('popup.html'));
      await popup.getByText('Paste the credentials yourself').click();
      await popup.getByLabel('Credentials text').fill(`MWS Auth Token: ${PASTED}`);
      // The control: a plain textarea added to the same page, typed into after the paste. Found in the session
      // file below, it shows that the browser wrote this page's fields there (it takes them from the page a
      // moment after a change), so the token's absence means something. (React's inputs are not written:
      // React keeps their value attribute equal to their value.)
      await popup.evaluate(() =>
        document.body.append(Object.assign(document.createElement('textarea'), { id: 'control' })),
      );
      await popup.locator('#control').fill(SESSION_MARK);
      await sleep(3000);
      await session.closeBrowser();
      const secrets = [TOKEN, PASTED, 'sc-public-5e7a1f93c2', 'sc-secret-0b4d8e2a61'];
      const sessions = await secretsInProfile(join(session.profile, 'Default/Sessions'), [SESSION_MARK]);
      assert.ok(
        sessions.found.length > 0,
        'the control field is not in the session file: the check below would prove nothing',
      );
      const { scanned, found } = await secretsInProfile(session.profile, secrets);
      assert.deepEqual(found, []);
      assert.ok(scanned > 20, `scanned only ${scanned} files`);
    } finally {
      await session.close();
    }
  });
});
