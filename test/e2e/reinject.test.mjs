import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { page as sitePage } from '../site/pages.mjs';
import { EXTENSION_DIR, eventually, inBackground, readStore } from './harness.mjs';
import { shadowText } from './page-ui.mjs';
import { browserForSuite } from './suite.mjs';

describe('an extension update while Seller Central is open', () => {
  // Lets the test install the same build again over CDP: to the extension, that is an update.
  const session = browserForSuite({ locale: 'en-US', extraArgs: ['--enable-unsafe-extension-debugging'] });

  it('finds the copy a tab runs where the after-install probe looks for it, hidden from the page', async () => {
    // The probe (`liveCopyRuns`, lib/background/reinject.ts) reads the copy's registration through
    // `executeScript`, which runs in the world the manifest's script runs in: no message, so the page script
    // never builds `runtime` for it.
    const tab = await session.context.newPage();
    await tab.goto(sitePage('authorize-classic-en').url);
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    const seen = await inBackground(
      session,
      async (url) => {
        const [{ id }] = await chrome.tabs.query({ url });
        const [frame] = await chrome.scripting.executeScript({
          target: { tabId: id },
          injectImmediately: true,
          func: () => globalThis.__shipbridgeSellerCentral?.isAlive?.() === true,
        });
        return frame.result;
      },
      tab.url(),
    );
    assert.equal(seen, true);
    assert.equal(await tab.evaluate(() => '__shipbridgeSellerCentral' in window), false);
    await tab.close();
  });

  it('re-injects into open tabs, so a credentials screen that appears afterwards is still captured', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('help-samples').url);
    const restarted = session.context.waitForEvent('serviceworker', { timeout: 15_000 });
    const cdp = await session.context.browser().newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    await restarted;
    await new Promise((r) => setTimeout(r, 1000));
    await tab.evaluate(() => {
      const block = document.createElement('pre');
      block.textContent =
        'Seller account identifiers for Late Shop\nSeller ID: A8LATE1234567Q\nMarketplace ID: ATVPDKIKX0DER (Amazon.com)\nMWS Auth Token: amzn.mws.0f0e0d0c-0b0a-4909-8807-060504030201';
      document.body.append(block);
    });
    const account = await eventually(async () =>
      (await readStore(session, 'accounts')).find((a) => a.sellerId === 'A8LATE1234567Q'),
    );
    assert.equal(account.accountName, 'Late Shop');
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    assert.match(await shadowText(tab, 'shipbridge-panel'), /Saved by ShipBridge: seller A8LATE1234567Q/);
  });
});
