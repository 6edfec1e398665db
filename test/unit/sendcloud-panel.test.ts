import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { countryName } from '@/lib/marketplaces';
import { fillSendcloudConnectForm } from '@/lib/sendcloud/fill-connect-form';
import { loadPage } from './fixtures';

const values = (code: string, id: string) => ({
  shopName: 'Bottega Rossi IT',
  sellerId: 'A3KXQ7ZP2N5VJ8',
  marketplaceNames: [...LOCALES.map((l) => countryName(code, l)), code, id],
  token: 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60',
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('filling Sendcloud’s Amazon connect form', () => {
  it('fills every field by its English label, picks the country, and submits nothing', () => {
    loadPage('sendcloud-connect-en');
    expect(fillSendcloudConnectForm(values('IT', 'APJ6JRA9NG5V4'))).toEqual({
      filled: ['shopName', 'sellerId', 'marketplace', 'token'],
      missing: [],
    });
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('sc-name'), value('sc-seller'), value('sc-market'), value('sc-token')]).toEqual([
      'Bottega Rossi IT',
      'A3KXQ7ZP2N5VJ8',
      'it',
      'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60',
    ]);
    expect(document.body.dataset.submitted).toBeUndefined();
  });

  it('reads Dutch labels and aria, and leaves a field the seller filled', () => {
    loadPage('sendcloud-connect-nl');
    const shop = document.querySelector('input[aria-labelledby=l1]') as HTMLInputElement;
    shop.value = 'Mijn winkel';
    expect(fillSendcloudConnectForm(values('NL', 'A1805IZSGTT6HS'))).toEqual({
      filled: ['sellerId', 'marketplace', 'token'],
      missing: ['shopName'],
    });
    expect(shop.value).toBe('Mijn winkel');
    expect((document.querySelector('select') as HTMLSelectElement).value).toBe('A1805IZSGTT6HS');
  });

  it('fills nothing on another site, even one with the same form (the tab moved on after the popup looked)', () => {
    loadPage('sendcloud-connect-en');
    const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    for (const url of ['https://app.sendcloud.com.example.net/connect', 'http://app.sendcloud.com/v2/settings']) {
      happyDOM.setURL(url);
      expect(fillSendcloudConnectForm(values('IT', 'APJ6JRA9NG5V4')).filled).toEqual([]);
    }
    const inputs = [...document.querySelectorAll('input')].map((input) => input.value);
    expect(inputs.some((value) => value.includes('amzn.mws.') || value === 'A3KXQ7ZP2N5VJ8')).toBe(false);
  });

  it('says what it could not find on a page that is not the form', () => {
    loadPage('help-samples');
    expect(fillSendcloudConnectForm(values('IT', 'APJ6JRA9NG5V4')).filled).toEqual([]);
  });
});
