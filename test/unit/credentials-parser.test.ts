import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { deepText } from '@/lib/dom/deep';
import { MARKETPLACE_ID, MWS_TOKEN, REFRESH_TOKEN, SELLER_ID } from '@/lib/identifiers';
import { parseCredentials } from '@/lib/seller-central/credentials';
import { loadPage, wait } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const pageText = (name: string) => {
  loadPage(name);
  return deepText(document.body);
};

describe('parseCredentials on the test site', () => {
  it('reads the English text layout', () => {
    expect(parseCredentials(pageText('credentials-text-en'))).toEqual({
      sellerId: 'A3KXQ7ZP2N5VJ8',
      accountName: 'Bottega Rossi LLC',
      marketplaceIds: ['A2EUQ1WTGCTBG2', 'ATVPDKIKX0DER', 'A1AM78C64UM0Y8'],
      unknownMarketplaceIds: [],
      secret: { type: 'mws', token: 'amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-1b2c3d4e5f60' },
    });
  });

  it('reads the Italian tables, five marketplaces, and keeps hostile markup as text', () => {
    const parsed = parseCredentials(pageText('credentials-table-it'));
    expect(parsed?.sellerId).toBe('A1B2C3D4E5F6G7');
    expect(parsed?.marketplaceIds).toEqual([
      'APJ6JRA9NG5V4',
      'A1PA6795UKMFR9',
      'A13V1IB3VIYZZH',
      'A1RKKUPIHCS9HS',
      'A1F83G8C2ARO7P',
    ]);
    expect(parsed?.secret).toEqual({ type: 'mws', token: 'amzn.mws.8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d1a2b' });
    expect(parsed?.accountName).toBe('<img src=x onerror="document.title=\'pwned\'">Bottega Rossi Srl');
  });

  it('reads values that only live in read-only inputs (French)', () => {
    const parsed = parseCredentials(pageText('credentials-readonly-fr'));
    expect(parsed?.sellerId).toBe('A2QWERTY12345Z');
    expect(parsed?.marketplaceIds).toEqual(['A13V1IB3VIYZZH']);
    expect(parsed?.secret.token).toBe('amzn.mws.0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e');
  });

  it('reads a late German dialog inside a shadow root', async () => {
    loadPage('credentials-dialog-de');
    expect(parseCredentials(deepText(document.body))).toBeNull();
    await wait(600);
    const parsed = parseCredentials(deepText(document.body));
    expect(parsed?.sellerId).toBe('A9ZZ8YY7XX6WW5');
    expect(parsed?.accountName).toBe('Müller Versand GmbH');
    expect(parsed?.marketplaceIds).toEqual(['A1PA6795UKMFR9']);
  });

  it('reads an SP-API refresh token with its app id', () => {
    const parsed = parseCredentials(pageText('refresh-token-en'), 'ATVPDKIKX0DER');
    expect(parsed?.secret).toEqual({
      type: 'sp_api_refresh_token',
      token: expect.stringMatching(/^Atzr\|IwEBIHq7/),
      appId: 'amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    });
    expect(parsed?.sellerId).toBe('A7HQ2W9Z4K1M3N');
    expect(parsed?.marketplaceIds).toEqual(['ATVPDKIKX0DER']);
  });

  it('reads the refresh token a component shows on a big developer console, without guessing among its apps', () => {
    loadPage('refresh-token-katal-big-en');
    const parsed = parseCredentials(deepText(document.body), 'A1F83G8C2ARO7P');
    expect(parsed?.sellerId).toBe('A5BIGPAGE7KAT2');
    // 301 apps are listed and the dialog names none: the token is kept, its app left unknown.
    expect(parsed?.secret).toEqual({
      type: 'sp_api_refresh_token',
      token: expect.stringMatching(/^Atzr\|IwEBIBigPage/),
      appId: null,
    });
    // The same app named twice is still one app.
    const twice = `${pageText('refresh-token-en')}\namzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b`;
    expect(parseCredentials(twice)?.secret).toMatchObject({
      appId: 'amzn1.sp.solution.6d1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    });
  });

  it('captures nothing from help pages with sample values, or from forms', () => {
    for (const name of ['help-samples', 'authorize-classic-en', 'authorize-katal-de', 'consent-en']) {
      expect(parseCredentials(pageText(name)), name).toBeNull();
    }
  });

  it('accepts Merchant ID and flags unknown marketplace IDs', () => {
    const parsed = parseCredentials(
      'Merchant ID: A1QWERTYUIOP12\nMarketplace ID: ZZ12345678XY (Amazon.xx)\nMWS Auth Token: amzn.mws.11111111-2222-4333-8444-555555555555',
    );
    expect(parsed?.sellerId).toBe('A1QWERTYUIOP12');
    expect(parsed?.marketplaceIds).toEqual([]);
    expect(parsed?.unknownMarketplaceIds).toEqual(['ZZ12345678XY']);
  });

  it('finds the real values on a page that also shows samples', () => {
    const text = `${pageText('help-samples')}\nSeller account identifiers for Late Shop\nSeller ID: A8LATE1234567Q\nMWS Auth Token: amzn.mws.0f0e0d0c-0b0a-4909-8807-060504030201`;
    expect(parseCredentials(text)).toMatchObject({ sellerId: 'A8LATE1234567Q', accountName: 'Late Shop' });
  });

  it('rejects Amazon documentation samples', () => {
    expect(
      parseCredentials('Seller ID: A1EXAMPLE2345\nMWS Auth Token: amzn.mws.11111111-2222-4333-8444-555555555555'),
    ).toBeNull();
    expect(
      parseCredentials('Seller ID: A3KXQ7ZP2N5VJ8\nMWS Auth Token: amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE'),
    ).toBeNull();
  });
});

describe('parseCredentials, property tests', () => {
  const pieces = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'Seller ID:',
      'Marketplace ID:',
      'MWS Auth Token:',
      'Merchant ID',
      '(Amazon.de)',
      '\n',
      '\t',
      'Atzr|',
    ),
    fc.uuid().map((u) => `amzn.mws.${u}`),
    fc.stringMatching(/^A[0-9A-Z]{8,16}$/),
    fc.stringMatching(/^Atzr\|[A-Za-z0-9|]{0,40}$/),
    fc.constantFrom('A1PA6795UKMFR9', 'ATVPDKIKX0DER', 'EXAMPLE'),
  );

  it('never throws and never returns a value that fails its format', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const parsed = parseCredentials(parts.join(' '));
        if (!parsed) return;
        expect(parsed.sellerId).toMatch(SELLER_ID);
        for (const id of [...parsed.marketplaceIds, ...parsed.unknownMarketplaceIds])
          expect(id).toMatch(MARKETPLACE_ID);
        if (parsed.secret.type === 'mws') expect(parsed.secret.token).toMatch(MWS_TOKEN);
        else expect(parsed.secret.token).toMatch(REFRESH_TOKEN);
        expect(`${parsed.sellerId}${parsed.secret.token}`).not.toMatch(/example/i);
      }),
      { numRuns: 2000 },
    );
  });
});
