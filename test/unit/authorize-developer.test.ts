import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FEATURES } from '@/lib/features/all';
import { startFeatures } from '@/lib/features/runner';
import { pageDictionaries } from '@/lib/i18n/page';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadPage, wait } from './fixtures';
import { captureShadowRoots } from './page-ui';

let run: AbortController;
let ui: ReturnType<typeof captureShadowRoots>;

function start(settings: Settings = DEFAULT_SETTINGS) {
  run = new AbortController();
  startFeatures(FEATURES, settings, pageDictionaries, run.signal);
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

beforeEach(() => {
  ui = captureShadowRoots();
});
afterEach(() => {
  run?.abort();
  document.body.innerHTML = '';
});

describe('authorize-developer on the classic form', () => {
  it('fills name and ID for the region and says so', async () => {
    loadPage('authorize-classic-en');
    start();
    await wait(50);
    expect(input('developerName').value).toBe('SendCloud');
    expect(input('devMWSAccountId').value).toBe('3244-7764-4129');
    expect(ui.panelText()).toContain('SendCloud / 3244-7764-4129');
  });

  it('chooses "give a developer access" and fills the fields it reveals in the same look, not a frame later', async () => {
    loadPage('authorize-classic-en');
    expect(document.getElementById('developerFields')?.hidden).toBe(true);
    start();
    for (let i = 0; i < 5; i++) await Promise.resolve(); // microtasks only: no frame, no timer has run
    expect((document.querySelector('input[value=developer]') as HTMLInputElement).checked).toBe(true);
    expect(input('developerName').value).toBe('SendCloud');
    expect(input('devMWSAccountId').value).toBe('3244-7764-4129');
  });

  it('draws its panel once for a look that fills both fields', async () => {
    const append = vi.spyOn(ShadowRoot.prototype, 'append');
    loadPage('authorize-classic-en');
    start();
    await wait(50);
    const panels = append.mock.calls.filter(([node]) => node instanceof HTMLElement && node.className === 'panel');
    expect(panels).toHaveLength(1);
    expect(ui.panelText()).toContain('SendCloud / 3244-7764-4129');
  });

  it('does not mistake its own fill for the seller’s when it restarts (settings change, navigation)', async () => {
    loadPage('authorize-classic-en');
    start();
    await wait(50);
    run.abort();
    start();
    await wait(50);
    expect(ui.panelText()).toContain('SendCloud / 3244-7764-4129');
    expect(ui.panelText()).not.toMatch(/already filled/);
  });

  it('uses the per-region override', async () => {
    loadPage('authorize-classic-ja');
    start({
      ...DEFAULT_SETTINGS,
      developerOverrides: { NA: null, EU: null, FE: { name: 'Acme JP', id: '111122223333' } },
    });
    await wait(50);
    expect(input('applicationName').value).toBe('Acme JP');
    expect(input('appDevMWSAccountId').value).toBe('1111-2222-3333');
  });

  it('selects "give a developer access" so the fields appear, then fills them', async () => {
    loadPage('authorize-classic-fr');
    expect(input('f_a').closest('[hidden]')).not.toBeNull();
    start();
    await wait(100);
    expect((document.querySelector('input[value=developer]') as HTMLInputElement).checked).toBe(true);
    expect(input('f_a').value).toBe('SendCloud');
    expect(input('f_b').value).toBe('3244-7764-4129');
  });

  it('leaves fields the seller filled, warns about a wrong ID and fixes it in one click', async () => {
    loadPage('authorize-prefilled-en');
    start();
    await wait(50);
    expect(input('developerName').value).toBe('SendCloud');
    expect(input('devMWSAccountId').value).toBe('3244-7764-4120');
    expect(ui.panelText()).toMatch(/3244-7764-4120\) is not the one of SendCloud \(3244-7764-4129\)/);
    ui.panelButton('Use 3244-7764-4129')?.click();
    await wait(20);
    expect(input('devMWSAccountId').value).toBe('3244-7764-4129');
    expect(ui.panelText()).not.toMatch(/is not the one/);
  });

  it('warns while the seller types a different ID', async () => {
    loadPage('authorize-classic-it');
    start();
    await wait(50);
    const id = input('appDevMWSAccountId');
    id.value = '9999 8888 7777';
    id.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ui.panelText()).toMatch(/9999 8888 7777/);
    expect(ui.panelText()).toMatch(/non è quello di SendCloud/);
  });

  it('highlights the agreements on step 2 and never ticks them or presses Next', async () => {
    loadPage('authorize-classic-en');
    start();
    await wait(50);
    expect(document.body.dataset.nextClicks).toBeUndefined();
    (document.querySelector('#aliveButton button') as HTMLButtonElement).click(); // the seller presses Next
    await wait(50);
    const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.every((b) => !b.checked)).toBe(true);
    expect(boxes.every((b) => b.closest('label')?.hasAttribute('data-shipbridge-highlight'))).toBe(true);
    expect(ui.notes()).toHaveLength(2);
    expect(ui.notes()[0]).toMatch(/never ticks it for you/);
    expect(document.body.dataset.finishClicks).toBeUndefined();
    expect(document.body.dataset.submitted).toBeUndefined();
    expect(document.body.dataset.nextClicks).toBe('1');
  });

  it('writes its panel and notes left to right, in their own language, on an Arabic page written right to left', async () => {
    loadPage('authorize-classic-ar');
    expect(document.documentElement.dir).toBe('rtl');
    start();
    await wait(50);
    expect(input('applicationName').value).toBe('SendCloud');
    expect(input('appDevMWSAccountId').value).toBe('3244-7764-4129');
    (document.querySelector('#aliveButton button') as HTMLButtonElement).click(); // the seller presses Next
    await wait(50);
    expect(ui.notes()).toHaveLength(2);
    // ShipBridge speaks no Arabic: English (the browser's language here), said so, left to right.
    expect(ui.declared()).toEqual(['en ltr', 'en ltr', 'en ltr']);
  });

  it('declares the language its texts are in: the page’s, the seller’s choice, or English until the texts are read', async () => {
    loadPage('authorize-classic-it');
    start();
    await wait(50);
    expect(ui.declared()).toEqual(['it ltr']);
    run.abort();
    start({ ...DEFAULT_SETTINGS, language: 'de' });
    await wait(50);
    expect(ui.declared()).toEqual(['de ltr']);
    run.abort();
    run = new AbortController();
    startFeatures(FEATURES, DEFAULT_SETTINGS, {}, run.signal); // the Italian texts not read yet
    await wait(50);
    expect(ui.panelText()).toContain('ShipBridge filled in the developer');
    expect(ui.declared()).toEqual(['en ltr']);
  });

  it('keeps a value the page reverts (controlled inputs)', async () => {
    loadPage('authorize-controlled-en');
    start();
    await wait(1500);
    expect(document.body.dataset.hydrated).toBe('true');
    expect(input('dev-name-input').value).toBe('SendCloud');
    expect(input('dev-id-input').value).toBe('3244-7764-4129');
  });

  it('does nothing when switched off, and takes everything away when stopped', async () => {
    loadPage('authorize-classic-en');
    start({ ...DEFAULT_SETTINGS, features: { ...DEFAULT_SETTINGS.features, 'authorize-developer': false } });
    await wait(50);
    expect(input('developerName').value).toBe('');
    expect(ui.hosts()).toHaveLength(0);
    run.abort();
    start();
    await wait(50);
    expect(ui.hosts().length).toBeGreaterThan(0);
    run.abort();
    expect(ui.hosts()).toHaveLength(0);
  });
});

