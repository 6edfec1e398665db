import type { RegionExpiry } from './background/authorizations';
import type { Params } from './i18n/translate';
import type { UiKey } from './i18n/ui';

const DAY = 86_400_000;

/** "… can access your account until …: N days left" or "… expired on …", for the popup and reminders alike. */
export function expiryText(
  t: (key: UiKey, params?: Params) => string,
  e: RegionExpiry,
  now: number,
  date: (ms: number) => string,
): string {
  const region = t(`options.developer.region.${e.region}`);
  if (e.expiresAt <= now) return t('expiry.expired', { developer: e.developerName, region, date: date(e.expiresAt) });
  return t('expiry.expires', {
    developer: e.developerName,
    region,
    date: date(e.expiresAt),
    days: Math.ceil((e.expiresAt - now) / DAY),
  });
}
