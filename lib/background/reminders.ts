// Expiry reminders: from 30 days before, weekly; daily in the last 7 days; weekly again once expired.
// The last reminder per region is stored, so a restarted browser never repeats one it already showed.
// Also the one warning before the retention period deletes credentials not handed over yet.
import { browser } from 'wxt/browser';
import { db } from '../db';
import { ENDED_HASH } from '../db/statuses';
import { DAY, expiryText, regionExpiries } from '../expiry';
import { formatDate } from '../i18n/dates';
import { browserLanguages, resolveLocale } from '../i18n/locales';
import { uiTranslator } from '../i18n/ui';
import { manageYourAppsUrl } from '../seller-central/urls';
import { loadSettings } from '../settings/store';
import {
  ENDED_NOTIFICATION,
  FAILING_NOTIFICATION,
  HANDOFF_NOTIFICATION,
  notify,
  UNREAD_NOTIFICATION,
  updateBadge,
} from './alerts';
import { isHandedOver, tokenStillNeeded } from './outbox';
import { retainedSince } from './retention';

export const REMINDER_ALARM = 'reminders';
const STATE_KEY = 'reminderState';
const SLACK = 60 * 60 * 1000; // alarms are not exact: an hour early still counts as on time

type ReminderState = Record<string, number>; // region (or purge:account) → when the last reminder was shown

/** How long before the retention period deletes credentials not handed over yet the seller is told, once. */
const PURGE_WARNING = 3 * DAY;
const PURGE_PREFIX = 'purge:';

/** Whether a reminder is due now for an authorization ending at `expiresAt`. */
export function reminderDue(now: number, expiresAt: number, lastShown: number | null): boolean {
  const left = expiresAt - now;
  if (left > 30 * DAY) return false;
  if (lastShown === null) return true;
  if (left <= 0 && lastShown < expiresAt) return true; // the day it expires, say so
  const every = left > 0 && left <= 7 * DAY ? DAY : 7 * DAY;
  return now - lastShown >= every - SLACK;
}

async function loadState(): Promise<ReminderState> {
  const stored = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
  return typeof stored === 'object' && stored !== null ? { ...(stored as ReminderState) } : {};
}

/** Shows whatever reminder is due and sets the badge. Safe to run as often as you like. */
export async function runReminders(now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  const expiries = settings.features['authorization-expiry'] ? await regionExpiries(settings) : [];
  await updateBadge(now, expiries);
  const state = await loadState();
  const locale = resolveLocale(settings.language, browserLanguages());
  const t = uiTranslator(locale);
  // The date in the reminder's language too, not the browser's ("am 10. Dezember 2026", not "December 10").
  const date = (ms: number) => formatDate(locale, 'longDate', ms);
  for (const e of expiries) {
    if (!reminderDue(now, e.expiresAt, state[e.region] ?? null)) continue;
    // An estimated date is said to be one: the seller may have renewed since, and Manage Your Apps knows.
    const message = [expiryText(t, e, now, date), ...(e.estimated ? [t('expiry.estimated')] : [])].join(' ');
    // One notification id per region: a new reminder replaces the old one instead of stacking.
    await notify(
      `expiry:${e.region}:${e.host}`,
      t('reminder.title'),
      `${message} ${t('expiry.renew', { developer: e.developerName })}`,
    );
    state[e.region] = now;
  }
  await warnBeforePurge(settings.retentionDays, state, now, t);
  await browser.storage.local.set({ [STATE_KEY]: state });
}

/**
 * Credentials captured but not handed over yet are deleted with their account when the retention period is
 * over: the seller hears of it once, a few days before, so that nothing is lost unnoticed.
 */
async function warnBeforePurge(
  retentionDays: number,
  state: ReminderState,
  now: number,
  t: ReturnType<typeof uiTranslator>,
): Promise<void> {
  const accounts = await db().accounts.toArray();
  const integrations = await db().integrations.toArray();
  // A token with nowhere left to go (seen again after it was handed over) loses nothing when it goes.
  const waiting = new Set(accounts.filter((a) => a.secretId && tokenStillNeeded(a, integrations)).map((a) => a.id));
  // A warning about an account gone since, or handed over since, goes: the note of it names the seller.
  for (const key of Object.keys(state)) {
    if (!key.startsWith(PURGE_PREFIX) || waiting.has(key.slice(PURGE_PREFIX.length))) continue;
    delete state[key];
    await browser.notifications.clear(key).catch(() => false);
  }
  for (const account of accounts) {
    const key = `${PURGE_PREFIX}${account.id}`;
    if (!waiting.has(account.id) || state[key] !== undefined) continue;
    const deletesAt = (await retainedSince(account)) + retentionDays * DAY; // reads its vault record
    if (now < deletesAt - PURGE_WARNING || now >= deletesAt) continue;
    const days = Math.ceil((deletesAt - now) / DAY);
    // Every country at the platform, some with an earlier token: the button to press is another one.
    const message = isHandedOver(account, integrations) ? 'reminder.purgeNewToken' : 'reminder.purge';
    await notify(key, t('reminder.purgeTitle'), t(message, { account: account.accountName ?? account.sellerId, days }));
    state[key] = now;
  }
}

/** Notifications whose click opens ShipBridge's popup (in a tab), where it says what to do. */
const OPEN_POPUP = new Set([FAILING_NOTIFICATION, ENDED_NOTIFICATION, HANDOFF_NOTIFICATION]);

/**
 * A click on an expiry reminder opens Manage Your Apps on the seller's own host; on a purge warning or on
 * failing or ended connections or hand-offs that waited, ShipBridge (which says what to do; for an ended
 * connection, at its country); on keys the platform refuses, the settings.
 */
export function openFromNotification(notificationId: string): void {
  if (notificationId === UNREAD_NOTIFICATION) void browser.runtime.openOptionsPage();
  const [kind, , host] = notificationId.split(':');
  if (kind === 'expiry' && host) void browser.tabs.create({ url: manageYourAppsUrl(host) });
  if (notificationId.startsWith(PURGE_PREFIX) || OPEN_POPUP.has(notificationId)) {
    const at = notificationId === ENDED_NOTIFICATION ? ENDED_HASH : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${at}`) });
  }
}
