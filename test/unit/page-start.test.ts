// The Seller Central script's start: what it reads from storage, and in which language it speaks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCRIPT_STARTED } from '@/lib/content/lifecycle';
import { startSellerCentral } from '@/lib/content/start';
import { publishPageStrings } from '@/lib/i18n/page';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { SETTINGS_KEY } from '@/lib/settings/store';
import { loadPage, wait } from './fixtures';
import { captureShadowRoots } from './page-ui';

const ID = 'test-extension-id';
const FILLED = {
  en: 'ShipBridge filled in the developer',
  fr: 'ShipBridge a saisi le développeur',
  it: 'ShipBridge ha inserito lo sviluppatore',
  de: 'ShipBridge hat den Entwickler für Sie eingetragen',
};

let ui: ReturnType<typeof captureShadowRoots>;
let reads: { mock: { calls: unknown[][] } };

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.runtime.id = ID;
  await publishPageStrings();
  ui = captureShadowRoots();
  reads = vi.spyOn(browser.storage.local, 'get');
});

afterEach(() => {
  // The extension goes away and a newer copy announces itself: the running copy stops and clears its UI.
  fakeBrowser.runtime.id = undefined as unknown as string;
  document.dispatchEvent(new Event(SCRIPT_STARTED));
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const saveSettings = (settings: Partial<Settings>) =>
  browser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...settings } });
const keysRead = () => reads.mock.calls.map((call) => call[0]);

describe('the Seller Central script reads only what the page needs', () => {
  it('an English page reads the settings and no page texts (English ships in the script)', async () => {
    loadPage('authorize-classic-en');
    void startSellerCentral();
    await wait(50);
    expect(keysRead()).toEqual([[SETTINGS_KEY]]);
    expect(ui.panelText()).toContain(FILLED.en);
  });

  it('builds no `runtime` on a page with nothing to tell the background (building it costs ~0.6 ms)', async () => {
    const runtime = fakeBrowser.runtime;
    let touched = 0;
    Object.defineProperty(fakeBrowser, 'runtime', {
      configurable: true,
      get: () => {
        touched++;
        return runtime;
      },
    });
    try {
      loadPage('authorize-classic-en');
      void startSellerCentral();
      await wait(50);
      expect(ui.panelText()).toContain(FILLED.en);
      expect(touched).toBe(0);
    } finally {
      Object.defineProperty(fakeBrowser, 'runtime', { configurable: true, writable: true, value: runtime });
    }
  });

  it('a French page reads the settings and the French texts in one read, and speaks French', async () => {
    loadPage('authorize-classic-fr');
    void startSellerCentral();
    await wait(50);
    expect(keysRead()).toEqual([[SETTINGS_KEY, 'pageStrings.fr']]);
    expect(ui.panelText()).toContain(FILLED.fr);
  });

  it('the language the seller chose wins over the page’s, at the cost of a second read', async () => {
    await saveSettings({ language: 'it' });
    loadPage('authorize-classic-fr');
    void startSellerCentral();
    await wait(50);
    expect(keysRead()).toEqual([[SETTINGS_KEY, 'pageStrings.fr'], 'pageStrings.it']);
    expect(ui.panelText()).toContain(FILLED.it);
    expect(ui.panelText()).not.toContain(FILLED.fr);
  });

  it('switches language when the seller changes it in the options', async () => {
    loadPage('authorize-classic-fr');
    void startSellerCentral();
    await wait(50);
    expect(ui.panelText()).toContain(FILLED.fr);
    await saveSettings({ language: 'de' });
    await wait(50);
    expect(ui.panelText()).toContain(FILLED.de);
    expect(ui.panelText()).not.toContain(FILLED.fr);
  });

  it('keeps running when a write to storage changes nothing (Firefox reports every key a write names)', async () => {
    await saveSettings({});
    loadPage('authorize-classic-fr');
    void startSellerCentral();
    await wait(50);
    const panel = ui.hosts().find((host) => host.tagName === 'SHIPBRIDGE-PANEL');
    expect(panel).toBeDefined();
    const readsBefore = reads.mock.calls.length;
    await publishPageStrings(); // what the background does at every browser start
    await saveSettings({}); // the options saved without a change
    await wait(50);
    // The same panel: the features were not started again (a panel the seller had closed stays closed).
    expect(ui.hosts()).toContain(panel);
    expect(reads.mock.calls.length).toBe(readsBefore);
    expect(ui.panelText()).toContain(FILLED.fr);
  });

  // What the first read answers is what storage held when it began; a change made meanwhile must not be lost.
  const whileReading = (change: () => Promise<void>) => {
    const read = browser.storage.local.get.bind(browser.storage.local);
    vi.mocked(browser.storage.local.get).mockImplementationOnce(async (keys) => {
      const before = await read(keys);
      await change();
      return before;
    });
  };

  it('speaks the page’s language when its texts are published while the script reads (just installed)', async () => {
    await browser.storage.local.clear();
    whileReading(publishPageStrings);
    loadPage('authorize-classic-it');
    void startSellerCentral();
    await wait(50);
    expect(ui.panelText()).toContain(FILLED.it);
  });

  it('speaks the language the seller chose while the script was reading', async () => {
    whileReading(() => saveSettings({ language: 'de' }));
    loadPage('authorize-classic-fr');
    void startSellerCentral();
    await wait(50);
    expect(ui.panelText()).toContain(FILLED.de);
  });

  it('falls back to English texts when the stored ones are incomplete', async () => {
    // A French text is there, but not all of them: the whole dictionary falls back, not key by key.
    const partial = { 'panel.close': 'Fermer', 'authorize.filled': `${FILLED.fr} : {name} / {id}.` };
    await browser.storage.local.set({ 'pageStrings.fr': partial });
    loadPage('authorize-classic-fr');
    void startSellerCentral();
    await wait(50);
    expect(ui.panelText()).toContain(FILLED.en);
  });
});

