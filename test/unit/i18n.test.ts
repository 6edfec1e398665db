import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, resolveLocale } from '@/lib/i18n/locales';
import { pageDictionaries } from '@/lib/i18n/page';
import { format } from '@/lib/i18n/translate';
import { uiDictionaries } from '@/lib/i18n/ui';

const namespaces = { ui: uiDictionaries, page: pageDictionaries } as Record<
  string,
  Record<string, Record<string, string>>
>;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
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
});
