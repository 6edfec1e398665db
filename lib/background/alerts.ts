// What ShipBridge tells the seller outside its own pages: the toolbar button's badge and tooltip, and
// notifications. A connection the platform reports failing means orders from that country stop importing,
// which nobody else tells the seller: the badge shows it for as long as it lasts, a notification once.
// Told once each, without a badge: a connection that ended at the platform, what became of hand-offs that
// had to wait, and keys the platform refuses (ShipBridge cannot see the others meanwhile). The expiry and
// purge reminders are in reminders.ts.
import { browser } from 'wxt/browser';
import { BackendError } from '../backends/errors';
import { db } from '../db';
import type { Integration } from '../db/schemas';
import { ENDED_AT_BACKEND } from '../db/statuses';
import { DAY, expiryText, type RegionExpiry, regionExpiries } from '../expiry';
import { formatDate } from '../i18n/dates';
import { browserLanguages, resolveLocale } from '../i18n/locales';
import { type UiKey, uiTranslator } from '../i18n/ui';
import { byMarketplaceName, marketplaceName } from '../marketplaces';
import { loadSettings } from '../settings/store';

/** The one notification about failing connections: a new one replaces it, and it goes when none fails. */
export const FAILING_NOTIFICATION = 'failing';
/** The one notification about connections that ended at the platform: a new one replaces it. */
export const ENDED_NOTIFICATION = 'ended';
/** The one notification about hand-offs that had to wait and have now ended: a new one replaces it. */
export const HANDOFF_NOTIFICATION = 'handoff';
/** The one notification that ShipBridge cannot read the connections (the platform refuses its keys). */
export const UNREAD_NOTIFICATION = 'unread';
/** Set (storage.local) once the seller has been told of it, until a read works again. */
const UNREAD_TOLD = 'alerts:unreadTold';

/** A notification with ShipBridge's icon; the same id replaces the one shown before. */
export function notify(id: string, title: string, message: string) {
  return browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** The language ShipBridge speaks outside its pages: the seller's choice, else the browser's. */
async function speaker() {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.language, browserLanguages());
  return { settings, locale, t: uiTranslator(locale) };
}

/** The countries of `integrations`, by name in `locale`, each once (two accounts may sell in one country). */
function countriesOf(integrations: readonly Integration[], locale: string): string {
  const ids = [...new Set(integrations.map((i) => i.marketplaceId))].map((id) => ({ id }));
  return byMarketplaceName(ids, locale)
    .map(({ id }) => marketplaceName(id, locale))
    .join(', ');
}

/**
 * Sets the toolbar button's badge and tooltip from what is stored: "!" while the platform reports a
 * connection failing or an authorization has ended, the days left when one ends within 30 days, nothing
 * otherwise; the tooltip says which. `expiries`: when the caller has just read them.
 */
export async function updateBadge(now = Date.now(), expiries?: readonly RegionExpiry[]): Promise<void> {
  const { settings, locale, t } = await speaker();
  const ending = expiries ?? (settings.features['authorization-expiry'] ? await regionExpiries(settings) : []);
  const soonest = [...ending].sort((a, b) => a.expiresAt - b.expiresAt).find((e) => e.expiresAt - now <= 30 * DAY);
  const failing = await db().integrations.where('status').equals('failing').toArray();
  const expiryBadge = !soonest ? '' : soonest.expiresAt <= now ? '!' : `${Math.ceil((soonest.expiresAt - now) / DAY)}d`;
  await browser.action.setBadgeText({ text: failing.length ? '!' : expiryBadge });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  const date = (ms: number) => formatDate(locale, 'longDate', ms);
  const lines = [
    t('app.name'),
    ...(failing.length ? [t('badge.failing', { count: failing.length, countries: countriesOf(failing, locale) })] : []),
    ...(soonest ? [expiryText(t, soonest, now, date)] : []),
  ];
  await browser.action.setTitle({ title: lines.join('\n') });
  // A notification about connections that fail no more, or that have all been connected again (or were
  // disconnected or deleted here since), is out of date: it goes.
  const shown = await browser.notifications.getAll();
  if (!failing.length && FAILING_NOTIFICATION in shown) await browser.notifications.clear(FAILING_NOTIFICATION);
  if (
    ENDED_NOTIFICATION in shown &&
    !(await db()
      .integrations.filter((i) => i.problem === ENDED_AT_BACKEND)
      .count())
  ) {
    await browser.notifications.clear(ENDED_NOTIFICATION);
  }
}

