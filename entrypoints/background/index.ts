import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshStatuses } from '@/lib/background/connections';
import { handlers } from '@/lib/background/handlers';
import { OUTBOX_ALARM, processOutbox } from '@/lib/background/outbox';
import { reinjectIntoOpenTabs } from '@/lib/background/reinject';
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
    void browser.alarms.create(STATUS_ALARM, { periodInMinutes: 30 });
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
  });
  // A worker woken for any reason picks up hand-offs left by one that was stopped mid-way.
  void processOutbox();
});
