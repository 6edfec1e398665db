// One browser per suite: launched before the enclosing `describe`'s (or file's) first test, closed after its
// last. Kept apart from harness.mjs, which the demo and the bench also import outside node:test.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { inBackground, launch } from './harness.mjs';

const CONTROL = 'shipbridge-suite-log-control';

/**
 * What ShipBridge's own code reported as going wrong while the browser ran, from the browser's own log
 * (`--enable-logging` writes it to the profile): uncaught exceptions, unhandled rejections and console
 * messages of its service worker (from the browser's first moment, every run of it), its pages (the toolbar
 * popup too) and its content scripts, each logged with the script it came from. Seller Central's own
 * scripts may say what they like. Read once the browser has closed: the log is complete then.
 */
async function loggedErrors(session) {
  const log = await readFile(join(session.profile, 'chrome_debug.log'), 'utf8');
  // The control written at start: without it in the log, an empty list would prove nothing.
  assert.ok(log.includes(CONTROL), "Chromium's log holds no console message of the service worker");
  const ours = `source: ${session.extensionUrl('')}`;
  // One entry per "[pid:tid:time:LEVEL:file:line]" prefix: a message can span lines.
  return log
    .split(/^(?=\[\d+:\d+:)/m)
    .filter((entry) => /^\[[^\]]*:CONSOLE[:(\]]/.test(entry) && entry.includes(ours))
    .map((entry) => entry.replace(/^\[[^\]]*\]\s*/, '').trim());
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
    const extraArgs = [...(options?.extraArgs ?? []), '--enable-logging'];
    Object.assign(session, await launch({ ...options, extraArgs, profile }));
    // Run in the worker by the test, so logged without ShipBridge's address: a control, not an error.
    await inBackground(session, (control) => console.debug(control), CONTROL);
  };
  const stop = async () => {
    await session.closeBrowser();
    errors.push(...(await loggedErrors(session))); // each start writes the log anew
  };
  session.restart = async (whileClosed = async () => {}) => {
    await stop();
    await whileClosed();
    await start(session.profile);
  };
  before(() => start());
  after(async () => {
    if (!session.profile) return; // never started: `before` failed and said why
    await stop();
    await session.close();
    assert.deepEqual(errors, [], 'ShipBridge reported errors while the suite ran');
  });
  return session;
}
