import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './lib/marketplaces';

const SENDCLOUD_API = 'https://panel.sendcloud.sc/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: [...SELLER_CENTRAL_MATCHES, SENDCLOUD_API],
    // A custom Connector API backend is asked for at run time, when the seller saves its URL.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shipbridge@shipbridge.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
