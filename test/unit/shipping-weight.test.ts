import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flaggedSkusFor, recordListingWeight, saveReportResult } from '@/lib/background/listings';
import { db } from '@/lib/db';
import { listingCounts } from '@/lib/db/listings';
import { FEATURES } from '@/lib/features/all';
import { startFeatures } from '@/lib/features/runner';
import { pageDictionaries } from '@/lib/i18n/page';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadPage, wait } from './fixtures';
import { captureShadowRoots } from './page-ui';

let run: AbortController;
let ui: ReturnType<typeof captureShadowRoots>;
let received: { type: string; payload: Record<string, unknown> }[];

beforeEach(async () => {
  ui = captureShadowRoots();
  received = [];
  run = new AbortController();
  await db().listings.clear();
});
afterEach(() => {
  run.abort();
  document.body.innerHTML = '';
});

function answer(reply: (message: { type: string }) => unknown) {
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as { type: string; payload: Record<string, unknown> };
    received.push(message);
    return Promise.resolve(reply(message));
  });
}

const EDITOR_QUERY = '?marketplaceID=ATVPDKIKX0DER&sku=SKU-RED-MUG&asin=B00RED0001&productType=HOME';
const start = () => startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
const weightInput = () =>
  document.querySelector('kat-input[name$="weight-0-value"]')?.shadowRoot?.querySelector('input') as HTMLInputElement;

describe('shipping-weight in the listing editor', () => {
  it('flags an empty weight next to the field, records it, and clears both when the seller types one', async () => {
    answer(() => ({ ok: true, data: {} }));
    loadPage('listing-editor-missing-en', { query: EDITOR_QUERY });
    start();
    await wait(150);
    expect(ui.notes()).toEqual([expect.stringMatching(/No shipping weight: orders of this listing will not import/)]);
    expect(received.at(-1)).toEqual({
      type: 'page:listingWeight',
      payload: { sku: 'SKU-RED-MUG', asin: 'B00RED0001', marketplaceId: 'ATVPDKIKX0DER', missing: true },
    });
    const input = weightInput();
    input.value = '0.5';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await wait(20);
    expect(ui.notes()).toEqual([]);
    expect(received.at(-1)?.payload.missing).toBe(false);
  });

  it('flags the field again when the page draws its section anew', async () => {
    answer(() => ({ ok: true, data: {} }));
    // Another SKU: what a page reported is remembered across tests (module state, as on a real page).
    loadPage('listing-editor-missing-en', { query: '?marketplaceID=ATVPDKIKX0DER&sku=SKU-REDRAWN' });
    start();
    await wait(150);
    expect(ui.notes()).toHaveLength(1);
    // The page renders the section again from its own state: the new copy has no ShipBridge note in it.
    const section = document.querySelector('kat-input[name$="weight-0-value"]')?.parentElement as HTMLElement;
    const drawn = section.cloneNode(true) as HTMLElement;
    for (const note of drawn.querySelectorAll('shipbridge-note')) note.remove();
    section.replaceWith(drawn);
    await wait(150);
    expect(ui.notes()).toEqual([expect.stringMatching(/No shipping weight/)]);
    const note = ui.hosts().find((host) => host.tagName === 'SHIPBRIDGE-NOTE');
    expect(note?.previousElementSibling).toBe(document.querySelector('kat-input[name$="weight-0-value"]'));
  });

  it('treats zero as missing (Italian, website_shipping_weight) and a weight as present (German)', async () => {
    answer(() => ({ ok: true, data: {} }));
    loadPage('listing-editor-zero-it', { query: '?marketplaceID=APJ6JRA9NG5V4&sku=IT-1' });
    start();
    await wait(150);
    expect(ui.notes()).toEqual([expect.stringMatching(/Nessun peso di spedizione/)]);
    run.abort();
    run = new AbortController();
    received.length = 0;
    loadPage('listing-editor-weight-de', { query: '?marketplaceID=A1PA6795UKMFR9&sku=DE-1' });
    start();
    await wait(150);
    expect(ui.notes()).toEqual([]);
    expect(received.at(-1)?.payload).toMatchObject({ sku: 'DE-1', missing: false });
  });

  it('re-checks when the seller switches sections without a reload', async () => {
    answer(() => ({ ok: true, data: {} }));
    loadPage('listing-editor-offer-en', { query: EDITOR_QUERY });
    start();
    await wait(100);
    expect(received.filter((m) => m.type === 'page:listingWeight')).toEqual([]);
    (document.querySelector('a[data-section=product_details]') as HTMLElement).click();
    await wait(350);
    expect(received.at(-1)?.payload).toMatchObject({ sku: 'SKU-RED-MUG', missing: true });
  });

  it('flags the classic editor and asks for Advanced View when it is off', async () => {
    answer(() => ({ ok: true, data: {} }));
    loadPage('listing-classic-en');
    start();
    await wait(150);
    expect(received.at(-1)?.payload).toMatchObject({
      sku: 'SKU-BLUE-BOWL',
      marketplaceId: 'A1F83G8C2ARO7P',
      missing: true,
    });
    run.abort();
    run = new AbortController();
    loadPage('listing-classic-basic-en');
    start();
    await wait(150);
    expect(ui.panelText()).toMatch(/Turn on Advanced View/);
  });
});

