import type { Locale } from './locales';

export type Dictionary<K extends string> = Readonly<Record<K, string>>;
export type Params = Readonly<Record<string, string | number>>;

/** `{name}` placeholders are replaced by params; the result is plain text, never HTML. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

export function translator<K extends string>(dictionaries: Readonly<Record<Locale, Dictionary<K>>>, locale: Locale) {
  const dict = dictionaries[locale];
  return (key: K, params?: Params): string => format(dict[key] ?? dictionaries.en[key], params);
}
