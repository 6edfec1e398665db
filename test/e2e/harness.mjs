// Launches the built extension in Debian's Chromium over the Seller Central test site. No request leaves
// the machine: test-site URLs are answered from test/site, loopback passes through, everything else aborts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { fulfillSiteRequest } from '../site/server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.SHIPBRIDGE_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `profile`: a profile a browser launched before left (its `closeBrowser`), to start that browser again.
 * @param {{ locale?: string, extension?: boolean, extensionDir?: string, headless?: boolean, extraArgs?: string[], profile?: string }} [options]
 */
export async function launch({
  locale = 'en-US',
  extension = true,
  extensionDir = EXTENSION_DIR,
  headless = true,
  extraArgs = [],
  profile: existing,
} = {}) {
  const profile = existing ?? (await mkdtemp(join(tmpdir(), 'shipbridge-profile-')));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    `--lang=${locale}`,
    // What pages Playwright does not emulate (the toolbar popup) see as the browser's languages.
    `--accept-lang=${locale}`,
    ...extraArgs,
  ];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    locale,
    // Without ShipBridge, the browser still runs its extension system, as every seller's browser does.
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (await fulfillSiteRequest(route, url)) return;
    if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return route.continue();
    return route.abort('blockedbyclient');
  });

  let extensionId = null;
  let worker = null;
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }

  return {
    context,
    profile,
    extensionId,
    worker,
    /** @param {string} path */
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    /** Closes the browser; the profile stays on disk until `removeProfile` (or a later `close`). */
    async closeBrowser() {
      await context.close().catch(() => {});
    },
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Evaluates in the background service worker, waking it first if Chromium stopped it. */
export async function inBackground(session, fn, arg) {
  const worker = session.context.serviceWorkers().at(-1) ?? (await session.context.waitForEvent('serviceworker'));
  return worker.evaluate(fn, arg);
}

const CONTROLS = new Set(['button', 'link', 'textbox', 'checkbox', 'radio', 'combobox', 'listbox', 'spinbutton']);

/**
 * The controls of a page as a screen reader announces them, from Chromium's accessibility tree (closed shadow
 * roots included; closed `<details>` hide theirs: open them first): role, name, and the element's tag and
 * attributes, to find it.
 */
export async function accessibleControls(session, page) {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const controls = nodes.filter((n) => !n.ignored && CONTROLS.has(n.role?.value));
    return await Promise.all(
      controls.map(async (n) => {
        const { node } = await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId });
        const element = `<${node.localName} ${(node.attributes ?? []).join(' ')}>`;
        return { role: n.role.value, name: `${n.name?.value ?? ''}`.trim(), element };
      }),
    );
  } finally {
    await cdp.detach();
  }
}

/** What a screen reader announces for the focused element: its role, name and description. */
export async function focusedAnnouncement(session, page) {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    // The document is "focused" too: the element is the last (deepest) of them in tree order.
    const node = nodes.findLast((n) => n.properties?.some((p) => p.name === 'focused' && p.value?.value));
    if (!node) return null;
    const text = (value) => `${value?.value ?? ''}`.trim();
    return { role: text(node.role), name: text(node.name), description: text(node.description) };
  } finally {
    await cdp.detach();
  }
}

/** The controls a screen reader would announce without a name: `role: <element …>` each. */
export async function unnamedControls(session, page) {
  return (await accessibleControls(session, page)).filter((c) => !c.name).map((c) => `${c.role}: ${c.element}`);
}

/** Every row of a store of the extension's database, read from the service worker. */
export async function readStore(session, store) {
  return inBackground(
    session,
    (name) =>
      new Promise((resolve) => {
        const open = indexedDB.open('shipbridge');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            return resolve([]);
          }
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result.map((row) => JSON.parse(JSON.stringify(row))));
            database.close();
          };
          request.onerror = () => resolve([]);
        };
      }),
    store,
  );
}

/**
 * Puts rows into a store of the extension's database from the service worker (`replace`: empties it first),
 * for states a test cannot reach quickly through the pages (a back-off ten minutes long, a seeded list).
 */
export async function writeStore(session, store, rows, { replace = false } = {}) {
  return inBackground(
    session,
    ({ name, rows, replace }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shipbridge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          const target = tx.objectStore(name);
          if (replace) target.clear();
          for (const row of rows) target.put(row);
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, rows, replace },
  );
}