describe('shipping-weight on inventory pages', () => {
  /** Opens an inventory page with these SKUs known to lack a weight, and waits for the marks. */
  async function openInventory(page: string, skus: string[], settle: number) {
    answer((m) => (m.type === 'page:flaggedSkus' ? { ok: true, data: { skus } } : { ok: true, data: {} }));
    loadPage(page);
    start();
    await wait(settle);
  }

  it('marks exactly the rows whose SKU is known to lack a weight, with a link to its editor', async () => {
    await openInventory('inventory-5000-en', ['SKU-00007', 'SKU-04999', 'NOT-ON-PAGE'], 300);
    // A 5,000-row page takes happy-dom a while on a busy machine: wait for the look, not a fixed time.
    await vi.waitFor(
      () => {
        const marked = [...document.querySelectorAll<HTMLElement>('tr[data-shipbridge-missing-weight]')];
        expect(marked.map((row) => row.dataset.row)).toEqual(['7', '4999']);
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(ui.panelText()).toMatch(/2 listings on this page have no shipping weight/);
    expect(ui.panelText()).toContain('SKU-00007');
    expect(ui.panelText()).not.toContain('NOT-ON-PAGE');
  }, 30_000);

  it('links the first 30 flagged listings and says how many more the popup lists', async () => {
    const skus = Array.from({ length: 45 }, (_, i) => `SKU-${String(i * 100).padStart(5, '0')}`);
    await openInventory('inventory-5000-en', skus, 300);
    await vi.waitFor(() => expect(document.querySelectorAll('tr[data-shipbridge-missing-weight]')).toHaveLength(45), {
      timeout: 20_000,
      interval: 100,
    });
    expect(ui.panelText()).toMatch(/45 listings on this page have no shipping weight/);
    expect(ui.panelText().match(/Add the weight/g)).toHaveLength(30);
    expect(ui.panelText()).toContain('More listings without a weight on this page: 15. The ShipBridge button');
  }, 30_000);

  it('marks rows a grid renders late', async () => {
    await openInventory('inventory-grid-de', ['SKU-BLUE-BOWL'], 500);
    const marked = [...document.querySelectorAll('[data-shipbridge-missing-weight]')];
    expect(marked.map((row) => row.children[1]?.textContent)).toEqual(['SKU-BLUE-BOWL']);
    run.abort();
    expect(document.querySelectorAll('[data-shipbridge-missing-weight]')).toHaveLength(0);
  });

  const markedSkus = () =>
    [...document.querySelectorAll('[data-shipbridge-missing-weight]')].map((row) => row.children[1]?.textContent);
  const gridRow = (sku: string) =>
    [...document.querySelectorAll('[role=row]')].find((row) => row.children[1]?.textContent === sku) as HTMLElement;

  it('follows what the grid shows: rows filtered away or reused for another SKU lose their mark and leave the list', async () => {
    await openInventory('inventory-grid-de', ['SKU-RED-MUG', 'SKU-BLUE-BOWL'], 500);
    expect(markedSkus()).toEqual(['SKU-RED-MUG', 'SKU-BLUE-BOWL']);
    expect(ui.panelText()).toMatch(/2 Angebote auf dieser Seite haben kein Versandgewicht/);

    gridRow('SKU-RED-MUG').remove(); // the seller filters the grid
    await wait(150);
    expect(markedSkus()).toEqual(['SKU-BLUE-BOWL']);
    expect(ui.panelText()).toMatch(/1 Angebot auf dieser Seite hat kein Versandgewicht/);
    expect(ui.panelText()).not.toContain('SKU-RED-MUG');

    const reused = gridRow('SKU-BLUE-BOWL'); // a grid that recycles its row elements
    (reused.children[1] as HTMLElement).textContent = 'DE-OTHER-1';
    await wait(150);
    expect(markedSkus()).toEqual([]);
    expect(reused.style.outline).toBe('');
    expect(ui.panelText()).toBe('');
  });

  it('keeps a closed panel closed when the grid draws the same rows again, and opens it for a SKU not listed yet', async () => {
    await openInventory('inventory-grid-de', ['SKU-BLUE-BOWL', 'DE-NEW-1'], 500);
    expect(ui.panelText()).toMatch(/1 Angebot auf dieser Seite/);
    ui.panelButton('×')?.click();
    expect(ui.panelText()).toBe('');

    const grid = document.getElementById('products') as HTMLElement;
    const [header, ...rows] = [...grid.children];
    grid.replaceChildren(header as Node, ...rows.reverse().map((row) => row.cloneNode(true))); // sorted
    await wait(150);
    expect(markedSkus()).toEqual(['SKU-BLUE-BOWL']);
    expect(gridRow('SKU-BLUE-BOWL').style.outline).not.toBe('');
    expect(ui.panelText()).toBe('');

    const added = gridRow('SKU-BLUE-BOWL').cloneNode(true) as HTMLElement;
    (added.children[1] as HTMLElement).textContent = 'DE-NEW-1';
    grid.append(added);
    await wait(150);
    expect(markedSkus()).toEqual(['SKU-BLUE-BOWL', 'DE-NEW-1']);
    expect(ui.panelText()).toMatch(/2 Angebote auf dieser Seite haben kein Versandgewicht/);
  });
});

describe('listings in the background', () => {
  it('records and forgets by what the editor showed, per marketplace of the host', async () => {
    await recordListingWeight({ sku: 'A', asin: null, marketplaceId: null, missing: true }, 'sellercentral.amazon.de');
    await recordListingWeight(
      { sku: 'B', asin: null, marketplaceId: 'APJ6JRA9NG5V4', missing: true },
      'sellercentral-europe.amazon.com',
    );
    expect(await flaggedSkusFor('sellercentral.amazon.de')).toEqual(['A']);
    expect((await flaggedSkusFor('sellercentral-europe.amazon.com')).sort()).toEqual(['A', 'B']);
    expect(await flaggedSkusFor('sellercentral.amazon.com')).toEqual([]);
    await recordListingWeight({ sku: 'A', asin: null, marketplaceId: null, missing: false }, 'sellercentral.amazon.de');
    expect(await flaggedSkusFor('sellercentral.amazon.de')).toEqual([]);
  });

  it('replaces the previous report of a marketplace, and keeps what editors recorded', async () => {
    await recordListingWeight({ sku: 'EDITED', asin: null, marketplaceId: 'A1PA6795UKMFR9', missing: true }, 'x');
    await saveReportResult('A1PA6795UKMFR9', ['R1', 'R2']);
    expect(await saveReportResult('A1PA6795UKMFR9', ['R2', 'R3', 'R3'])).toEqual({ saved: 2 });
    expect((await flaggedSkusFor('sellercentral.amazon.de')).sort()).toEqual(['EDITED', 'R2', 'R3']);
  });

  it('forgets what a new report shows with a weight, whoever flagged it, and everything of a clean report', async () => {
    await recordListingWeight({ sku: 'EDITED', asin: null, marketplaceId: 'A1PA6795UKMFR9', missing: true }, 'x');
    await recordListingWeight({ sku: 'ELSEWHERE', asin: null, marketplaceId: 'A1PA6795UKMFR9', missing: true }, 'x');
    await saveReportResult('A1PA6795UKMFR9', ['R1', 'R2']);
    // The seller fixed everything and checks the report again: nothing is missing any more.
    await saveReportResult('A1PA6795UKMFR9', [], ['EDITED', 'R1', 'R2']);
    // A listing the report does not cover keeps what its editor showed.
    expect(await flaggedSkusFor('sellercentral.amazon.de')).toEqual(['ELSEWHERE']);
  });

  it('counts the listings of each marketplace for the popup, in marketplace ID order', async () => {
    await saveReportResult('A1PA6795UKMFR9', ['R1', 'R2', 'SKU:WITH:COLONS']);
    await saveReportResult('ATVPDKIKX0DER', ['US1']);
    // A marketplace ID the page reported that ShipBridge does not know is counted under its own ID.
    await recordListingWeight({ sku: 'Z:1', asin: null, marketplaceId: 'A0UNKNOWN123', missing: true }, 'x');
    expect(await listingCounts()).toEqual([
      { id: 'A0UNKNOWN123', count: 1 },
      { id: 'A1PA6795UKMFR9', count: 3 },
      { id: 'ATVPDKIKX0DER', count: 1 },
    ]);
    await db().listings.clear();
    expect(await listingCounts()).toEqual([]);
  });
});