/** One notification naming the countries of `integrations` in the seller's language; nothing if none. */
async function tellCountries(
  id: string,
  message: 'alert.failing' | 'alert.ended',
  integrations: readonly Integration[],
): Promise<void> {
  if (!integrations.length) return;
  const { locale, t } = await speaker();
  await notify(id, t('alert.failingTitle'), t(message, { countries: countriesOf(integrations, locale) }));
}

/** Tells the seller once that the platform now reports these connections failing (orders stop importing). */
export const tellFailing = (newlyFailing: readonly Integration[]) =>
  tellCountries(FAILING_NOTIFICATION, 'alert.failing', newlyFailing);

/**
 * Tells the seller once that the platform no longer has these connections (removed in its panel, by someone
 * else or by the platform itself): their orders stop importing too. No badge: the seller may have meant it.
 */
export const tellEnded = (newlyEnded: readonly Integration[]) =>
  tellCountries(ENDED_NOTIFICATION, 'alert.ended', newlyEnded);

/**
 * Tells the seller what became of hand-offs that had to wait (the platform could not be reached, or asked to
 * wait, or the seller went to Sendcloud's panel): connected, still connecting there, connected but reported
 * failing, or not connected (refused, or nothing left to send). A hand-off the seller cancelled is not news.
 * One notification for all that ended in one run, a line for each outcome.
 */
export async function tellWaitedHandoffs(ended: readonly Integration[]): Promise<void> {
  if (!ended.length) return;
  const { locale, t } = await speaker();
  const line = (key: UiKey, which: (i: Integration) => boolean) => {
    const these = ended.filter(which);
    return these.length ? [t(key, { countries: countriesOf(these, locale) })] : [];
  };
  const lines = [
    ...line('alert.handoffConnected', (i) => i.status === 'connected'),
    // The Connector API's "pending": the platform has it and is still setting it up.
    ...line('alert.handoffConnecting', (i) => i.status === 'connecting'),
    ...line('alert.handoffFailing', (i) => i.status === 'failing'),
    ...line('alert.handoffRefused', (i) => i.status === 'not_connected' && Boolean(i.problem)),
  ];
  if (lines.length) await notify(HANDOFF_NOTIFICATION, t('alert.handoffTitle'), lines.join('\n'));
}

/**
 * After a status read of the platform chosen now: when it refuses ShipBridge's keys (or has none), ShipBridge
 * is blind to connections that fail or end, and the periodic read (`tell`) says so once; a read that works
 * takes the notification down. Other failures (network, the platform down) pass and are not told.
 */
export async function noteUnread(failure: unknown, tell: boolean): Promise<void> {
  const told = Boolean((await browser.storage.local.get(UNREAD_TOLD))[UNREAD_TOLD]);
  if (!failure) {
    if (!told) return;
    await browser.storage.local.remove(UNREAD_TOLD);
    await browser.notifications.clear(UNREAD_NOTIFICATION);
    return;
  }
  const refused = failure instanceof BackendError && ['unauthorized', 'not_configured'].includes(failure.code);
  if (!refused || told || !tell) return;
  const { t } = await speaker();
  await browser.storage.local.set({ [UNREAD_TOLD]: true });
  await notify(
    UNREAD_NOTIFICATION,
    t('alert.unreadTitle'),
    t('alert.unread', { why: t(failure.code === 'unauthorized' ? 'problem.unauthorized' : 'problem.not_configured') }),
  );
}