/** Polls until `read()` returns something truthy, or fails after `timeout` ms. */
export async function eventually(read, { timeout = 5000, interval = 25 } = {}) {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * The DevTools protocol of one target Playwright cannot reach (a service worker's every run, the toolbar
 * popup), through `cdp`, a session that sees it (the browser's or a page's): Playwright's sessions cannot
 * address a flat child session, so commands and events go as messages. `call(method, params)` resolves
 * with the target's reply; `onEvent(listener)` hears its events (those an `enable` replays come before
 * that call's reply).
 */
export async function targetChannel(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const replies = new Map();
  const listeners = new Set();
  let lastId = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    if (message.id === undefined) {
      for (const listener of listeners) listener(message);
    } else {
      replies.get(message.id)?.(message);
      replies.delete(message.id);
    }
  });
  return {
    call: (method, params = {}) =>
      new Promise((resolve) => {
        const id = ++lastId;
        replies.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      }),
    onEvent: (listener) => void listeners.add(listener),
  };
}

/**
 * Presses ShipBridge's toolbar button on `page`'s tab, as the seller does (CDP `Extensions.triggerAction`):
 * the real popup opens over that tab and the browser grants `activeTab` for it, which opening
 * `popup.html` in a tab of its own never does. Playwright does not list that popup among the pages; the
 * returned `evaluate(fn, arg)` runs `fn` (no outer variables) in it and returns its awaited result, and
 * `waitFor(fn, arg)` does so until the result is truthy. `page` must be the only tab at its address.
 */
export async function openActionPopup(session, page, { timeout = 5000 } = {}) {
  const cdp = await session.context.browser().newBrowserCDPSession();
  const targets = async (type) =>
    (await cdp.send('Target.getTargets', { filter: [{ type }] })).targetInfos.filter((t) => t.type === type);
  const tabs = (await targets('tab')).filter((t) => t.url === page.url());
  if (tabs.length !== 1) throw new Error(`${tabs.length} tabs at ${page.url()}: open the popup on a tab of its own`);
  const popupUrl = session.extensionUrl('popup.html');
  const before = new Set((await targets('page')).map((t) => t.targetId));
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tabs[0].targetId });
  const popup = await eventually(
    async () => (await targets('page')).find((t) => t.url === popupUrl && !before.has(t.targetId)),
    { timeout },
  );
  const { call } = await targetChannel(cdp, popup.targetId);
  const evaluate = async (fn, arg) => {
    const expression = `(${fn})(${JSON.stringify(arg ?? null)})`;
    const reply = await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    const failed = reply.error?.message ?? reply.result?.exceptionDetails?.exception?.description;
    if (failed) throw new Error(`in the popup: ${failed}`);
    return reply.result.result.value;
  };
  // The target exists before its document does: wait until the popup's page has loaded.
  const loaded = () => evaluate(() => location.protocol === 'chrome-extension:' && document.readyState === 'complete');
  await eventually(loaded, { timeout });
  return {
    evaluate,
    waitFor: (fn, arg, options) => eventually(() => evaluate(fn, arg), { timeout, ...options }),
    async close() {
      await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

/** Opens the popup's page in a tab at one country of an account: the country's group in the account's card. */
export async function popupAt(session, sellerId, country) {
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl('popup.html'));
  const row = popup
    .getByTestId('account')
    .filter({ hasText: sellerId })
    .getByRole('group', { name: country, exact: true });
  return { popup, row };
}

/**
 * Chooses the Connector API in the options page (a tab of its own), types the server's address and token
 * and saves them (encrypted); returns that tab, still open.
 */
export async function saveConnectorKeys(session, url, token) {
  const options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'));
  await options.getByLabel('Connector API').check();
  await options.getByLabel('Backend URL').fill(url);
  await options.getByLabel('API token').fill(token);
  await options.getByRole('button', { name: 'Save keys' }).click();
  await options.getByText('Keys saved, encrypted.').waitFor();
  return options;
}

/** Types Sendcloud keys into the options page (a tab of its own, closed after) and saves them (encrypted). */
export async function saveSendcloudKeys(session, publicKey, secretKey) {
  const options = await session.context.newPage();
  await options.goto(session.extensionUrl('options.html'));
  await options.getByLabel('Public key').fill(publicKey);
  await options.getByLabel('Secret key').fill(secretKey);
  await options.getByRole('button', { name: 'Save keys' }).click();
  await options.getByText('Keys saved, encrypted.').waitFor();
  await options.close();
}
