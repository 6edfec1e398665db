import { afterEach, describe, expect, it } from 'vitest';
import { isSmall } from '@/lib/dom/deep';
import { readAuthorizations } from '@/lib/seller-central/authorizations';
import { findAgreementBoxes, findDeveloperFields, findDeveloperOption } from '@/lib/seller-central/authorize-form';
import { readConsentPage } from '@/lib/seller-central/consent';
import { FINDER_EXPECTATIONS } from '@/lib/seller-central/expectations';
import { advancedViewOff, findWeightField, skuRows } from '@/lib/seller-central/listings';
import { PAGES } from '../site/pages.mjs';
import { loadPage, wait } from './fixtures';

const FINDERS: Record<string, () => number> = {
  'developer-name': () => (findDeveloperFields().name ? 1 : 0),
  'developer-id': () => (findDeveloperFields().id ? 1 : 0),
  'developer-option': () => (findDeveloperOption() ? 1 : 0),
  'agreement-boxes': () => findAgreementBoxes().length,
  'weight-field': () => (findWeightField() ? 1 : 0),
  'advanced-view-off': () => (advancedViewOff() ? 1 : 0),
  'sku-rows': () => skuRows().length,
  'authorization-rows': () => readAuthorizations(document, false).length,
  consent: () => {
    const page = readConsentPage(new URL(location.href));
    return page.checkbox && page.confirm ? 1 : 0;
  },
};

/** Page states reached the way a seller reaches them. */
const STATES: Record<string, () => Promise<void>> = {
  rendered: async () => {
    await wait(350);
  },
  form: async () => {
    (document.getElementById('authorize-new-developer') as HTMLElement).click();
    await wait(450);
  },
  agreements: async () => {
    await STATES.form?.();
    for (const [i, host] of [...document.querySelectorAll('kat-input')].entries()) {
      const input = host.shadowRoot?.querySelector('input') as HTMLInputElement;
      input.value = i === 0 ? 'SendCloud' : '3244-7764-4129';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    (document.getElementById('katal-next') as HTMLElement).click();
  },
};

async function open(key: string) {
  const [name = '', state] = key.split(':');
  loadPage(name, {
    query: name.startsWith('consent')
      ? '?application_id=amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&state=x'
      : '',
  });
  // A page whose component library arrives late is looked at once it has arrived.
  const delay = Number(document.body.dataset.katalDelay ?? 0);
  if (delay > 0) await wait(delay + 100);
  if (state) await STATES[state]?.();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('finder expectations', () => {
  it('exist for every finder and every page', () => {
    expect(Object.keys(FINDER_EXPECTATIONS).sort()).toEqual(Object.keys(FINDERS).sort());
    for (const [finder, counts] of Object.entries(FINDER_EXPECTATIONS)) {
      for (const page of PAGES)
        expect(counts[page.name], `${finder} has no expectation for ${page.name}`).toBeTypeOf('number');
      for (const key of Object.keys(counts)) {
        const [name, state] = key.split(':');
        expect(
          PAGES.some((p) => p.name === name),
          `${finder}: unknown page ${key}`,
        ).toBe(true);
        if (state) expect(STATES[state], `${finder}: unknown state ${key}`).toBeDefined();
      }
    }
  });

  // One load per page (or page state), every finder checked on it: the 5,000-row page is slow to build.
  const keys = [...new Set(Object.values(FINDER_EXPECTATIONS).flatMap((counts) => Object.keys(counts)))];
  for (const key of keys) {
    it(`every finder matches as expected on ${key}`, { timeout: 60_000 }, async () => {
      await open(key);
      for (const [finder, counts] of Object.entries(FINDER_EXPECTATIONS)) {
        if (counts[key] !== undefined) expect(FINDERS[finder]?.(), `${finder} on ${key}`).toBe(counts[key]);
      }
    });
  }
});

describe('what the finders return', () => {
  it('gives the rows of the wanted SKUs only, each with its own row and cell', async () => {
    await open('inventory-grid-de:rendered');
    expect(skuRows().map((r) => r.sku)).toEqual(['SKU-RED-MUG', 'SKU-BLUE-BOWL', 'DE-GREEN-7']);
    const [blue, ...others] = skuRows(document, (sku) => sku === 'SKU-BLUE-BOWL');
    expect(others).toEqual([]);
    expect(blue?.cell.textContent).toBe('SKU-BLUE-BOWL');
    expect(blue?.row.textContent).toBe('Blaue SchaleSKU-BLUE-BOWLAktiv');
  });

  it('reads a table that is also an ARIA grid once, by its own head, not by a head nested in a cell', () => {
    document.body.innerHTML = `<table role="grid">
      <thead><tr><th role="columnheader">Name</th><th role="columnheader">SKU</th></tr></thead>
      <tbody>
        <tr role="row"><td role="gridcell">Mug</td><td role="gridcell">SKU-1</td></tr>
        <tr role="row"><td role="gridcell"><table><thead><tr><th>SKU</th></tr></thead></table></td><td role="gridcell">SKU-2</td></tr>
      </tbody></table>`;
    expect(skuRows().map((r) => r.sku)).toEqual(['SKU-1', 'SKU-2']);
  });

  it('finds an ARIA grid beside a table that has no SKU column', () => {
    document.body.innerHTML = `<table><thead><tr><th>Fees</th></tr></thead><tbody><tr><td>1.00</td></tr></tbody></table>
      <div role="grid"><div role="row"><div role="columnheader">SKU</div></div>
        <div role="row"><div role="gridcell">SKU-9</div></div></div>`;
    expect(skuRows().map((r) => r.sku)).toEqual(['SKU-9']);
  });

  it('calls a subtree small up to 2,000 elements, asking for no more than one past that', () => {
    document.body.innerHTML = '<div></div>'.repeat(2000);
    expect(isSmall(document.body)).toBe(true);
    document.body.append(document.createElement('p'));
    expect(isSmall(document.body)).toBe(false);
  });

  it('tells the name field from the ID field by label alone', async () => {
    await open('authorize-classic-fr');
    const { name, id } = findDeveloperFields();
    expect(name?.id).toBe('f_a');
    expect(id?.id).toBe('f_b');
  });

  it('reaches into Katal shadow roots', async () => {
    await open('authorize-katal-de:form');
    const { name, id } = findDeveloperFields();
    const hostLabel = (input: HTMLInputElement | null) =>
      (input?.getRootNode() as ShadowRoot | undefined)?.host.getAttribute('label');
    expect(hostLabel(name)).toBe('Name des Entwicklers');
    expect(hostLabel(id)).toBe('Entwickler-ID');
  });

  it('reads the consent page as text', async () => {
    await open('consent-en');
    const page = readConsentPage(new URL(location.href));
    expect(page.appName).toBe('Acme Parcel Hub');
    expect(page.appId).toBe('amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(page.confirm?.id).toBe('consent-confirm');
  });
});
