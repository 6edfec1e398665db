import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEATURES } from '@/lib/features/all';
import { captureCredentials } from '@/lib/features/capture-credentials';
import { warnIfOrphaned } from '@/lib/features/orphaned';
import { startFeatures } from '@/lib/features/runner';
import { pageDictionaries } from '@/lib/i18n/page';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadPage, wait } from './fixtures';
import { captureShadowRoots } from './page-ui';

let run: AbortController;
let ui: ReturnType<typeof captureShadowRoots>;
let received: unknown[];

function answer(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    received.push(message);
    return Promise.resolve(reply);
  });
}

beforeEach(() => {
  ui = captureShadowRoots();
  received = [];
  run = new AbortController();
});
afterEach(() => {
  run.abort();
  document.body.innerHTML = '';
});

describe('capture-credentials', () => {
  it('sends what it found once and confirms on the page, copy buttons one press away', async () => {
    answer({
      ok: true,
      data: {
        accountId: 'NA:A3KXQ7ZP2N5VJ8',
        sellerId: 'A3KXQ7ZP2N5VJ8',
        marketplaceCount: 3,
        tokenHint: '5f60',
        changed: true,
      },
    });
    loadPage('credentials-text-en');
    startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
    await wait(20);
    expect(received).toEqual([
      {
        type: 'page:credentials',
        payload: expect.objectContaining({
          sellerId: 'A3KXQ7ZP2N5VJ8',
          secret: { type: 'mws', token: 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60' },
        }),
      },
    ]);
    expect(ui.panelText()).toMatch(/seller A3KXQ7ZP2N5VJ8, 3 marketplaces, token …5f60/);
    expect(ui.panelText()).not.toContain('3f1c2a9e');
    // The copy rows are folded behind one button while the save succeeded.
    expect(ui.panelButton('Copy')).toBeUndefined();
    ui.panelButton('Show the values to copy')?.click();
    expect(ui.panelButton('Show the values to copy')).toBeUndefined();
    expect(ui.panelText()).toContain('A2EUQ1WTGCTBG2');
    expect(ui.panelText()).not.toContain('3f1c2a9e');
    expect(ui.panelButton('Copy')).toBeDefined();
    document.body.append(document.createElement('p')); // re-render: nothing new to send
    await wait(20);
    expect(received).toHaveLength(1);
  });

  it('says so loudly when saving failed, and tries again', async () => {
    answer({ ok: false, error: 'failed' });
    loadPage('credentials-readonly-fr');
    startFeatures(FEATURES, { ...DEFAULT_SETTINGS, language: 'fr' }, pageDictionaries, run.signal);
    await wait(20);
    expect(ui.panelText()).toMatch(/ShipBridge n’a PAS pu enregistrer ces identifiants/);
    expect(ui.panelText()).toContain('A2QWERTY12345Z');
    expect(ui.panelButton('Copier')).toBeDefined(); // not folded: the values may exist nowhere else
    await wait(1050);
    expect(received).toHaveLength(2);
  });

  it('watches every Seller Central page but the inventory grids and listing editors', () => {
    const runs = (url: string) => captureCredentials.runsOn(new URL(url));
    expect(runs('https://sellercentral.amazon.com/gp/mws/registration/register-summary.html')).toBe(true);
    expect(runs('https://sellercentral.amazon.de/apps/manage')).toBe(true);
    expect(runs('https://sellercentral.amazon.it/home')).toBe(true);
    expect(runs('https://sellercentral.amazon.com/myinventory/inventory?viewId=FBA')).toBe(false);
    expect(runs('https://sellercentral.amazon.com/inventory')).toBe(false);
    expect(runs('https://sellercentral.amazon.de/amazonsell/manage-products')).toBe(false);
    expect(runs('https://sellercentral.amazon.com/abis/listing/edit?sku=A')).toBe(false);
    expect(runs('https://sellercentral.amazon.co.uk/inventory/edit-product')).toBe(false);
  });

  it('stays silent on pages without credentials and when switched off', async () => {
    answer({ ok: true, data: {} });
    loadPage('help-samples');
    startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
    await wait(20);
    run.abort();
    run = new AbortController();
    loadPage('credentials-text-en');
    startFeatures(
      FEATURES,
      { ...DEFAULT_SETTINGS, features: { ...DEFAULT_SETTINGS.features, 'capture-credentials': false } },
      pageDictionaries,
      run.signal,
    );
    await wait(20);
    expect(received).toEqual([]);
  });

  it('captures what a component defined late renders into its new shadow root', async () => {
    answer({
      ok: true,
      data: {
        accountId: 'EU:A6LATE7KATAL8Q',
        sellerId: 'A6LATE7KATAL8Q',
        marketplaceCount: 1,
        tokenHint: '3c4d',
        changed: true,
      },
    });
    // The identifiers are attributes of a Katal alert until the page defines it, 600 ms after loading.
    loadPage('credentials-late-katal-en');
    startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
    await wait(550);
    expect(received).toEqual([]);
    await wait(600);
    expect(received).toEqual([
      {
        type: 'page:credentials',
        payload: expect.objectContaining({
          sellerId: 'A6LATE7KATAL8Q',
          marketplaceIds: ['A1F83G8C2ARO7P'],
          secret: { type: 'mws', token: 'amzn.mws.7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
        }),
      },
    ]);
    expect(ui.panelText()).toMatch(/seller A6LATE7KATAL8Q, 1 marketplace/);
  });

  it('reads and watches the shadow roots of a big page of the authorize flow', async () => {
    answer({
      ok: true,
      data: {
        accountId: 'NA:A5BIGPAGE7KAT2',
        sellerId: 'A5BIGPAGE7KAT2',
        marketplaceCount: 1,
        tokenHint: '/=9',
        changed: true,
      },
    });
    const expected = {
      type: 'page:credentials',
      payload: expect.objectContaining({
        sellerId: 'A5BIGPAGE7KAT2',
        secret: expect.objectContaining({
          type: 'sp_api_refresh_token',
          token: expect.stringMatching(/^Atzr\|IwEBIBigPage/),
        }),
      }),
    };
    // Over 3,000 elements; the token is only inside a Katal dialog's shadow root, there when the script starts.
    loadPage('refresh-token-katal-big-en');
    expect(document.getElementsByTagName('*').length).toBeGreaterThan(3000);
    startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
    await wait(50);
    expect(received).toEqual([expected]);
    run.abort();
    received = [];
    // The same page rendering the token into the dialog's existing shadow root 300 ms after it loaded.
    run = new AbortController();
    loadPage('refresh-token-katal-big-late-en');
    startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
    await wait(200);
    expect(received).toEqual([]);
    await wait(250);
    expect(received).toEqual([expected]);
  });

  it('tells the seller not to close the page when the extension went away', async () => {
    loadPage('credentials-table-it');
    warnIfOrphaned(DEFAULT_SETTINGS, pageDictionaries, 10);
    await wait(30);
    expect(ui.panelText()).toMatch(/Non chiudere questa pagina/);
    expect(ui.panelText()).toContain('A1B2C3D4E5F6G7');
  });
});
