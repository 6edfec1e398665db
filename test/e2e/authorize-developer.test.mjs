import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { page as sitePage } from '../site/pages.mjs';
import { ROOT } from './harness.mjs';
import { clickShadowButton, inShadowRoots, shadowText } from './page-ui.mjs';
import { browserForSuite } from './suite.mjs';

const session = browserForSuite({ locale: 'en-US' });

/** Opens a test-site page and records every later document load or non-GET request (a submission would show). */
async function open(name, query = '') {
  const tab = await session.context.newPage();
  const submissions = [];
  let loaded = false;
  tab.on('request', (r) => {
    if (r.method() !== 'GET' || (loaded && r.isNavigationRequest())) submissions.push(`${r.method()} ${r.url()}`);
  });
  await tab.goto(sitePage(name).url + query);
  loaded = true;
  return { tab, submissions };
}

const value = (tab, selector) => tab.locator(selector).inputValue();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('authorize-developer in Chromium', () => {
  it('fills the classic form (Italian), the values hold, agreements stay unticked, nothing is submitted', async () => {
    const { tab, submissions } = await open('authorize-classic-it');
    await tab.waitForFunction(() => document.getElementById('appDevMWSAccountId').value === '3244-7764-4129');
    await sleep(1000);
    assert.equal(await value(tab, '#applicationName'), 'SendCloud');
    assert.equal(await value(tab, '#appDevMWSAccountId'), '3244-7764-4129');
    assert.match(await shadowText(tab, 'shipbridge-panel'), /ShipBridge ha inserito lo sviluppatore/);
    // One copy of the script, even when the background's after-install probe raced the page's load.
    assert.equal(await tab.evaluate(() => document.querySelectorAll('shipbridge-panel').length), 1);
    await tab.locator('#aliveButton button').click(); // the seller presses Next
    await tab.locator('[name=agreeCheckBox]').waitFor();
    await tab.waitForFunction(() => document.querySelectorAll('shipbridge-note').length === 2);
    assert.match(await shadowText(tab, 'shipbridge-note'), /ShipBridge non lo spunta mai per te/);
    await sleep(1000);
    assert.equal(await tab.locator('[name=agreeCheckBox]').isChecked(), false);
    assert.equal(await tab.locator('[name=understandCheckBox]').isChecked(), false);
    assert.equal(await tab.evaluate(() => document.body.dataset.finishClicks ?? null), null);
    assert.equal(await tab.evaluate(() => document.body.dataset.submitted ?? null), null);
    assert.deepEqual(submissions, []);
    await tab.close();
  });

  it('fills the Arabic form of a right-to-left page, and writes its panel and notes left to right, in English', async () => {
    const { tab, submissions } = await open('authorize-classic-ar');
    await tab.waitForFunction(() => document.getElementById('appDevMWSAccountId').value === '3244-7764-4129');
    assert.equal(await value(tab, '#applicationName'), 'SendCloud');
    await tab.locator('#aliveButton button').click(); // the seller presses Next
    await tab.waitForFunction(() => document.querySelectorAll('shipbridge-note').length === 2);
    // As drawn: the page is right to left, ShipBridge's English is not (it speaks no Arabic; the browser's
    // language is English), and says which language it is in, for a screen reader.
    assert.equal(await tab.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
    const declared = (tag) =>
      inShadowRoots(tab, tag, function () {
        const box = this.querySelector('.panel, .note');
        return `${box.closest('[lang]')?.lang} ${getComputedStyle(box).direction}`;
      });
    assert.deepEqual(await declared('shipbridge-panel'), ['en ltr']);
    assert.deepEqual(await declared('shipbridge-note'), ['en ltr', 'en ltr']);
    assert.equal(await tab.locator('[name=agreeCheckBox]').isChecked(), false);
    assert.deepEqual(submissions, []);
    await tab.close();
  });

  it('fills the Japanese classic form', async () => {
    const { tab } = await open('authorize-classic-ja');
    await tab.waitForFunction(() => document.getElementById('appDevMWSAccountId').value === '3244-7764-4129');
    assert.equal(await value(tab, '#applicationName'), 'SendCloud');
    await tab.close();
  });

  it('fills Katal inputs after in-page navigation and the values hold', async () => {
    const { tab, submissions } = await open('authorize-katal-de');
    await tab.locator('#authorize-new-developer').click();
    const name = tab.locator('kat-input[name=developer_name] input');
    const id = tab.locator('kat-input[name=developer_id] input');
    await tab.waitForFunction(() => document.querySelector('kat-input[name=developer_id]')?.value === '3244-7764-4129');
    await sleep(1000);
    assert.equal(await name.inputValue(), 'SendCloud');
    assert.equal(await id.inputValue(), '3244-7764-4129');
    // The component's own state holds the value, not just the inner <input>.
    assert.equal(await tab.evaluate(() => document.querySelector('kat-input[name=developer_name]').value), 'SendCloud');
    await tab.locator('#katal-next').click();
    await tab.waitForFunction(() => document.querySelectorAll('shipbridge-note').length === 2);
    await sleep(500);
    assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('kat-checkbox')].map((b) => b.checked)), [
      false,
      false,
    ]);
    assert.equal(await tab.evaluate(() => document.body.dataset.finishClicks ?? null), null);
    assert.deepEqual(submissions, []);
    await tab.close();
  });

  it('fills Katal inputs whose component library loads after the form has rendered', async () => {
    // The same page, its Katal library loaded async and 1.5 s late: the form's kat-input elements are in
    // the page, undefined, before they get the shadow roots that hold the real inputs.
    const tab = await session.context.newPage();
    const url = sitePage('authorize-katal-de').url;
    const page = await readFile(join(ROOT, 'test/site', sitePage('authorize-katal-de').file), 'utf8');
    const html = page.replace('<script src="/__site/katal.js">', '<script src="/__site/katal.js" async>');
    assert.notEqual(html, page);
    await tab.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await tab.route('**/__site/katal.js', async (route) => {
      await sleep(1500);
      await route.fallback();
    });
    // Not waiting for `load`: that waits for the late library too.
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    // An undefined kat-button has no size yet: a seller's click is dispatched as the page would get it.
    await tab.evaluate(() => document.getElementById('authorize-new-developer').click());
    await tab.locator('kat-input[name=developer_id]').waitFor({ state: 'attached' });
    assert.equal(await tab.evaluate(() => document.querySelector('kat-input[name=developer_id]').shadowRoot), null);
    await tab.waitForFunction(() => document.querySelector('kat-input[name=developer_id]')?.value === '3244-7764-4129');
    assert.equal(await tab.evaluate(() => document.querySelector('kat-input[name=developer_name]').value), 'SendCloud');
    await tab.close();
  });

  it('fills Katal inputs on a big page (over 3,000 elements) whose component library arrives late', async () => {
    const tab = await session.context.newPage();
    await tab.goto(sitePage('authorize-katal-big-late-en').url, { waitUntil: 'domcontentloaded' });
    assert.ok((await tab.evaluate(() => document.getElementsByTagName('*').length)) > 3000);
    assert.equal(await tab.evaluate(() => document.querySelector('kat-input[name=developerId]').shadowRoot), null);
    await tab.waitForFunction(() => document.body.dataset.katalDefinedAt);
    await tab.waitForFunction(() => document.querySelector('kat-input[name=developerId]')?.value === '3244-7764-4129');
    assert.equal(await tab.evaluate(() => document.querySelector('kat-input[name=developerName]').value), 'SendCloud');
    await tab.close();
  });

  it('keeps the values in a controlled form that reverts them', async () => {
    const { tab } = await open('authorize-controlled-nl');
    await tab.waitForFunction(() => document.body.dataset.hydrated === 'true');
    await tab.waitForFunction(() => document.getElementById('dev-id-input').value === '3244-7764-4129');
    await sleep(1000);
    assert.equal(await value(tab, '#dev-name-input'), 'SendCloud');
    assert.equal(await value(tab, '#dev-id-input'), '3244-7764-4129');
    assert.equal(await tab.evaluate(() => document.body.dataset.nextClicks ?? null), null);
    await tab.close();
  });

  it('leaves pre-filled fields alone and offers a one-click fix for a wrong ID', async () => {
    const { tab } = await open('authorize-prefilled-en');
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    await sleep(300);
    assert.equal(await value(tab, '#devMWSAccountId'), '3244-7764-4120');
    assert.match(await shadowText(tab, 'shipbridge-panel'), /3244-7764-4120\) is not the one of SendCloud/);
    await clickShadowButton(tab, 'shipbridge-panel', 'Use 3244-7764-4129');
    await tab.waitForFunction(() => document.getElementById('devMWSAccountId').value === '3244-7764-4129');
    await tab.close();
  });

  it('warns on the consent page and never clicks', async () => {
    const query = '?application_id=amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&state=s1';
    const { tab, submissions } = await open('consent-en', query);
    await tab.waitForFunction(() => document.querySelector('shipbridge-panel'));
    assert.match(await shadowText(tab, 'shipbridge-panel'), /“Acme Parcel Hub” is asking for access/);
    await sleep(500);
    assert.equal(await tab.locator('#consent-checkbox').isChecked(), false);
    assert.deepEqual(submissions, []);
    await tab.close();
  });

  it('marks a Katal consent checkbox on a big page once its component library arrives late', async () => {
    const query = '?application_id=amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&state=s2';
    const { tab, submissions } = await open('consent-katal-big-late-en', query);
    assert.ok((await tab.evaluate(() => document.getElementsByTagName('*').length)) > 3000);
    await tab.waitForFunction(() => document.body.dataset.katalDefinedAt);
    await tab.waitForFunction(() => document.querySelector('#consent-checkbox + shipbridge-note'));
    assert.match(await shadowText(tab, 'shipbridge-panel'), /“Acme Parcel Hub” is asking for access/);
    assert.equal(await tab.evaluate(() => document.getElementById('consent-checkbox').checked), false);
    assert.deepEqual(submissions, []);
    await tab.close();
  });

  it('leaves a look-alike host untouched', async () => {
    const { tab } = await open('lookalike-authorize');
    await sleep(800);
    assert.equal(await value(tab, '#developerName'), '');
    assert.equal(await tab.evaluate(() => document.querySelectorAll('shipbridge-panel, shipbridge-note').length), 0);
    await tab.close();
  });
});