describe('authorize-developer on Katal single-page apps', () => {
  it('fills the Katal inputs once the form renders after in-page navigation', async () => {
    loadPage('authorize-katal-de');
    start();
    (document.getElementById('authorize-new-developer') as HTMLElement).click();
    const inputs = () => [...document.querySelectorAll('kat-input')] as (HTMLElement & { value: string })[];
    // The page draws the form after its own delay: wait for the fill, not a fixed time (busy machines).
    await vi.waitFor(() => expect(inputs()[0]?.value).toBe('SendCloud'), { timeout: 5_000, interval: 50 });
    const [name, id] = inputs();
    expect(name?.value).toBe('SendCloud');
    expect(id?.value).toBe('3244-7764-4129');
    expect(ui.panelText()).toMatch(/ShipBridge hat den Entwickler für Sie eingetragen/);
  });
});

describe('consent-check', () => {
  const query = '?application_id=amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&state=abc';

  it('says the app is unknown when no app id is configured, and never clicks', async () => {
    loadPage('consent-en', { query });
    start();
    await wait(20);
    expect(ui.panelText()).toMatch(/“Acme Parcel Hub” is asking for access/);
    expect(
      document.getElementById('consent-checkbox')?.closest('label')?.hasAttribute('data-shipbridge-highlight'),
    ).toBe(true);
    expect(document.getElementById('consent-confirm')?.hasAttribute('data-shipbridge-highlight')).toBe(true);
    expect((document.getElementById('consent-checkbox') as HTMLInputElement).checked).toBe(false);
    expect(document.body.dataset.submitted).toBeUndefined();
  });

  it('marks a consent form the page draws late, and names the app in panel and note once the page shows it', async () => {
    loadPage('consent-en', { query });
    const main = document.querySelector('main') as HTMLElement;
    const [heading, ...form] = [...main.children];
    main.replaceChildren(); // nothing drawn yet
    start();
    await wait(20);
    expect(ui.panelText()).toMatch(/“amzn1\.sp\.solution\.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b” is asking for access/);
    expect(ui.notes()).toEqual([]);
    main.append(...form); // the form first
    await wait(150);
    expect(ui.notes()).toEqual([expect.stringMatching(/“amzn1\.sp\.solution\.6d1f0a2b/)]);
    expect(document.getElementById('consent-confirm')?.hasAttribute('data-shipbridge-highlight')).toBe(true);
    main.prepend(heading as Element); // then the app's name
    await wait(150);
    expect(ui.panelText()).toMatch(/“Acme Parcel Hub” is asking for access/);
    expect(ui.notes()).toEqual([expect.stringMatching(/“Acme Parcel Hub” is asking for access/)]);
    expect((document.getElementById('consent-checkbox') as HTMLInputElement).checked).toBe(false);
  });

  it('confirms a matching app and warns about another one', async () => {
    loadPage('consent-it', { query });
    start({ ...DEFAULT_SETTINGS, spApiAppId: 'amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' });
    await wait(20);
    expect(ui.panelText()).toMatch(/è l'app della tua piattaforma/);
    run.abort();
    start({ ...DEFAULT_SETTINGS, spApiAppId: 'amzn1.sp.solution.00000000-0000-4000-8000-000000000000' });
    await wait(20);
    expect(ui.panelText()).toMatch(/NON è l'app configurata/);
  });
});
