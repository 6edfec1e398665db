import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { updateBadge } from '@/lib/background/alerts';
import { STATUS_ALARM, scheduleChores } from '@/lib/background/chores';
import { refreshStatuses } from '@/lib/background/connections';
import { detached } from '@/lib/background/detached';
import { handlers } from '@/lib/background/handlers';
import { OUTBOX_ALARM, processOutbox } from '@/lib/background/outbox';
import { reinjectIntoOpenTabs } from '@/lib/background/reinject';
import { openFromNotification, REMINDER_ALARM, runReminders } from '@/lib/background/reminders';
import { PURGE_ALARM, purgeExpired } from '@/lib/background/retention';
import { prepareVault } from '@/lib/background/vault';
import { publishPageStrings } from '@/lib/i18n/page';
import { createRouter } from '@/lib/messaging/router';
import { migrateStoredSettings, SETTINGS_KEY } from '@/lib/settings/store';

export default defineBackground(() => {
  const route = createRouter(
    handlers(browser.runtime.getManifest().version),
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  const startUp = () => {
    detached(migrateStoredSettings());
    detached(publishPageStrings());
    detached(processOutbox());
    detached(scheduleChores());
    detached(purgeExpired().then(() => runReminders()));
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    startUp();
    detached(prepareVault());
    if (reason === 'install' || reason === 'update') detached(reinjectIntoOpenTabs());
  });
  browser.runtime.onStartup.addListener(startUp);
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === OUTBOX_ALARM) detached(processOutbox());
    if (name === STATUS_ALARM) void refreshStatuses({ tell: true }).catch(() => {});
    if (name === REMINDER_ALARM) detached(runReminders());
    if (name === PURGE_ALARM) detached(purgeExpired());
  });
  browser.notifications.onClicked.addListener(openFromNotification);
  // The toolbar button's days left and tooltip follow the settings at once (the developer configured, the
  // reminders switched off, the language), not at the next status read or reminder run.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) detached(updateBadge());
  });
  // A worker woken for any reason picks up hand-offs left by one that was stopped mid-way.
  detached(processOutbox());
});
