import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { deleteAccount, regionOfSender, saveCapture, savePastedCredentials } from '@/lib/background/captures';
import { reinjectIntoOpenTabs } from '@/lib/background/reinject';
import { prepareVault } from '@/lib/background/vault';
import { publishPageStrings } from '@/lib/i18n/page';
import { createRouter } from '@/lib/messaging/router';
import { migrateStoredSettings } from '@/lib/settings/store';

export default defineBackground(() => {
  const version = browser.runtime.getManifest().version;
  const route = createRouter(
    {
      'page:ping': () => ({ version }),
      'page:credentials': (payload, sender) => {
        const origin = regionOfSender(sender.url);
        if (!origin) throw new Error('not a Seller Central page');
        return saveCapture(payload, origin.region, origin.host);
      },
      'ui:ping': () => ({ version }),
      'ui:pasteCredentials': ({ text }) => savePastedCredentials(text),
      'ui:deleteAccount': async ({ accountId }) => {
        await deleteAccount(accountId);
        return {};
      },
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void migrateStoredSettings();
    void publishPageStrings();
    void prepareVault();
    if (reason === 'install' || reason === 'update') void reinjectIntoOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => {
    void migrateStoredSettings();
    void publishPageStrings();
  });
});
