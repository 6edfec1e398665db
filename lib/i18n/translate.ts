import type { Locale } from './locales';

export type Dictionary<K extends string> = Readonly<Record<K, string>>;
export type Params = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
function isOne(locale: Locale, count: number): boolean {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count) === 'one';
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** Numbers as the language writes them: 10,000 in English, 10.000 in German, 10 000 in French. */
function numberText(locale: Locale, value: number): string {
  let formatter = numberFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    numberFormats.set(locale, formatter);
  }
  return formatter.format(value);
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
      const text = typeof value === 'number' ? numberText(locale, value) : String(value);
      if (one === undefined || other === undefined) return text;
      const branch = typeof value === 'number' && isOne(locale, value) ? one : other;
      return branch.replaceAll('#', text);
    },
  );
}

export function translator<K extends string>(dictionaries: Readonly<Record<Locale, Dictionary<K>>>, locale: Locale) {
  const dict = dictionaries[locale];
  return (key: K, params?: Params): string =>
    dict[key] ? format(dict[key], params, locale) : format(dictionaries.en[key], params, 'en');
}
