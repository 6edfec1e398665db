import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshStatuses } from '@/lib/background/connections';
import { handlers } from '@/lib/background/handlers';
import { OUTBOX_ALARM, processOutbox } from '@/lib/background/outbox';
import { reinjectIntoOpenTabs } from '@/lib/background/reinject';
import { openFromNotification, REMINDER_ALARM, runReminders } from '@/lib/background/reminders';
import { PURGE_ALARM, purgeExpired } from '@/lib/background/retention';
import { prepareVault } from '@/lib/background/vault';
import { publishPageStrings } from '@/lib/i18n/page';
import { createRouter } from '@/lib/messaging/router';
import { migrateStoredSettings } from '@/lib/settings/store';

const STATUS_ALARM = 'status';

export default defineBackground(() => {
  const route = createRouter(
    handlers(browser.runtime.getManifest().version),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  const startUp = () => {
    void migrateStoredSettings();
    void publishPageStrings();
    void processOutbox();
    // Same names replace, never duplicate: start-up can run this as often as it likes.
    void browser.alarms.create(STATUS_ALARM, { periodInMinutes: 30 });
    void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 6 * 60, delayInMinutes: 1 });
    void browser.alarms.create(PURGE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 2 });
    void purgeExpired().then(() => runReminders());
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    startUp();
    void prepareVault();
    if (reason === 'install' || reason === 'update') void reinjectIntoOpenTabs();
  });
  browser.runtime.onStartup.addListener(startUp);
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === OUTBOX_ALARM) void processOutbox();
    if (name === STATUS_ALARM) void refreshStatuses().catch(() => {});
    if (name === REMINDER_ALARM) void runReminders();
    if (name === PURGE_ALARM) void purgeExpired();
  });
  browser.notifications.onClicked.addListener(openFromNotification);
  // A worker woken for any reason picks up hand-offs left by one that was stopped mid-way.
  void processOutbox();
});
