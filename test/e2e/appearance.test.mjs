import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { seedPopupData } from '../../scripts/bench-seed.mjs';
import { page as sitePage } from '../site/pages.mjs';
import { contrastProblems, focusRingProblems } from './contrast.mjs';
import { openActionPopup, writeStore } from './harness.mjs';
import { browserForSuite } from './suite.mjs';

// The EU account of the bench's seed, its countries in every state the popup draws differently.
const SELLER = 'AEUBENCH000001';
const STATES = [
  ['A1PA6795UKMFR9', 'DE', 'connected', null],
  ['APJ6JRA9NG5V4', 'IT', 'failing', 'unauthorized'],
  ['A13V1IB3VIYZZH', 'FR', 'queued', null],
  ['A1RKKUPIHCS9HS', 'ES', 'connecting', null],
  ['A1F83G8C2ARO7P', 'GB', 'not_connected', 'validation'],
  ['AMEN7PMS3EDWL', 'NL', 'disconnected', null],
];

describe("ShipBridge's pages in the browser's light and dark mode", () => {
  const session = browserForSuite({ locale: 'en-US' });

  before(async () => {
    // Five of the inventory page's SKUs flagged in the United States, for its panel and row outlines.
    await seedPopupData(session, { flaggedOnInventory: 5 });
    const now = Date.now();
    await writeStore(
      session,
      'integrations',
      STATES.map(([marketplaceId, countryCode, status, problem]) => ({
        id: `${SELLER}:${marketplaceId}`,
        accountId: `EU:${SELLER}`,
        sellerId: SELLER,
        marketplaceId,
        countryCode,
        shopName: `Shop ${countryCode}`,
        importPackageWeight: true,
        orderStatusUpdate: 'on_announcement',
        backend: 'sendcloud',
        status,
        remoteId: ['connected', 'failing', 'connecting'].includes(status) ? `remote-${countryCode}` : null,
        problem,
        message: problem ? 'The platform said no.' : null,
        fieldErrors: null,
        lastSyncAt: now,
        updatedAt: now,
      })),
    );
  });

  /** The popup (every country unfolded) or the options page, opened in a tab drawn in `scheme`. */
  async function open(path, scheme) {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(session.extensionUrl(path));
    if (path === 'popup.html') {
      await page.getByTestId('listing-group').first().waitFor();
      await page.getByText('Failing', { exact: true }).waitFor();
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
    } else {
      await page.getByTestId('save-status').waitFor({ state: 'attached' });
      // A field the seller got wrong, with its message.
      await page.getByLabel('Delete captured data after (days)').fill('0');
      await page.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    }
    return page;
  }

  for (const scheme of ['light', 'dark']) {
    for (const path of ['popup.html', 'options.html']) {
      it(`${path}: drawn ${scheme}, every text and field edge readable, every focus ring visible`, async () => {
        const page = await open(path, scheme);
        const { problems, background, backgroundLuminance, controls } = await contrastProblems(page);
        // Light: near white; dark: near black (a white popup glares out of a dark browser).
        if (scheme === 'dark') assert.ok(backgroundLuminance < 0.05, `dark mode's background is ${background}`);
        else assert.ok(backgroundLuminance > 0.9, `light mode's background is ${background}`);
        assert.deepEqual(problems, []);
        const rings = await focusRingProblems(page);
        assert.equal(rings.stops, Math.min(controls, 25), 'every control reached with Tab, up to 25');
        assert.deepEqual(rings.problems, []);
        await page.close();
      });
    }
  }

  it('popup and options fit a window 320 px wide (400 % zoom) without a sideways scroll; the toolbar popup keeps 380 px', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await open(path, 'light');
      await page.setViewportSize({ width: 320, height: 800 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return { scrollWidth, clientWidth };
      });
      assert.ok(scrollWidth <= clientWidth, `${path}: ${scrollWidth} px wide in a ${clientWidth} px window`);
      await page.close();
    }
    const tab = await session.context.newPage();
    await tab.goto(sitePage('authorize-classic-en').url);
    const popup = await openActionPopup(session, tab);
    // The popup draws once it has read its data: its column is there then.
    const width = await popup.waitFor(() => document.querySelector('main')?.getBoundingClientRect().width);
    assert.equal(width, 380);
    await popup.close();
    await tab.close();
  });

  // Seller Central stays light whatever the browser's mode: ShipBridge's panels, notes and outlines on it
  // are measured there. The page's own text and controls are Amazon's business, not measured.
  const UI = { hosts: ['shipbridge-panel', 'shipbridge-note'] };
  const OUTLINED = '[data-shipbridge-highlight], [data-shipbridge-missing-weight]';
  const SELLER_CENTRAL = [
    [
      'the authorize form: panel, agreement notes and outlines',
      'authorize-classic-en',
      async (tab) => {
        await tab.locator('#aliveButton button').click(); // Next: the agreements, noted and outlined
        await tab.waitForFunction(() => document.querySelectorAll('shipbridge-note').length === 2);
      },
    ],
    [
      "the consent page's warning",
      'consent-en',
      async (tab) => {
        await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
      },
      '?application_id=amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&state=s1',
    ],
    [
      'the credentials confirmation',
      'credentials-text-en',
      async (tab) => {
        await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
      },
    ],
    [
      "the inventory's marked rows and their links",
      'inventory-5000-en',
      async (tab) => {
        await tab.waitForFunction(() => document.querySelectorAll('[data-shipbridge-missing-weight]').length === 5);
      },
      '?viewId=FBA',
    ],
  ];
  for (const scheme of ['light', 'dark']) {
    for (const [what, name, shown, query = ''] of SELLER_CENTRAL) {
      it(`Seller Central, browser in ${scheme} mode: ${what} readable, focus rings visible`, async () => {
        const tab = await session.context.newPage();
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.goto(sitePage(name).url + query);
        await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
        await shown(tab);
        const { problems, hostControls } = await contrastProblems(tab, { ...UI, outlined: OUTLINED, text: false });
        assert.deepEqual(problems, []);
        const rings = await focusRingProblems(tab, { ...UI, stops: 30, onlyHosts: true, backwards: true });
        assert.ok(hostControls > 0);
        assert.equal(rings.stops, hostControls, "every one of ShipBridge's controls reached with Tab");
        assert.deepEqual(rings.problems, []);
        await tab.close();
      });
    }
  }
});
