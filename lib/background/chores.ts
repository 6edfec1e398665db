import { browser } from 'wxt/browser';
import { REMINDER_ALARM } from './reminders';
import { PURGE_ALARM } from './retention';

export const STATUS_ALARM = 'status';

/**
 * The background's periodic chores: connection statuses every 30 minutes, expiry reminders every 6 hours,
 * the retention purge daily. Same names replace, never duplicate: this can run as often as it likes.
 */
export async function scheduleChores(): Promise<void> {
  await Promise.all([
    browser.alarms.create(STATUS_ALARM, { periodInMinutes: 30 }),
    browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 6 * 60, delayInMinutes: 1 }),
    browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 2 }),
  ]);
}
