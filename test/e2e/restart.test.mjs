import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox } from '../sandbox/server.mjs';
import { page as sitePage } from '../site/pages.mjs';
import { eventually, popupAt, readStore, saveConnectorKeys } from './harness.mjs';
import { browserForSuite } from './suite.mjs';

const SELLER = 'A3KXQ7ZP2N5VJ8'; // credentials-text-en
const TOKEN = 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60';
const CONNECTOR_TOKEN = 'restart-suite-connector-token';

describe('a hand-off waiting when the seller closes the browser', () => {
  let sandbox;
  before(async () => {
    sandbox = await startSandbox({ token: CONNECTOR_TOKEN });
  });
  after(() => sandbox?.close());
  const session = browserForSuite({ locale: 'en-US' });

  it('reaches the platform once the browser starts again, once, with the token kept encrypted meanwhile', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('credentials-text-en').url);
    await eventually(async () => (await readStore(session, 'accounts')).find((a) => a.sellerId === SELLER));
    await tab.close();

    await (await saveConnectorKeys(session, sandbox.url, CONNECTOR_TOKEN)).close();

    // The platform is down when the seller connects the United States, then closes the browser.
    await sandbox.setFaults({ down: true });
    const { row } = await popupAt(session, SELLER, 'United States');
    await row.getByText('Connect this country…').click();
    await row.getByRole('button', { name: 'Connect', exact: true }).click();
    await row.getByText('Could not reach your shipping platform.', { exact: false }).waitFor();
    assert.equal(await row.getByTestId('status').textContent(), 'Queued');
    const [waiting] = await readStore(session, 'outbox');
    assert.equal(waiting.state, 'pending');
    const before = session.context;
    const profile = session.profile;

    // Back up while the browser is closed; started again on the same profile, nobody opens the popup.
    await session.restart(() => sandbox.setFaults({ down: false }));
    assert.notEqual(session.context, before);
    assert.equal(session.profile, profile);

    const state = await eventually(
      async () => {
        const s = await sandbox.state();
        return s.integrations.length === 1 && s;
      },
      { timeout: 15_000, interval: 250 }, // sooner than the 30-s alarm: started, the browser sends at once
    );
    assert.equal(state.integrations[0].marketplace_id, 'ATVPDKIKX0DER');
    assert.equal(state.integrations[0].seller_id, SELLER);
    // The captured token and the platform's key, both read back from the vault by the new browser.
    assert.deepEqual(Object.values(state.tokens), [TOKEN]);
    const posts = state.requests.filter((r) => r.method === 'POST');
    assert.deepEqual(
      [...new Set(posts.map((r) => r.idempotencyKey))],
      [waiting.id],
      'the hand-off the first browser queued, under its own Idempotency-Key',
    );

    const { popup: again, row: us } = await popupAt(session, SELLER, 'United States');
    await eventually(async () => (await us.getByTestId('status').textContent()) === 'Connected');
    assert.deepEqual(await readStore(session, 'outbox'), []);
    await again.close();
  });
});
