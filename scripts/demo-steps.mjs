// The demo's steps, in the order a seller meets them. Each returns the page to photograph and one line
// saying what happened, read from the page and the extension's database (never assumed). Extension pages are
// driven by ids, not by their English texts, so the demo also runs in another browser language
// (DEMO_LOCALE=de-DE).

import { join } from 'node:path';
import { eventually, inBackground, openActionPopup, ROOT, readStore } from '../test/e2e/harness.mjs';
import { clickShadowButton, shadowText } from '../test/e2e/page-ui.mjs';
import { page as sitePage } from '../test/site/pages.mjs';

/** The stored account of that seller, once the background has saved it. */
async function storedAccount(session, sellerId) {
  return eventually(async () => (await readStore(session, 'accounts')).find((a) => a.sellerId === sellerId), {
    timeout: 5000,
  });
}

/** What a capture saved, as the seller would want to hear it. */
function savedLine(account) {
  const token = account.secretId ? 'token encrypted in the vault' : 'NO token saved';
  return `seller ${account.sellerId} (${account.accountName ?? 'no name'}), marketplaces ${account.marketplaceIds.join(', ')}, ${token}`;
}

/** @type {{ id: string, title: string, run: (session: any) => Promise<{ page: any, result: string }> }[]} */
export const STEPS = [
  {
    id: 'popup-empty',
    title: 'A new seller opens the popup',
    async run(session) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(session.extensionUrl('popup.html'));
      await page.getByTestId('empty-state').waitFor();
      return { page, result: 'the popup says where to start in Seller Central' };
    },
  },
  {
    id: 'options',
    title: 'Settings',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('options.html'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      return { page, result: 'developer identity per region, defaults, language, retention and feature switches' };
    },
  },
  {
    id: 'authorize-classic',
    title: 'Step 1: the authorize-developer form is filled in (classic page, Italian)',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('authorize-classic-it').url);
      await page.waitForFunction(() => document.getElementById('appDevMWSAccountId')?.value === '3244-7764-4129');
      const name = await page.locator('#applicationName').inputValue();
      return { page, result: `developer "${name}" / 3244-7764-4129 filled; the seller presses Next` };
    },
  },
  {
    id: 'authorize-agreements',
    title: 'Step 1b: the agreements are highlighted, never ticked',
    async run(session) {
      const page = session.context.pages().at(-1);
      await page.locator('#aliveButton button').click();
      await page.waitForFunction(() => document.querySelectorAll('shipbridge-note').length === 2);
      const ticked = await page.locator('input[type=checkbox]:checked').count();
      return { page, result: `2 agreements highlighted, ${ticked} ticked by ShipBridge` };
    },
  },
  {
    id: 'authorize-katal',
    title: 'Step 1 on the new Manage Your Apps (Katal components, German)',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('authorize-katal-de').url);
      await page.locator('#authorize-new-developer').click();
      await page.waitForFunction(
        () => document.querySelector('kat-input[name=developer_id]')?.value === '3244-7764-4129',
      );
      const name = await page.evaluate(() => document.querySelector('kat-input[name=developer_name]')?.value);
      return { page, result: `Katal inputs filled after in-page navigation: "${name}" / 3244-7764-4129` };
    },
  },
  {
    id: 'capture-text',
    title: 'Step 2: the one-time credentials screen is saved the moment it appears (English)',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('credentials-text-en').url);
      await page.waitForFunction(() => document.querySelector('shipbridge-panel'));
      await clickShadowButton(page, 'shipbridge-panel', 'Show the values to copy');
      const account = await storedAccount(session, 'A3KXQ7ZP2N5VJ8');
      return { page, result: `${savedLine(account)}; confirmation on the page, copy buttons one press away` };
    },
  },
  {
    id: 'capture-dialog',
    title: 'Step 2: a dialog that disappears after one second (German Manage Your Apps)',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('credentials-dialog-de').url);
      await page.waitForFunction(() => document.querySelector('shipbridge-panel'));
      const account = await storedAccount(session, 'A9ZZ8YY7XX6WW5');
      await page.waitForFunction(() => document.body.dataset.dialogRemovedAt, null, { timeout: 5000 });
      return { page, result: `${savedLine(account)}; the dialog has gone, the confirmation stays` };
    },
  },
  {
    id: 'capture-tables',
    title: 'Step 2: Italian tables with five marketplaces',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('credentials-table-it').url);
      await page.waitForFunction(() => document.querySelector('shipbridge-panel'));
      return { page, result: savedLine(await storedAccount(session, 'A1B2C3D4E5F6G7')) };
    },
  },
  {
    id: 'popup-accounts',
    title: 'The popup lists the captured accounts',
    async run(session) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.extensionUrl('popup.html'));
      await page.getByTestId('account').first().waitFor();
      const count = await page.getByTestId('account').count();
      return { page, result: `${count} accounts with seller ID, countries, masked token and capture time` };
    },
  },
  {
    id: 'backend-settings',
    title: 'Step 3: the shipping backend is set up (Connector API, sandbox)',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('options.html'));
      await page.locator('input[name=backend][value=connector]').check();
      await page.locator('#backend-url').fill(session.sandbox.url);
      await page.locator('#key-connectorToken').fill(session.sandbox.token);
      await page.getByTestId('save-keys').click();
      await eventually(async () => (await readStore(session, 'secrets')).length > 0);
      const status = page.getByTestId('backend-status');
      const before = await status.textContent(); // "Keys saved, encrypted." in the browser's language
      await page.getByTestId('test-connection').click();
      await page.waitForFunction((previous) => {
        const text = document.querySelector('[data-testid=backend-status]')?.textContent;
        return text && text !== previous;
      }, before);
      const said = await status.textContent();
      if (await status.evaluate((e) => e.classList.contains('error'))) throw new Error(`Test connection: ${said}`);
      return { page, result: `keys saved encrypted; Test connection to ${session.sandbox.url}: "${said}"` };
    },
  },
  {
    id: 'connect-all',
    title: 'Step 3: every marketplace is handed to the backend (Connect all)',
    async run(session) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.extensionUrl('popup.html'));
      const card = page.getByTestId('account').filter({ hasText: 'A1B2C3D4E5F6G7' });
      await card.getByTestId('connect-all').click();
      const account = await eventually(
        async () => {
          const stored = await storedAccount(session, 'A1B2C3D4E5F6G7');
          return stored.secretId === null && stored;
        },
        { timeout: 20_000 },
      );
      const { integrations } = await session.sandbox.state();
      const mine = integrations.filter((i) => i.seller_id === account.sellerId).map((i) => i.country_code);
      await card.scrollIntoViewIfNeeded();
      return {
        page,
        result: `${mine.length} integrations at the backend (${mine.join(', ')}); the token is gone from the extension`,
      };
    },
  },
  {
    id: 'failing',
    title: 'Step 3: the platform reports a country failing (its orders stop importing), and the seller is told',
    async run(session) {
      const { integrations } = await session.sandbox.state();
      const italy = integrations.find((i) => i.seller_id === 'A1B2C3D4E5F6G7' && i.marketplace_id === 'APJ6JRA9NG5V4');
      await session.sandbox.patchIntegration({
        id: italy.id,
        status: 'failing',
        message: 'Amazon refused the token: the authorization is not active.',
      });
      // The background's 30-minute status read, made due now (then put back): it notifies the seller.
      await inBackground(session, () => chrome.alarms.create('status', { when: Date.now() }));
      await eventually(async () => 'failing' in (await inBackground(session, () => chrome.notifications.getAll())), {
        timeout: 10_000,
      });
      await inBackground(session, () => chrome.alarms.create('status', { periodInMinutes: 30 }));
      const button = await inBackground(session, async () => ({
        badge: await chrome.action.getBadgeText({}),
        tooltip: await chrome.action.getTitle({}),
      }));
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.extensionUrl('popup.html'));
      const row = page
        .getByTestId('account')
        .filter({ hasText: 'A1B2C3D4E5F6G7' })
        .locator('[data-marketplace=APJ6JRA9NG5V4]');
      await row.getByRole('link').first().waitFor(); // the way to renew: Manage Your Apps
      await row.scrollIntoViewIfNeeded();
      // biome-ignore lint/performance/useDomNodeTextContent: the row as the seller reads it, spaced between blocks
      const said = (await row.innerText()).replace(/\s+/g, ' ').slice(0, 200);
      return {
        page,
        result: `a notification told the seller; toolbar button "${button.badge}", tooltip "${button.tooltip.replace(/\n/g, ' / ')}"; the popup says: ${said}`,
      };
    },
  },
  {
    id: 'ended',
    title: 'Step 3: a connection removed in the platform’s own panel, and the way to connect it again',
    async run(session) {
      const { integrations } = await session.sandbox.state();
      const germany = integrations.find(
        (i) => i.seller_id === 'A1B2C3D4E5F6G7' && i.marketplace_id === 'A1PA6795UKMFR9',
      );
      // Removed at the platform (someone in its panel), not in ShipBridge.
      await fetch(`${session.sandbox.url}/v1/amazon/integrations/${germany.id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${session.sandbox.token}` },
      });
      await inBackground(session, () => chrome.alarms.create('status', { when: Date.now() }));
      await eventually(async () => 'ended' in (await inBackground(session, () => chrome.notifications.getAll())), {
        timeout: 10_000,
      });
      await inBackground(session, () => chrome.alarms.create('status', { periodInMinutes: 30 }));
      // Where the notification's click leads: the popup, at Germany.
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.extensionUrl('popup.html#ended'));
      await eventually(
        async () => (await page.evaluate(() => document.activeElement?.dataset.marketplace)) === 'A1PA6795UKMFR9',
      );
      const row = page
        .getByTestId('account')
        .filter({ hasText: 'A1B2C3D4E5F6G7' })
        .locator('[data-marketplace=A1PA6795UKMFR9]');
      // biome-ignore lint/performance/useDomNodeTextContent: the row as the seller reads it, spaced between blocks
      const said = (await row.innerText()).replace(/\s+/g, ' ').slice(0, 200);
      return { page, result: `a notification told the seller; the popup opens at Germany: ${said}` };
    },
  },
  {
    id: 'sendcloud-fill',
    title: 'Step 3 with Sendcloud (the default): the popup fills in Sendcloud’s Amazon connect form',
    async run(session) {
      // Sendcloud's API, as the background meets it: no Amazon integration until the seller has pressed
      // Connect in Sendcloud's panel (then one under the shop name the form was filled with).
      const sendcloud = { created: null };
      session.sendcloud = sendcloud;
      await session.context.route('https://panel.sendcloud.sc/**', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body:
            route.request().method() === 'GET' ? JSON.stringify(sendcloud.created ? [sendcloud.created] : []) : '{}',
        }),
      );
      const options = await session.context.newPage();
      await options.goto(session.extensionUrl('options.html'));
      await options.locator('input[name=backend][value=sendcloud]').check();
      await options.locator('#key-sendcloudPublic').fill('demo-public-key');
      await options.locator('#key-sendcloudSecret').fill('demo-secret-key');
      const secrets = (await readStore(session, 'secrets')).length;
      await options.getByTestId('save-keys').click();
      await eventually(async () => (await readStore(session, 'secrets')).length >= secrets + 2);
      await options.close();
      // Germany of the account captured from the German dialog, from the popup.
      const popup = await session.context.newPage();
      await popup.goto(session.extensionUrl('popup.html'));
      const germany = popup
        .getByTestId('account')
        .filter({ hasText: 'A9ZZ8YY7XX6WW5' })
        .locator('[data-testid=marketplace][data-marketplace=A1PA6795UKMFR9]');
      await germany.locator('summary').click();
      await germany.locator('details .row button').click();
      await germany.getByTestId('sendcloud-handoff').waitFor();
      await popup.close();
      // The seller opens Sendcloud's connect form and presses ShipBridge's toolbar button there.
      const page = await session.context.newPage();
      await page.goto(sitePage('sendcloud-connect-en').url);
      const toolbar = await openActionPopup(session, page);
      await toolbar.waitFor(() => {
        const fill = document.querySelector('[data-testid=fill-form]');
        fill?.click();
        return Boolean(fill);
      });
      const said = await toolbar.waitFor(
        () => document.querySelector('[data-testid=sendcloud-handoff] [role=status]')?.textContent,
      );
      await toolbar.close();
      const form = await page.evaluate(() => ({
        name: document.getElementById('sc-name').value,
        seller: document.getElementById('sc-seller').value,
        market: document.getElementById('sc-market').selectedOptions[0]?.textContent,
        token: document.getElementById('sc-token').value,
      }));
      if (!form.token) throw new Error(`the form was not filled: ${said}`);
      sendcloud.shopName = form.name;
      return {
        page,
        result: `"${form.name}", ${form.seller}, ${form.market}, token …${form.token.slice(-4)} filled in; the popup said: "${said}"`,
      };
    },
  },
  {
    id: 'sendcloud-connected',
    title: 'Step 3 with Sendcloud: ShipBridge notices the integration the seller created',
    async run(session) {
      // The seller presses Connect in Sendcloud's panel: Sendcloud's API now lists the integration.
      session.sendcloud.created = {
        id: 501,
        shop_name: session.sendcloud.shopName,
        system: 'amazon',
        failing_since: null,
        last_fetch: null,
      };
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.extensionUrl('popup.html'));
      const card = page.getByTestId('account').filter({ hasText: 'A9ZZ8YY7XX6WW5' });
      const stored = await eventually(
        async () =>
          (await readStore(session, 'integrations')).find(
            (i) => i.marketplaceId === 'A1PA6795UKMFR9' && i.status === 'connected' && i.remoteId === '501',
          ),
        { timeout: 30_000 },
      );
      await card.locator('[data-marketplace=A1PA6795UKMFR9] [data-testid=status]').waitFor();
      await card.scrollIntoViewIfNeeded();
      const account = await storedAccount(session, 'A9ZZ8YY7XX6WW5');
      const token = account.secretId
        ? 'the token stays until every marketplace is handed over'
        : 'the token is gone from the extension';
      return {
        page,
        result: `Germany connected, linked to Sendcloud integration ${stored.remoteId} ("${stored.shopName}"); ${token}`,
      };
    },
  },
  {
    id: 'weight-editor',
    title: 'Step 4: a listing without a shipping weight is flagged in the editor',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(`${sitePage('listing-editor-missing-en').url}?marketplaceID=ATVPDKIKX0DER&sku=SKU-RED-MUG`);
      await page.waitForFunction(() => document.querySelector('shipbridge-note'));
      const listing = await eventually(async () =>
        (await readStore(session, 'listings')).find((l) => l.sku === 'SKU-RED-MUG'),
      );
      const note = await shadowText(page, 'shipbridge-note');
      return {
        page,
        result: `${listing.sku} (${listing.marketplaceId}) recorded for the popup; on the page: "${note}"`,
      };
    },
  },
  {
    id: 'weight-report',
    title: 'Step 4: an inventory report is checked in the settings',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('options.html'));
      await page.locator('#report-file').setInputFiles(join(ROOT, 'test/site/reports/listings-en.txt'));
      const status = page.getByTestId('report-status');
      // Done when the result is saved for the popup (its last line) or the check failed.
      await page.waitForFunction(() => {
        const lines = document.querySelectorAll('[data-testid=report-status] p');
        return lines.length > 1 || document.querySelector('[data-testid=report-status] .error');
      });
      if (await status.locator('.error').count()) throw new Error(await status.textContent());
      await page.getByTestId('report').scrollIntoViewIfNeeded();
      const flagged = (await readStore(session, 'listings')).filter((l) => l.source === 'report').length;
      // biome-ignore lint/performance/useDomNodeTextContent: one line per paragraph, as the seller reads them
      const said = (await status.innerText()).split('\n').filter(Boolean).join(' / ');
      return { page, result: `${flagged} SKUs flagged from the report; on the page: ${said}` };
    },
  },
  {
    id: 'expiry',
    title: 'Step 5: Manage Your Apps is read, and the popup shows when the authorization ends',
    async run(session) {
      const apps = await session.context.newPage();
      await apps.goto(sitePage('manage-apps-en').url);
      await apps.waitForTimeout(1000);
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.extensionUrl('popup.html'));
      await page.getByTestId('expiry').waitFor();
      await page.getByTestId('expiry').scrollIntoViewIfNeeded();
      // biome-ignore lint/performance/useDomNodeTextContent: the card as the seller reads it, spaced between blocks
      return { page, result: (await page.getByTestId('expiry').innerText()).replace(/\s+/g, ' ').slice(0, 160) };
    },
  },
];
