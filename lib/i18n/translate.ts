import type { Locale } from './locales';

export type Dictionary<K extends string> = Readonly<Record<K, string>>;
export type Params = Readonly<Record<string, string | number>>;

/** One instance per language, made the first time that language needs it. */
export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}

const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));
const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));

/**
 * A number as the language writes it: 10,000 in English, 10.000 in German, 10 000 in French. Below 1,000
 * every language ShipBridge speaks writes a whole number as its plain digits, and those are most counts:
 * they skip Intl.NumberFormat, whose first use blocks a page for 10–20 ms while the browser loads its
 * number data.
 */
function writeNumber(value: number, locale: Locale): string {
  return Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : numberFormat(locale).format(value);
}

/**
 * `{name}` placeholders are replaced by params. `{name|one|other}` picks, for a number, the branch the
 * locale's plural rules call "one" or the other one (`#` in a branch stands for the number): every language
 * ShipBridge speaks has those two forms for the counts it shows (French "one" includes 0). Numbers are
 * written the language's way (digit grouping). The result is plain text, never HTML.
 */
export function format(template: string, params?: Params, locale: Locale = 'en'): string {
  if (!params) return template;
  return template.replace(
    /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g,
    (match, name: string, one: string | undefined, other: string | undefined) => {
      if (!Object.hasOwn(params, name)) return match;
      const value = params[name];
      const text = typeof value === 'number' ? writeNumber(value, locale) : String(value);
      if (one === undefined || other === undefined) return text;
      const branch = typeof value === 'number' && pluralRules(locale).select(value) === 'one' ? one : other;
      return branch.replaceAll('#', text);
    },
  );
}

export function translator<K extends string>(dictionaries: Readonly<Record<Locale, Dictionary<K>>>, locale: Locale) {
  const dict = dictionaries[locale];
  return (key: K, params?: Params): string =>
    dict[key] ? format(dict[key], params, locale) : format(dictionaries.en[key], params, 'en');
}