describe('on a page still being parsed (inventory pages start the script early)', () => {
  let state: DocumentReadyState;
  beforeEach(() => {
    state = 'loading';
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
  });
  afterEach(() => {
    delete (document as { readyState?: unknown }).readyState;
  });
  const parsedNow = () => {
    state = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
  };
  const asked: string[] = [];
  const answerFlagged = (skus: string[]) => {
    asked.length = 0;
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const { type } = raw as { type: string };
      asked.push(type);
      return Promise.resolve(type === 'page:flaggedSkus' ? { ok: true, data: { skus } } : { ok: true, data: {} });
    });
  };
  const marked = () =>
    [...document.querySelectorAll('[data-shipbridge-missing-weight]')].map((row) => row.children[1]?.textContent);

  it('asks for the listings to mark while the page loads, and marks them once it is parsed', async () => {
    answerFlagged(['SKU-BLUE-BOWL']);
    loadPage('inventory-grid-de');
    void startSellerCentral();
    await wait(500);
    expect(asked).toEqual(['page:flaggedSkus']);
    expect(marked()).toEqual([]);
    parsedNow();
    await wait(50);
    expect(marked()).toEqual(['SKU-BLUE-BOWL']);
    expect(asked).toEqual(['page:flaggedSkus']);
  });

  it('asks nothing for a feature the seller switched off', async () => {
    answerFlagged(['SKU-BLUE-BOWL']);
    await saveSettings({ features: { ...DEFAULT_SETTINGS.features, 'shipping-weight': false } });
    loadPage('inventory-grid-de');
    void startSellerCentral();
    await wait(50);
    parsedNow();
    await wait(500);
    expect(asked).toEqual([]);
    expect(marked()).toEqual([]);
  });

  it('asks nothing on a page where the feature does not run', async () => {
    answerFlagged(['SKU-BLUE-BOWL']);
    loadPage('authorize-classic-en');
    void startSellerCentral();
    await wait(50);
    parsedNow();
    await wait(50);
    expect(asked).not.toContain('page:flaggedSkus');
    expect(ui.panelText()).toContain(FILLED.en);
  });

  it('starts the features only once the document is parsed', async () => {
    loadPage('authorize-classic-en');
    void startSellerCentral();
    await wait(50);
    expect(ui.panelText()).not.toContain(FILLED.en);
    parsedNow();
    await wait(50);
    expect(ui.panelText()).toContain(FILLED.en);
  });
});

describe('on a page already parsed (every other page: the script starts once it is)', () => {
  it('asks for the listings to mark once, when the feature runs', async () => {
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const { type } = raw as { type: string };
      asked.push(type);
      return Promise.resolve({ ok: true, data: type === 'page:flaggedSkus' ? { skus: ['SKU-BLUE-BOWL'] } : {} });
    });
    loadPage('inventory-grid-de');
    void startSellerCentral();
    await wait(500);
    expect(asked).toEqual(['page:flaggedSkus']);
    expect(document.querySelectorAll('[data-shipbridge-missing-weight]')).toHaveLength(1);
  });
});
