// Its own file: the page's components must not be defined yet (another file's Katal pages would have).
import { afterEach, expect, it } from 'vitest';
import { FEATURES } from '@/lib/features/all';
import { startFeatures } from '@/lib/features/runner';
import { pageDictionaries } from '@/lib/i18n/page';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadPage, wait } from './fixtures';

const run = new AbortController();
afterEach(() => run.abort());

it('fills a Katal form on a big page once the component library arrives late', async () => {
  loadPage('authorize-katal-big-late-en');
  expect(document.getElementsByTagName('*').length).toBeGreaterThan(3000);
  startFeatures(FEATURES, DEFAULT_SETTINGS, pageDictionaries, run.signal);
  await wait(300);
  const fields = () =>
    [...document.querySelectorAll('kat-input')].map((k) => k.shadowRoot?.querySelector('input')?.value);
  expect(fields()).toEqual([undefined, undefined]); // no shadow root, no input yet
  await wait(900); // defined at 600 ms; the upgrade is noticed within 250 ms
  expect(document.body.dataset.katalDefinedAt).toBeDefined();
  expect(fields()).toEqual(['SendCloud', '3244-7764-4129']);
});
