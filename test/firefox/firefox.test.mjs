// The Firefox build in real Firefox: installs, and does its main jobs on Seller Central pages (event page
// background, IndexedDB, the vault's WebCrypto, closed shadow roots, page texts from storage).
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { secretsInProfile } from '../disk.mjs';
import { startSandbox } from '../sandbox/server.mjs';
import { page as sitePage } from '../site/pages.mjs';
import { EXTENSION_UUID, FIREFOX_BUILD, launchFirefox, ROOT } from './bidi.mjs';

const popupUrl = `moz-extension://${EXTENSION_UUID}/popup.html`;

/** Session restore's files in `profile`, each with its size and age ("sessionstore-backups/recovery.jsonlz4 1454 B 0.8 s"). */
async function sessionFiles(profile) {
  const found = [];
  for (const dir of ['', 'sessionstore-backups']) {
    const names = await readdir(join(profile, dir)).catch(() => []);
    for (const name of names.filter((n) => n.includes('lz4'))) {
      const { size, mtimeMs } = await stat(join(profile, dir, name));
      found.push(`${join(dir, name)} ${size} B ${((Date.now() - mtimeMs) / 1000).toFixed(1)} s`);
    }
  }
  return found;
}

describe('the Firefox build in Firefox', () => {
  let firefox;
  before(async () => {
    firefox = await launchFirefox();
  });
  after(() => firefox?.close());

  it('installs on a Firefox at least as new as the manifest asks, and serves a tab opened before', async () => {
    const manifest = JSON.parse(await readFile(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    const minimum = Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
    const version = Number(await firefox.firefoxVersion());
    assert.ok(version >= minimum, `Firefox ${version} is older than strict_min_version ${minimum}`);
    // The seller has the form open when ShipBridge arrives: it is filled without a reload, and only once
    // (a Japanese page: ShipBridge speaks English there).
    await firefox.goto(sitePage('authorize-classic-ja').url);
    assert.deepEqual(await firefox.install(), { extension: manifest.browser_specific_settings.gecko.id });
    await firefox.until(
      () => firefox.evaluate(`document.getElementById('appDevMWSAccountId').value === '3244-7764-4129'`),
      'the developer ID in the tab opened before the install',
    );
    await firefox.sleep(1500);
    assert.equal(await firefox.evaluate(`document.querySelectorAll('shipbridge-panel').length`), 1);
    assert.match(await firefox.uiText('shipbridge-panel'), /ShipBridge filled in the developer for you/);
  });

  it('fills the Italian authorize form and tells the seller so, in Italian', async () => {
    await firefox.goto(sitePage('authorize-classic-it').url);
    const values = () =>
      firefox.evaluate(
        `[document.getElementById('applicationName').value, document.getElementById('appDevMWSAccountId').value]`,
      );
    await firefox.until(async () => (await values())[1] === '3244-7764-4129', 'the developer ID');
    assert.deepEqual(await values(), ['SendCloud', '3244-7764-4129']);
    assert.match(await firefox.uiText('shipbridge-panel'), /ShipBridge ha inserito lo sviluppatore per te: SendCloud/);
    // The page's own scripts cannot reach the panel.
    assert.equal(await firefox.evaluate(`document.querySelector('shipbridge-panel').shadowRoot`), null);
  });

  it('keeps its panel when the same texts are written again (Firefox reports unchanged keys too)', async () => {
    await firefox.goto(sitePage('authorize-classic-it').url);
    await firefox.until(() => firefox.evaluate(`document.querySelector('shipbridge-panel') !== null`), 'the panel');
    await firefox.evaluate(`(window.panelBefore = document.querySelector('shipbridge-panel')) !== null`);
    // What the background does at every browser start, from an extension page in another tab.
    const written = await firefox.evaluateInTab(
      popupUrl,
      `browser.storage.local.get('pageStrings.it').then((texts) => browser.storage.local.set(texts)).then(() => true)`,
    );
    assert.equal(written, true);
    await firefox.sleep(500);
    // Started again, the features would have put up a new panel (and reopened one the seller had closed).
    assert.equal(await firefox.evaluate(`document.querySelector('shipbridge-panel') === window.panelBefore`), true);
    assert.equal(await firefox.evaluate(`document.querySelectorAll('shipbridge-panel').length`), 1);
  });

  it('captures the credentials screens (a table, a dialog gone after a second), and the popup lists them', async () => {
    await firefox.goto(sitePage('credentials-table-it').url);
    const panel = await firefox.until(async () => {
      const text = await firefox.uiText('shipbridge-panel');
      return /Salvato da ShipBridge/.test(text) && text;
    }, 'the saved confirmation');
    assert.match(panel, /venditore A1B2C3D4E5F6G7, 5 marketplace, token …1a2b/);
    // A dialog that shows the token inside a component's shadow root and removes itself after a second.
    await firefox.goto(sitePage('credentials-dialog-de').url);
    await firefox.until(() => firefox.evaluate('document.body.dataset.dialogRemovedAt'), 'the dialog to go');
    assert.match(await firefox.uiText('shipbridge-panel'), /Von ShipBridge gespeichert: Verkäufer A9ZZ8YY7XX6WW5/);
    await firefox.goto(popupUrl);
    await firefox.until(async () => {
      const text = await firefox.evaluate('document.body.innerText');
      return /A1B2C3D4E5F6G7/.test(text) && /A9ZZ8YY7XX6WW5/.test(text);
    }, 'both accounts in the popup');
    // The popup shows only the token's last characters (the token itself stays in the encrypted vault).
    assert.doesNotMatch(await firefox.evaluate('document.body.innerText'), /8c2d4e6f-1a3b/);
  });

  it('flags a listing without a shipping weight', async () => {
    await firefox.goto(
      `${sitePage('listing-editor-missing-en').url}?marketplaceID=ATVPDKIKX0DER&sku=SKU-RED-MUG&asin=B00RED0001`,
    );
    const note = await firefox.until(() => firefox.uiText('shipbridge-note'), 'the note');
    assert.match(note, /No shipping weight: orders of this listing will not import/);
    await firefox.goto(popupUrl);
    await firefox.until(
      async () => /1 listing in United States/.test(await firefox.evaluate('document.body.innerText')),
      'the listing in the popup',
    );
  });

  it('fills the Katal form (components the page defines) after in-page navigation', async () => {
    // Firefox content scripts see page objects through Xray wrappers, not as Chromium's isolated world
    // does: the page's own component state must still end up holding the values.
    await firefox.goto(sitePage('authorize-katal-de').url);
    await firefox.evaluate(`document.getElementById('authorize-new-developer').click()`);
    const values = () =>
      firefox.evaluate(
        `['developer_name', 'developer_id'].map((n) => document.querySelector('kat-input[name=' + n + ']')?.value)`,
      );
    await firefox.until(async () => (await values())[1] === '3244-7764-4129', 'the developer ID');
    await firefox.sleep(1000);
    assert.deepEqual(await values(), ['SendCloud', '3244-7764-4129']);
    await firefox.evaluate(`document.getElementById('katal-next').click()`);
    await firefox.until(
      () => firefox.evaluate(`document.querySelectorAll('shipbridge-note').length === 2`),
      'the agreement notes',
    );
    await firefox.sleep(500);
    assert.deepEqual(await firefox.evaluate(`[...document.querySelectorAll('kat-checkbox')].map((b) => b.checked)`), [
      false,
      false,
    ]);
  });

  it('fills a Katal form on a big page whose component library arrives late, and reads a token in a shadow root', async () => {
    await firefox.goto(sitePage('authorize-katal-big-late-en').url);
    const values = () =>
      firefox.evaluate(
        `['developerName', 'developerId'].map((n) => document.querySelector('kat-input[name=' + n + ']')?.value)`,
      );
    await firefox.until(async () => (await values())[1] === '3244-7764-4129', 'the developer ID');
    assert.deepEqual(await values(), ['SendCloud', '3244-7764-4129']);
    await firefox.goto(sitePage('refresh-token-katal-big-late-en').url);
    const saved = await firefox.until(async () => {
      const text = await firefox.uiText('shipbridge-panel');
      return /Saved by ShipBridge/.test(text) && text;
    }, 'the confirmation of the token rendered late inside the dialog');
    assert.match(saved, /seller A5BIGPAGE7KAT2/);
  });

  it('checks an inventory report on the options page (its Web Worker runs in Firefox too)', async () => {
    await firefox.goto(`moz-extension://${EXTENSION_UUID}/options.html`);
    await firefox.until(() => firefox.evaluate(`!!document.getElementById('report-file')`), 'the options page');
    await firefox.setFile('#report-file', join(ROOT, 'test/site/reports/listings-en.txt'));
    const status = () => firefox.evaluate(`document.querySelector('[data-testid=report-status]').innerText`);
    await firefox.until(
      async () => /United Kingdom: 2 of 3 listings have no shipping weight/.test(await status()),
      'the result',
    );
    assert.match(await status(), /Germany: 1 of 2 listings has no shipping weight/);
  });

  it('marks the flagged row of a 5,000-row inventory page (the script starts there before parsing)', async () => {
    await firefox.goto(
      `${sitePage('listing-editor-missing-en').url}?marketplaceID=ATVPDKIKX0DER&sku=SKU-00042&asin=B00RED0001`,
    );
    await firefox.until(() => firefox.uiText('shipbridge-note'), 'the note');
    await firefox.goto(`${sitePage('inventory-5000-en').url}?viewId=FBA`);
    const rows = () =>
      firefox.evaluate(`[...document.querySelectorAll('[data-shipbridge-missing-weight]')].map((r) => r.dataset.row)`);
    await firefox.until(async () => (await rows()).length > 0, 'a marked row');
    assert.deepEqual(await rows(), ['42']);
    assert.match(await firefox.uiText('shipbridge-panel'), /1 listing on this page has no shipping weight/);
  });

  it('leaves a look-alike host alone', async () => {
    await firefox.goto(sitePage('lookalike-credentials').url);
    await firefox.sleep(1500);
    assert.equal(await firefox.evaluate(`document.querySelectorAll('shipbridge-panel, shipbridge-note').length`), 0);
  });

  it('declares what it sends, hands a country to a Connector API server from the event page, follows no redirect, and shows a failing country on its button', async () => {
    const sandbox = await startSandbox({ token: 'ff-conn-7c1e93b2a5d84f06' });
    const elsewhere = await startSandbox({ token: 'ff-conn-7c1e93b2a5d84f06' }); // where a redirect would lead
    try {
      // What it sends the platform is declared, and Firefox took the declaration (it drops unknown kinds).
      const granted = await firefox.evaluateInTab(popupUrl, 'browser.permissions.getAll()');
      assert.deepEqual(granted.data_collection?.sort(), ['authenticationInfo', 'personallyIdentifyingInfo']);
      // …and explained in the privacy policy the listing links to.
      const policy = await readFile(join(ROOT, 'PRIVACY.md'), 'utf8');
      for (const kind of granted.data_collection) assert.ok(policy.includes(`\`${kind}\``), kind);
      const send = (type, payload) => `browser.runtime.sendMessage(${JSON.stringify({ type, payload })})`;
      const configure = `browser.storage.local.get('settings')
        .then(({ settings }) => browser.storage.local.set({
          settings: { ...settings, backend: 'connector', connectorUrl: ${JSON.stringify(sandbox.url)} } }))
        .then(() => ${send('ui:saveBackendKeys', { connectorToken: 'ff-conn-7c1e93b2a5d84f06' })})`;
      await firefox.evaluateInTab(popupUrl, configure);
      await sandbox.setFaults({ redirectNext: 1, redirectTo: elsewhere.url });
      const redirected = await firefox.evaluateInTab(popupUrl, send('ui:testConnection', {}));
      assert.deepEqual(redirected, { ok: true, data: { ok: false, problem: 'redirected', message: null } });
      assert.deepEqual((await elsewhere.state()).requests, []);
      const tested = await firefox.evaluateInTab(popupUrl, send('ui:testConnection', {}));
      assert.deepEqual(tested, { ok: true, data: { ok: true, data: { accountName: 'Bottega Rossi Srl', unseen: 0 } } });

      // Italy of the account the capture test saved, from the popup's Connect (the same message).
      const item = {
        accountId: 'EU:A1B2C3D4E5F6G7',
        marketplaceId: 'APJ6JRA9NG5V4',
        shopName: 'Bottega Rossi IT',
        importPackageWeight: true,
        orderStatusUpdate: 'on_announcement',
      };
      assert.deepEqual(await firefox.evaluateInTab(popupUrl, send('ui:connect', { items: [item] })), {
        ok: true,
        data: { queued: 1 },
      });
      const made = await firefox.until(
        async () => (await sandbox.state()).integrations.find((i) => i.marketplace_id === 'APJ6JRA9NG5V4'),
        'the integration at the server',
      );
      assert.equal(made.seller_id, 'A1B2C3D4E5F6G7');
      await firefox.goto(popupUrl);
      await firefox.until(
        () =>
          firefox.evaluate(
            `[...document.querySelectorAll('[data-marketplace="APJ6JRA9NG5V4"] [data-testid=status]')].some((s) => s.textContent === 'Connected')`,
          ),
        'Italy connected in the popup',
      );
      // The platform reports Italy failing: the toolbar button says so after a status read, until it works.
      const button = `Promise.all([browser.action.getBadgeText({}), browser.action.getTitle({})])`;
      await sandbox.patchIntegration({ id: made.id, status: 'failing' });
      await firefox.evaluateInTab(popupUrl, send('ui:refreshStatus', {}));
      assert.deepEqual(await firefox.evaluateInTab(popupUrl, button), ['!', 'ShipBridge\n1 connection failing: Italy']);
      await sandbox.patchIntegration({ id: made.id, status: 'connected' });
      await firefox.evaluateInTab(popupUrl, send('ui:refreshStatus', {}));
      assert.deepEqual(await firefox.evaluateInTab(popupUrl, button), ['', 'ShipBridge']);
    } finally {
      await sandbox.close();
      await elsewhere.close();
    }
  });

  // Next to last: it takes Seller Central away from the extension.
  it('tells the seller when Seller Central access is withdrawn, instead of silently doing nothing', async () => {
    await firefox.goto(popupUrl);
    const popupText = () => firefox.evaluate('document.body.innerText');
    await firefox.until(async () => /A1B2C3D4E5F6G7/.test(await popupText()), 'the popup');
    assert.doesNotMatch(await popupText(), /not allowed on Seller Central/);
    // What the seller does in the add-ons manager (Permissions tab), done through the API.
    assert.equal(
      await firefox.evaluate(`browser.permissions.remove({ origins: ['https://sellercentral.amazon.it/*'] })`),
      true,
    );
    const notice = await firefox.until(
      () => firefox.evaluate(`document.querySelector('[data-testid=site-access]')?.innerText`),
      'the notice',
    );
    assert.match(notice, /ShipBridge is not allowed on Seller Central in this browser/);
    assert.match(notice, /Allow on Seller Central/);
    // Why it matters: the form stays empty.
    await firefox.goto(sitePage('authorize-classic-it').url);
    await firefox.sleep(1500);
    assert.equal(await firefox.evaluate(`document.getElementById('appDevMWSAccountId').value`), '');
  });

  it('threw nothing and left no rejection unhandled: background, extension pages, tabs and content scripts', async () => {
    // A control: an error thrown in an extension page by the test must show up, or "none" proves nothing.
    const control = 'shipbridge-control-error';
    await firefox.goto(popupUrl);
    await firefox.evaluate(`(setTimeout(() => { throw new Error('${control}'); }), true)`);
    await firefox.until(() => firefox.extensionErrors().some((e) => e.includes(control)), 'the control error');
    assert.deepEqual(
      firefox.extensionErrors().filter((e) => !e.includes(control)),
      [],
    );
    assert.deepEqual(firefox.pageErrors(), []);
  });

  // Last: Firefox quits.
  it('leaves no token or key in any file of the profile once Firefox has quit', async () => {
    // A block pasted into the popup's page open in a tab, not saved: session restore keeps what a tab's
    // fields hold unless the field says otherwise. The control, a plain textarea added to the page, shows
    // that it did write this page's fields (without the paste field's autocomplete=off, the token is there).
    const pasted = 'amzn.mws.0c4e7a91-2b3d-4f5e-8a6b-7c8d9e0f1a2b';
    const control = 'qx7-vw4z-9d2e6b';
    await firefox.goto(popupUrl);
    await firefox.until(() => firefox.evaluate(`document.getElementById('paste-text') !== null`), 'the paste field');
    // Typed key by key: session restore collects a field's text on the page's trusted input events only.
    await firefox.evaluate(`(document.getElementById('paste-text').closest('details').open = true)`);
    await firefox.type('#paste-text', `MWS Auth Token: ${pasted}`);
    await firefox.evaluate(`(document.body.appendChild(document.createElement('textarea')).id = 'control', true)`);
    await firefox.type('#control', control);
    // Session restore writes every second here (see bidi.mjs), later on a busy machine: the control reaches
    // the disk first, and only then can the paste field's absence mean something.
    const controlOnDisk = async () => (await secretsInProfile(firefox.profile, [control])).found.length > 0;
    await firefox.until(controlOnDisk, 'the control in the session file', 30_000).catch(async (error) => {
      // What session restore had written by then, for whoever looks into it.
      const files = await sessionFiles(firefox.profile);
      throw new Error(`${error.message}; session files: ${files.join(', ') || 'none'}`);
    });
    await firefox.sleep(1500); // one more write of the same state
    const profile = await firefox.quit();
    assert.ok(await controlOnDisk(), 'the control is on disk');
    // The two tokens captured above (one of them sent to the server for Italy, kept for the other
    // countries), the Connector API token saved for the hand-off, and the block pasted.
    const secrets = [
      'amzn.mws.8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d1a2b',
      'amzn.mws.5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
      'ff-conn-7c1e93b2a5d84f06',
      pasted,
    ];
    const { scanned, found } = await secretsInProfile(profile, secrets);
    assert.deepEqual(found, []);
    assert.ok(scanned > 20, `scanned only ${scanned} files`);
  });
});
