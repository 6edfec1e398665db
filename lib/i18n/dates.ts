import { browserLanguages, type Locale, localeOfTag } from './locales';

/**
 * The ways ShipBridge writes a moment. Expiry dates are calendar dates kept at UTC midnight: written in UTC
 * so that no time zone moves them a day; capture and sync times are written in the seller's own time.
 */
const STYLES = {
  date: { dateStyle: 'medium', timeZone: 'UTC' },
  longDate: { dateStyle: 'long', timeZone: 'UTC' },
  // Never a numeric short date: English "11/12/26" is 12 November in the US and 11 December in the UK.
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const formats = new Map<string, Intl.DateTimeFormat>(); // by style and language tag

/**
 * The tag a date is written with: the browser's own variant of the language when it lists one, so that an
 * English-speaking seller in the UK reads "27 Nov 2026, 09:05" and one in the US "Nov 27, 2026, 9:05 AM".
 */
function dateTag(locale: Locale): string {
  return browserLanguages().find((tag) => localeOfTag(tag) === locale) ?? locale;
}

function formatter(style: DateStyle, locale: Locale): Intl.DateTimeFormat {
  const tag = dateTag(locale);
  const key = `${style} ${tag}`;
  let made = formats.get(key);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat(tag, STYLES[style]);
    } catch {
      made = new Intl.DateTimeFormat(locale, STYLES[style]); // a tag this engine cannot read
    }
    formats.set(key, made);
  }
  return made;
}

/**
 * `ms` written in `locale` (in the browser's regional variant of it). Each formatter is made once: making
 * one costs 1–3 ms (the first of a page 15–20), and a popup with 25 connected marketplaces writes 25 sync
 * times at every refresh.
 */
export function formatDate(locale: Locale, style: DateStyle, ms: number): string {
  return formatter(style, locale).format(ms);
}
