// Real Firefox for the Firefox build, driven over WebDriver BiDi (built into Firefox: no driver, no
// Playwright build of Firefox). Test-site pages are served at their real Seller Central addresses by
// intercepting every request; anything else is refused, so nothing ever leaves the machine.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fulfillSiteRequest } from '../site/server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
/** Fixed so that extension pages have a known address (Firefox picks a random one per profile). */
export const EXTENSION_UUID = '5b0e1c2d-3a4f-4b6c-8d7e-9f0a1b2c3d4e';

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ 'shipbridge@shipbridge.app': EXTENSION_UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'intl.accept_languages': 'en-US, en',
  // Session restore writes the tabs' fields every second instead of every 15 (the secrets-on-disk test),
  // also once Firefox thinks the user idle (no input reaches a headless browser): every hour otherwise.
  'browser.sessionstore.interval': 1000,
  'browser.sessionstore.interval.idle': 1000,
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Firefox with a fresh profile (in the OS temp dir) and opens a BiDi session. */
export async function launchFirefox() {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}. Install it with: apt-get install -y firefox-esr (or set FIREFOX_PATH).`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'shipbridge-firefox-'));
  const userJs = Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  await writeFile(join(profile, 'user.js'), `${userJs.join('\n')}\n`);
  const firefox = spawn(
    FIREFOX,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with this.
      '--remote-allow-system-access',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const address = new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi in 30 s:\n${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk;
      const found = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolvePort(found[1]);
      }
    };
    firefox.stdout.on('data', onData);
    firefox.stderr.on('data', onData);
    firefox.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${output}`)));
  });
  const socket = new WebSocket(`${(await address).replace(/\/$/, '')}/session`);
  await new Promise((opened, failed) => {
    socket.addEventListener('open', opened, { once: true });
    socket.addEventListener('error', () => failed(new Error('BiDi connection failed')), { once: true });
  });

  let lastId = 0;
  const pending = new Map();
  const listeners = new Set();
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(String(data));
    const waiting = message.id !== undefined && pending.get(message.id);
    if (waiting) {
      pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    } else if (message.type === 'event') {
      for (const listener of listeners) listener(message);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolveSend, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve: resolveSend, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  // Uncaught exceptions and unhandled rejections in the tabs, content scripts' included (BiDi does not
  // report the extension's background or its pages: `extensionErrors` reads Firefox's output for those).
  const pageErrors = [];
  listeners.add(({ method, params }) => {
    if (method === 'log.entryAdded' && params.type === 'javascript') pageErrors.push(params.text);
  });
  await send('network.addIntercept', { phases: ['beforeRequestSent'] });
  listeners.add(async ({ method, params }) => {
    if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
    const { request, url } = params.request;
    const target = new URL(url);
    let answered = false;
    const route = {
      async fulfill({ status, contentType, body }) {
        answered = true;
        await send('network.provideResponse', {
          request,
          statusCode: status,
          reasonPhrase: 'OK',
          headers: [{ name: 'Content-Type', value: { type: 'string', value: contentType } }],
          body: { type: 'base64', value: Buffer.from(body).toString('base64') },
        });
      },
    };
    try {
      await fulfillSiteRequest(route, target);
    } finally {
      if (!answered) await send('network.failRequest', { request }).catch(() => {});
    }
  });
  const { contexts } = await send('browsingContext.getTree', {});
  const context = contexts[0].context;
  const evaluateIn = async (target, expression) => {
    const answer = await send('script.evaluate', {
      expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
      target: { context: target },
      awaitPromise: true,
    });
    if (answer.type === 'exception') throw new Error(`${expression}: ${answer.exceptionDetails.text}`);
    return JSON.parse(answer.result.value);
  };

  return {
    send,
    firefoxVersion: async () =>
      (await readFile(join(profile, 'compatibility.ini'), 'utf8').catch(() => '')).match(/LastVersion=(\d+)/)?.[1],
    async install(path = FIREFOX_BUILD) {
      return send('webExtension.install', { extensionData: { type: 'path', path } });
    },
    async goto(url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    /**
     * Evaluates an expression in the page (its own world, as a page script would see it; an extension page
     * has the `browser` API there), awaiting it when it is a promise; JSON values only.
     */
    evaluate: (expression) => evaluateIn(context, expression),
    /** Like `evaluate`, in `url` opened in a background tab of its own (closed after), the current page kept. */
    async evaluateInTab(url, expression) {
      const { context: tab } = await send('browsingContext.create', { type: 'tab', background: true });
      try {
        await send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
        return await evaluateIn(tab, expression);
      } finally {
        await send('browsingContext.close', { context: tab });
      }
    },
    /** Types `text` into the field `selector` finds, key by key (trusted events, as a seller's keyboard). */
    async type(selector, text) {
      const focused = await evaluateIn(
        context,
        `(() => {
        const field = document.querySelector(${JSON.stringify(selector)});
        field?.focus();
        return field !== null && document.activeElement === field;
      })()`,
      );
      if (!focused) throw new Error(`cannot focus ${selector}`);
      const keys = [...text].flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]);
      await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    },
    /** Chooses a file in a file input, as the seller's file picker would. */
    async setFile(selector, path) {
      const answer = await send('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
        target: { context },
        awaitPromise: false,
      });
      if (answer.result?.type !== 'node') throw new Error(`no element ${selector}`);
      await send('input.setFiles', { context, element: { sharedId: answer.result.sharedId }, files: [path] });
    },
    /** Text inside every `tag` host, closed shadow roots included (BiDi serializes them; page scripts cannot). */
    async uiText(tag) {
      const { result } = await send('script.evaluate', {
        expression: `[...document.querySelectorAll(${JSON.stringify(tag)})]`,
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
      });
      let text = '';
      const walk = (node) => {
        const value = node?.value ?? {};
        if (value.nodeType === 3) text += `${value.nodeValue} `;
        if (value.localName === 'style') return;
        for (const child of value.children ?? []) walk(child);
        if (value.shadowRoot) walk(value.shadowRoot);
      };
      for (const host of result.value ?? []) {
        walk(host);
        text += '\n';
      }
      return text.replace(/[ \t]+/g, ' ').trim();
    },
    /** The uncaught exceptions and unhandled rejections of the tabs so far. */
    pageErrors: () => [...pageErrors],
    /**
     * ShipBridge's uncaught exceptions and unhandled rejections so far, wherever they ran: its background,
     * its pages and its content scripts. Firefox writes each to its output with the script's address, from
     * its first moment (BiDi's log reaches only the tabs).
     */
    extensionErrors: () =>
      output.split('\n').filter((line) => line.startsWith(`JavaScript error: moz-extension://${EXTENSION_UUID}/`)),
    sleep,
    /** The profile's folder (in the OS temp dir), readable while Firefox runs. */
    profile,
    /** Polls until `read()` returns something truthy. */
    async until(read, what, timeout = 10_000) {
      const start = Date.now();
      for (;;) {
        const value = await read();
        if (value) return value;
        if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
        await sleep(100);
      }
    },
    /**
     * Quits Firefox the way a seller closes it (BiDi `browser.close`: windows closed, storage written) and
     * returns its profile's folder, which stays until `close`.
     */
    async quit() {
      const exited = new Promise((resolve, reject) => {
        if (firefox.exitCode !== null) return resolve(undefined);
        const timer = setTimeout(() => reject(new Error('Firefox did not quit in 30 s')), 30_000);
        firefox.once('exit', () => resolve(clearTimeout(timer)));
      });
      void send('browser.close', {}).catch(() => {}); // its answer may not outlive the connection
      await exited;
      return profile;
    },
    async close() {
      socket.close();
      firefox.kill();
      await new Promise((r) => (firefox.exitCode === null ? firefox.once('exit', r) : r()));
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}
