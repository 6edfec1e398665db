import type { Locale } from './locales';
import { perLocale } from './translate';

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

const formats = Object.fromEntries(
  Object.entries(STYLES).map(([style, options]) => [
    style,
    perLocale((locale) => new Intl.DateTimeFormat(locale, options)),
  ]),
) as Record<DateStyle, (locale: Locale) => Intl.DateTimeFormat>;

/**
 * `ms` written in `locale`. Each formatter is made once: making one costs 1–3 ms (the first of a page
 * 15–20), and a popup with 25 connected marketplaces writes 25 sync times at every refresh.
 */
export function formatDate(locale: Locale, style: DateStyle, ms: number): string {
  return formats[style](locale).format(ms);
}
