// One browser per suite: launched before the enclosing `describe`'s (or file's) first test, closed after its
// last. Kept apart from harness.mjs, which the demo and the bench also import outside node:test.
import { after, before } from 'node:test';
import { launch } from './harness.mjs';

/**
 * The returned object becomes the session (`context`, `extensionUrl`, …) once `before` has run.
 * @param {Parameters<typeof launch>[0]} [options]
 * @returns {Awaited<ReturnType<typeof launch>>}
 */
export function browserForSuite(options) {
  const session = /** @type {Awaited<ReturnType<typeof launch>>} */ ({});
  before(async () => {
    Object.assign(session, await launch(options));
  });
  after(() => session.close?.());
  return session;
}
