import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES, resolveLocale } from '@/lib/i18n/locales';
import { pageDictionaries } from '@/lib/i18n/page';
import { pageTranslator } from '@/lib/i18n/page/runtime';
import { format } from '@/lib/i18n/translate';
import { uiDictionaries, uiTranslator } from '@/lib/i18n/ui';

const namespaces = { ui: uiDictionaries, page: pageDictionaries } as Record<
  string,
  Record<string, Record<string, string>>
>;

/** The params a text uses, plain (`{count}`) or plural (`{count|one|other}`) alike. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1] ?? ''))].sort();
}

/** What is left of a text once its well-formed placeholders are taken out: no brace may remain. */
function malformed(text: string): string {
  return text.replace(/\{\w+(?:\|[^{}|]*\|[^{}|]*)?\}/g, '');
}

describe('locales', () => {
  for (const [ns, dictionaries] of Object.entries(namespaces)) {
    const english = dictionaries.en ?? {};
    for (const locale of LOCALES) {
      it(`${ns}/${locale} has every key, non-empty, with the same placeholders`, () => {
        const dict = dictionaries[locale] ?? {};
        expect(Object.keys(dict).sort()).toEqual(Object.keys(english).sort());
        for (const [key, text] of Object.entries(english)) {
          expect(dict[key]?.trim(), `${locale}:${key}`).toBeTruthy();
          expect(placeholders(dict[key] ?? ''), `${locale}:${key}`).toEqual(placeholders(text));
          expect(malformed(dict[key] ?? ''), `${locale}:${key}`).not.toMatch(/[{}]/);
        }
      });
    }
  }

  it('has manifest strings in every locale', () => {
    const root = path.resolve(__dirname, '../../public/_locales');
    const keys = (l: string) =>
      Object.keys(JSON.parse(fs.readFileSync(path.join(root, l, 'messages.json'), 'utf8'))).sort();
    for (const locale of LOCALES) expect(keys(locale)).toEqual(keys('en'));
  });

  it('resolves the language from the preference, then the browser, then English', () => {
    expect(resolveLocale('de', ['it-IT'])).toBe('de');
    expect(resolveLocale('auto', ['ja-JP', 'it-IT', 'en'])).toBe('it');
    expect(resolveLocale('auto', ['NL'])).toBe('nl');
    expect(resolveLocale('auto', ['ja'])).toBe('en');
    expect(resolveLocale('auto', [])).toBe('en');
  });

  it('formats placeholders as plain text', () => {
    expect(format('Open {host}', { host: '<b>x</b>' })).toBe('Open <b>x</b>');
    expect(format('{a} and {missing}', { a: 1 })).toBe('1 and {missing}');
  });

  it('picks the singular or plural branch by the language’s own rules', () => {
    const text = 'Saved {count|# marketplace|# marketplaces} for {seller}';
    expect(format(text, { count: 1, seller: 'A1' })).toBe('Saved 1 marketplace for A1');
    expect(format(text, { count: 0, seller: 'A1' })).toBe('Saved 0 marketplaces for A1');
    expect(format(text, { count: 12, seller: 'A1' })).toBe('Saved 12 marketplaces for A1');
    // French counts 0 as singular; its "many" (a million) takes the plural branch.
    expect(format(text, { count: 0 }, 'fr')).toBe('Saved 0 marketplace for {seller}');
    expect(format(text, { count: 1_000_000 }, 'fr')).toBe('Saved 1\u202f000\u202f000 marketplaces for {seller}');
    expect(format(text, { count: 'one' })).toBe('Saved one marketplaces for {seller}');
  });

  it('writes numbers the language’s way', () => {
    expect(format('{count} listings', { count: 10_000 })).toBe('10,000 listings');
    expect(format('{count} Angebote', { count: 10_000 }, 'de')).toBe('10.000 Angebote');
    expect(format('{count|# offerta|# offerte}', { count: 25_000 }, 'it')).toBe('25.000 offerte');
    expect(format('ID {id}', { id: '3244-7764-4129' }, 'de')).toBe('ID 3244-7764-4129');
  });

  it('writes counts under 1,000 without Intl.NumberFormat, exactly as it would (its first use blocks a page)', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'NumberFormat');
    try {
      const fresh = await import('@/lib/i18n/translate');
      for (const locale of LOCALES) {
        for (const count of [0, 1, 7, 42, 999]) {
          expect(fresh.format('{count}', { count }, locale)).toBe(String(count));
        }
      }
      expect(made).not.toHaveBeenCalled();
      // What the short cut stands for: the same text Intl.NumberFormat writes, in every language.
      made.mockRestore();
      for (const locale of LOCALES) expect(new Intl.NumberFormat(locale).format(999)).toBe('999');
      expect(fresh.format('{count}', { count: 1000 }, 'de')).toBe('1.000');
      expect(fresh.format('{count}', { count: 2.5 }, 'fr')).toBe('2,5');
    } finally {
      made.mockRestore();
    }
  });

  it("writes dates in the seller's language, expiry dates as calendar dates, with one formatter per language and style", async () => {
    vi.resetModules();
    const Original = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      this: unknown,
      ...args: ConstructorParameters<typeof Original>
    ) {
      return new Original(...args);
    } as unknown as typeof Original);
    try {
      const { formatDate } = await import('@/lib/i18n/dates');
      const expiry = Date.UTC(2026, 11, 10); // kept at UTC midnight: no time zone may move it a day
      expect(formatDate('de', 'longDate', expiry)).toBe('10. Dezember 2026');
      expect(formatDate('en', 'longDate', expiry)).toBe('December 10, 2026');
      expect(formatDate('it', 'date', expiry)).toBe('10 dic 2026');
      const synced = new Date(2026, 10, 27, 9, 5).getTime(); // the seller's own time
      expect(formatDate('fr', 'dateTime', synced)).toBe('27 nov. 2026, 09:05');
      expect(formatDate('en', 'dateTime', synced)).toMatch(/^Nov 27, 2026, 9:05\sAM$/); // ICU's space varies
      // A popup with 25 connected marketplaces writes 25 sync times at every refresh.
      for (let i = 0; i < 25; i++) formatDate('fr', 'dateTime', synced + i * 60_000);
      expect(made).toHaveBeenCalledTimes(5);
    } finally {
      made.mockRestore();
    }
  });

  it("writes dates as the browser's regional variant of the language does, when the browser lists one", async () => {
    vi.resetModules();
    const languages = vi.spyOn(navigator, 'languages', 'get');
    try {
      const { formatDate } = await import('@/lib/i18n/dates');
      const synced = new Date(2026, 10, 27, 9, 5).getTime();
      const expiry = Date.UTC(2027, 0, 10);
      languages.mockReturnValue(['en-GB', 'de-AT']);
      expect(formatDate('en', 'dateTime', synced)).toBe('27 Nov 2026, 09:05');
      expect(formatDate('de', 'longDate', expiry)).toBe('10. Jänner 2027');
      expect(formatDate('fr', 'date', expiry)).toBe('10 janv. 2027'); // no French variant listed: French
      languages.mockReturnValue(['en-US']);
      expect(formatDate('en', 'dateTime', synced)).toMatch(/^Nov 27, 2026, 9:05\sAM$/);
      expect(formatDate('de', 'longDate', expiry)).toBe('10. Januar 2027');
    } finally {
      languages.mockRestore();
    }
  });

  it('speaks of one listing, field or marketplace in the singular in every language', () => {
    const one = {
      en: ['1 listing in', 'Filled 1 field.', '1 listing on this page has', '1 marketplace,'],
      it: ['1 offerta in', 'Compilato 1 campo.', '1 offerta in questa pagina non ha', '1 marketplace,'],
      de: ['1 Angebot in', '1 Feld ausgefüllt.', '1 Angebot auf dieser Seite hat', '1 Marktplatz,'],
      fr: ['1 offre en', '1 champ rempli.', "1 offre de cette page n'a pas", '1 marketplace,'],
      es: ['1 oferta en', '1 campo rellenado.', '1 oferta de esta página no tiene', '1 marketplace,'],
      nl: ['1 aanbieding in', '1 veld ingevuld.', '1 aanbieding op deze pagina heeft', '1 marketplace,'],
    } as const;
    for (const locale of LOCALES) {
      const ui = uiTranslator(locale);
      const page = pageTranslator(pageDictionaries, locale);
      const [listings, fields, inventory, saved] = one[locale];
      expect(ui('popup.listings.count', { count: 1, country: 'X' })).toContain(listings);
      expect(ui('popup.handoff.filled', { count: 1 })).toContain(fields);
      expect(page('weight.inventory', { count: 1 })).toContain(inventory);
      expect(page('capture.saved', { seller: 'A1', count: 1, hint: '1a2b' })).toContain(saved);
      expect(page('weight.inventory', { count: 2 })).not.toContain(inventory);
      expect(ui('popup.listings.more', { count: 1 })).not.toMatch(/altre 1|1 weitere /);
    }
  });

  it('reads right for one day, one listing in a report, and one listing of many', () => {
    const en = uiTranslator('en');
    expect(en('options.report.result', { country: 'Germany', missing: 1, rows: 5 })).toBe(
      'Germany: 1 of 5 listings has no shipping weight.',
    );
    expect(en('options.report.result', { country: 'Germany', missing: 2, rows: 5 })).toBe(
      'Germany: 2 of 5 listings have no shipping weight.',
    );
    expect(en('options.report.none', { rows: 1 })).toBe('The one listing in this report has a shipping weight.');
    expect(en('options.data.listings', { count: 3, days: 1 })).toContain('(kept 1 day)');
    const one = {
      en: ['1 day left', '1 of 5 listings has'],
      it: ['manca 1 giorno', '1 offerta su 5 non ha'],
      de: ['noch 1 Tag.', '1 von 5 Angeboten hat'],
      fr: ['encore 1 jour.', "1 offre sur 5 n'a pas"],
      es: ['queda 1 día', '1 de 5 ofertas no tiene'],
      nl: ['nog 1 dag.', '1 van 5 aanbiedingen heeft'],
    } as const;
    for (const locale of LOCALES) {
      const t = uiTranslator(locale);
      const [day, report] = one[locale];
      expect(t('expiry.expires', { developer: 'D', region: 'EU', date: 'X', days: 1 })).toContain(day);
      expect(t('expiry.expires', { developer: 'D', region: 'EU', date: 'X', days: 2 })).not.toContain(day);
      expect(t('options.report.result', { country: 'C', missing: 1, rows: 5 })).toContain(report);
      expect(t('options.report.result', { country: 'C', missing: 2, rows: 5 })).not.toContain(report);
    }
  });

  it('English fallback texts take English plural rules', () => {
    // No French texts stored: English words, so "0 listings", not the French singular for 0.
    expect(pageTranslator({}, 'fr')('weight.inventory', { count: 0 })).toMatch(/^0 listings on this page have/);
  });
});
