// The demo's steps, in the order a seller meets them. Each returns the page to photograph and one line
// saying what happened.

import { join } from 'node:path';
import { ROOT } from '../test/e2e/harness.mjs';
import { clickShadowButton } from '../test/e2e/page-ui.mjs';
import { page as sitePage } from '../test/site/pages.mjs';

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
      return { page, result: 'Katal inputs filled after in-page navigation' };
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
      return {
        page,
        result:
          'seller A3KXQ7ZP2N5VJ8, 3 marketplaces, token kept encrypted; confirmation on the page, copy buttons one press away',
      };
    },
  },
  {
    id: 'capture-dialog',
    title: 'Step 2: a dialog that disappears after one second (German Manage Your Apps)',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('credentials-dialog-de').url);
      await page.waitForFunction(() => document.querySelector('shipbridge-panel'));
      return { page, result: 'captured before the dialog went away' };
    },
  },
  {
    id: 'capture-tables',
    title: 'Step 2: Italian tables with five marketplaces',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(sitePage('credentials-table-it').url);
      await page.waitForFunction(() => document.querySelector('shipbridge-panel'));
      return { page, result: 'Italy, Germany, France, Spain and the United Kingdom saved for one seller' };
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
      await page.getByLabel('Connector API').check();
      await page.getByLabel('Backend URL').fill(session.sandbox.url);
      await page.getByLabel('API token').fill(session.sandbox.token);
      await page.getByRole('button', { name: 'Save keys' }).click();
      await page.getByRole('button', { name: 'Test connection' }).click();
      await page.getByText('Connected to', { exact: false }).waitFor();
      return { page, result: `keys encrypted; Test connection reached ${session.sandbox.url}` };
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
      await card.getByRole('button', { name: 'Connect all' }).click();
      await card.getByText('Handed to your shipping platform').waitFor({ timeout: 20_000 });
      const { integrations } = await session.sandbox.state();
      await card.scrollIntoViewIfNeeded();
      return { page, result: `${integrations.length} integrations at the backend, token gone from the extension` };
    },
  },
  {
    id: 'weight-editor',
    title: 'Step 4: a listing without a shipping weight is flagged in the editor',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(`${sitePage('listing-editor-missing-en').url}?marketplaceID=ATVPDKIKX0DER&sku=SKU-RED-MUG`);
      await page.waitForFunction(() => document.querySelector('shipbridge-note'));
      return { page, result: 'SKU-RED-MUG flagged next to its Package Weight and recorded for the popup' };
    },
  },
  {
    id: 'weight-report',
    title: 'Step 4: an inventory report is checked in the settings',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('options.html'));
      await page.getByLabel('Report file').setInputFiles(join(ROOT, 'test/site/reports/listings-en.txt'));
      await page.getByText('listings have no shipping weight', { exact: false }).first().waitFor();
      await page.getByTestId('report').scrollIntoViewIfNeeded();
      return { page, result: '3 SKUs without a weight found in the report, per marketplace, exportable as CSV' };
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
