import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/lib/messaging/router';
import { migrateStoredSettings } from '@/lib/settings/store';

export default defineBackground(() => {
  const version = browser.runtime.getManifest().version;
  const route = createRouter(
    {
      'page:ping': () => ({ version }),
      'ui:ping': () => ({ version }),
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.runtime.onInstalled.addListener(() => void migrateStoredSettings());
  browser.runtime.onStartup.addListener(() => void migrateStoredSettings());
});
