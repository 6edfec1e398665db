import { describe, expect, it } from 'vitest';
import {
  byMarketplaceName,
  countryName,
  isSellerCentralHost,
  isSellerCentralUrl,
  likelyMarketplace,
  MARKETPLACES,
  marketplaceByCountry,
  marketplaceById,
  marketplaceName,
  regionOfHost,
  SELLER_CENTRAL_HOSTS,
  SELLER_CENTRAL_MATCHES,
} from '@/lib/marketplaces';

// Amazon's published table (seller-central.md §4), kept here independently of lib/ so a typo in either fails.
const EXPECTED =
  `CA A2EUQ1WTGCTBG2 NA|US ATVPDKIKX0DER NA|MX A1AM78C64UM0Y8 NA|BR A2Q3Y263D00KWC NA|IE A28R8C7NBKEWEA EU|
ES A1RKKUPIHCS9HS EU|GB A1F83G8C2ARO7P EU|FR A13V1IB3VIYZZH EU|BE AMEN7PMS3EDWL EU|NL A1805IZSGTT6HS EU|
DE A1PA6795UKMFR9 EU|IT APJ6JRA9NG5V4 EU|SE A2NODRKZP88ZB9 EU|ZA AE08WJ6YKNBMC EU|PL A1C3SOZRARQ6R3 EU|
EG ARBP9OOSHTCHU EU|TR A33AVAJ2PDY3EV EU|SA A17E79C6D8DWNP EU|AE A2VIGQ35RCS4UG EU|IN A21TJRUUN4KGV EU|
SG A19VAU5U5O7RUS FE|AU A39IBJ37TRP1C6 FE|JP A1VC38T7YXB528 FE`
    .split('|')
    .map((row) => row.trim().split(' ') as [string, string, string]);

describe('marketplaces', () => {
  it('lists all 23 marketplaces with the published IDs and regions', () => {
    expect(MARKETPLACES).toHaveLength(23);
    for (const [country, id, region] of EXPECTED) {
      expect(marketplaceById(id), id).toMatchObject({ countryCode: country, region });
    }
  });

  it('puts every host, including the regional ones, in the content-script match list', () => {
    for (const m of MARKETPLACES) expect(SELLER_CENTRAL_MATCHES).toContain(`https://${m.host}/*`);
    expect(SELLER_CENTRAL_MATCHES).toContain('https://sellercentral-europe.amazon.com/*');
    expect(SELLER_CENTRAL_MATCHES).toContain('https://sellercentral-japan.amazon.com/*');
    expect(SELLER_CENTRAL_MATCHES).toHaveLength(SELLER_CENTRAL_HOSTS.length);
    expect(new Set(SELLER_CENTRAL_HOSTS).size).toBe(25);
  });

  it('maps hosts to regions', () => {
    expect(regionOfHost('sellercentral.amazon.it')).toBe('EU');
    expect(regionOfHost('SELLERCENTRAL.AMAZON.COM')).toBe('NA');
    expect(regionOfHost('sellercentral-japan.amazon.com')).toBe('FE');
    expect(regionOfHost('sellercentral-europe.amazon.com')).toBe('EU');
    expect(regionOfHost('sellercentral.amazon.com.evil.net')).toBeUndefined();
  });

  it('accepts only exact Seller Central hosts over https', () => {
    expect(isSellerCentralUrl('https://sellercentral.amazon.de/apps/manage')).toBe(true);
    for (const url of [
      'http://sellercentral.amazon.de/',
      'https://sellercentral.amazon.com.evil.net/',
      'https://evil.com/?sellercentral.amazon.com',
      'https://sellercentral.amazon.de.attacker.io/',
      'https://xsellercentral.amazon.de/',
      'https://sellercentral.amazon.de:8443/',
      'not a url',
    ]) {
      expect(isSellerCentralUrl(url), url).toBe(false);
    }
    expect(isSellerCentralHost('amazon.de')).toBe(false);
  });

  it('finds the UK by GB and by Amazon’s UK, and strips the amzn1.mp.o. prefix', () => {
    expect(marketplaceByCountry('UK')?.id).toBe('A1F83G8C2ARO7P');
    expect(marketplaceByCountry('gb')?.id).toBe('A1F83G8C2ARO7P');
    expect(marketplaceById('amzn1.mp.o.APJ6JRA9NG5V4')?.countryCode).toBe('IT');
  });

  it('names countries in the UI language', () => {
    expect(countryName('DE', 'it')).toBe('Germania');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
  });

  it('orders marketplaces by their names in the seller’s language, unknown ones last', () => {
    const items = [
      { id: 'A1F83G8C2ARO7P', count: 2 }, // United Kingdom / Regno Unito
      { id: 'A1PA6795UKMFR9', count: 1 }, // Germany / Germania
      { id: 'ATVPDKIKX0DER', count: 1 }, // United States / Stati Uniti
      { id: 'APJ6JRA9NG5V4', count: 4 }, // Italy / Italia
      { id: 'AZZZZUNKNOWN1', count: 3 },
    ];
    const names = (locale: string) => byMarketplaceName(items, locale).map((i) => marketplaceName(i.id, locale));
    expect(names('en')).toEqual(['Germany', 'Italy', 'United Kingdom', 'United States', 'AZZZZUNKNOWN1']);
    expect(names('it')).toEqual(['Germania', 'Italia', 'Regno Unito', 'Stati Uniti', 'AZZZZUNKNOWN1']);
    expect(names('de')).toEqual([
      'Deutschland',
      'Italien',
      'Vereinigte Staaten',
      'Vereinigtes Königreich',
      'AZZZZUNKNOWN1',
    ]);
    expect(byMarketplaceName(items, 'en').map((i) => i.count)).toEqual([1, 4, 2, 1, 3]);
  });
});

describe('likelyMarketplace', () => {
  const country = (languages: string[], own: string[] = []) => likelyMarketplace(languages, own).countryCode;

  it('follows the browser’s region, then its language, when no account is captured', () => {
    expect(country(['de-DE', 'en'])).toBe('DE');
    expect(country(['en-GB', 'en'])).toBe('GB');
    expect(country(['de-AT'])).toBe('DE'); // no Austrian marketplace: the language's
    expect(country(['fr-BE', 'fr'])).toBe('BE');
    expect(country(['it'])).toBe('IT');
    expect(country(['pt-PT'])).toBe('US'); // nothing to go by
    expect(country([])).toBe('US');
  });

  it('prefers the marketplaces of the captured accounts', () => {
    const [it, de, fr] = ['APJ6JRA9NG5V4', 'A1PA6795UKMFR9', 'A13V1IB3VIYZZH'];
    expect(country(['de-DE'], [it, de, fr])).toBe('DE');
    expect(country(['en-US'], [it, de, fr])).toBe('IT'); // the browser points nowhere they sell: their first
    expect(country(['en-GB', 'fr'], [it, de, fr])).toBe('FR');
  });
});
