import { browser } from 'wxt/browser';
import { REMINDER_ALARM } from './reminders';
import { PURGE_ALARM } from './retention';

export const STATUS_ALARM = 'status';

/**
 * The background's periodic chores: connection statuses every 30 minutes, expiry reminders every 6 hours,
 * the retention purge daily. Same names replace, never duplicate: this can run as often as it likes. It runs
 * at each browser start, and an alarm made anew fires first after its delay (else after its period): the
 * first status read comes a minute after the start, not 30 minutes, which a browser open for less would
 * never reach (a connection failing overnight told in the morning, or never).
 */
export async function scheduleChores(): Promise<void> {
  await Promise.all([
    browser.alarms.create(STATUS_ALARM, { periodInMinutes: 30, delayInMinutes: 1 }),
    browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 6 * 60, delayInMinutes: 1 }),
    browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 2 }),
  ]);
}
