// One browser per suite: launched before the enclosing `describe`'s (or file's) first test, closed after its
// last. Kept apart from harness.mjs, which the demo and the bench also import outside node:test.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launch, targetChannel } from './harness.mjs';

/**
 * Collects into `errors` what ShipBridge's own code reports as going wrong anywhere it runs: uncaught
 * exceptions and unhandled rejections in its service worker (each run of it), its pages and its content
 * scripts, and any console message from them. Seller Central's own pages may say what they like.
 */
async function watchExtensionErrors(session, errors) {
  const ours = (url) => String(url ?? '').startsWith(session.extensionUrl(''));
  session.context.on('weberror', (e) => {
    const error = e.error();
    if (ours(e.page()?.url()) || ours(error?.stack?.match(/chrome-extension:\/\/[^\s)]+/)?.[0])) {
      errors.push(`${e.page()?.url() ?? '?'}: ${error?.stack ?? error?.message}`);
    }
  });
  session.context.on('console', (m) => {
    if (ours(m.location()?.url) || ours(m.page()?.url()))
      errors.push(`console.${m.type()} ${m.location()?.url}: ${m.text()}`);
  });
  // Service workers: Playwright reports neither their exceptions nor their rejections; the protocol does.
  const cdp = await session.context.browser().newBrowserCDPSession();
  const attached = new Set();
  const hear = ({ method, params }) => {
    if (method === 'Runtime.exceptionThrown') {
      const { exception, text } = params.exceptionDetails;
      errors.push(`service worker: ${exception?.description ?? text}`);
    } else if (method === 'Runtime.consoleAPICalled') {
      errors.push(
        `service worker console.${params.type}: ${params.args.map((a) => a.value ?? a.description).join(' ')}`,
      );
    }
  };
  // One session per worker: it stays attached across the worker's runs (same target), Runtime enabled.
  const attach = async ({ targetId, type, url }) => {
    if (type !== 'service_worker' || !ours(url) || attached.has(targetId)) return;
    attached.add(targetId);
    try {
      const worker = await targetChannel(cdp, targetId);
      worker.onEvent(hear);
      void worker.call('Runtime.enable'); // its reply never comes if the worker stops meanwhile
    } catch {
      // A worker stopped before it could be attached: the next run of it is attached anew.
    }
  };
  cdp.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  cdp.on('Target.targetInfoChanged', ({ targetInfo }) => void attach(targetInfo));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  for (const target of (await cdp.send('Target.getTargets')).targetInfos) await attach(target);
}

/**
 * The returned object becomes the session (`context`, `extensionUrl`, …) once `before` has run. After the
 * last test, the suite fails if ShipBridge's code threw, rejected unhandled or wrote to the console meanwhile.
 * `restart(whileClosed)` closes the browser, runs `whileClosed`, and starts the browser again on the same
 * profile, as a seller's restart does (the errors of both browsers count).
 * @typedef {Awaited<ReturnType<typeof launch>> & { restart: (whileClosed?: () => Promise<unknown>) => Promise<void> }} SuiteSession
 * @param {Parameters<typeof launch>[0]} [options]
 * @returns {SuiteSession}
 */
export function browserForSuite(options) {
  const session = /** @type {SuiteSession} */ ({});
  const errors = [];
  const start = async (profile) => {
    Object.assign(session, await launch({ ...options, profile }));
    await watchExtensionErrors(session, errors);
  };
  session.restart = async (whileClosed = async () => {}) => {
    await session.closeBrowser();
    await whileClosed();
    await start(session.profile);
  };
  before(() => start());
  after(async () => {
    await session.close?.();
    assert.deepEqual(errors, [], 'ShipBridge reported errors while the suite ran');
  });
  return session;
}
