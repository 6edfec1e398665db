// Its own file: the page's components must not be defined yet (another file's Katal pages would have).
import { afterEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEATURES } from '@/lib/features/all';
import { startFeatures } from '@/lib/features/runner';
import { pageDictionaries } from '@/lib/i18n/page';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadPage, wait } from './fixtures';
import { captureShadowRoots } from './page-ui';

const run = new AbortController();
afterEach(() => run.abort());

it('flags an empty weight on a big editor page once the component library arrives late', async () => {
  const received: { type: string; payload: Record<string, unknown> }[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    received.push(message as (typeof received)[number]);
    return Promise.resolve({ ok: true, data: {} });
  });
  const ui = captureShadowRoots();
  loadPage('listing-editor-katal-big-late-en', { query: '?marketplaceID=A28R8C7NBKEWEA&sku=SKU-BLUE-MUG' });
  expect(document.getElementsByTagName('*').length).toBeGreaterThan(3000);
  startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
  await wait(300);
  expect(ui.notes()).toEqual([]); // no field yet
  await wait(900); // defined at 600 ms; the upgrade is noticed within 250 ms
  expect(document.body.dataset.katalDefinedAt).toBeDefined();
  expect(ui.notes()).toEqual([expect.stringMatching(/No shipping weight/)]);
  expect(received.at(-1)).toEqual({
    type: 'page:listingWeight',
    payload: { sku: 'SKU-BLUE-MUG', asin: null, marketplaceId: 'A28R8C7NBKEWEA', missing: true },
  });
});
