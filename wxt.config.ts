import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { LOOPBACK_HOSTS } from './lib/backends/addresses';
import { SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from './lib/marketplaces';
import { INVENTORY_PATHS } from './lib/seller-central/urls';

const SENDCLOUD_API = 'https://panel.sendcloud.sc/*';

// The Seller Central script (entrypoints/seller-central.ts) runs on every Seller Central page and must stay
// under 40 KB: it uses the browser's own promise-based API (chrome.* in MV3, browser.* in Firefox) instead
// of the 10 KB polyfill. Extension pages and the background keep the polyfill. Code still imports `browser`
// from 'wxt/browser' everywhere.
const PAGE_SCRIPT = 'seller-central';
// Inventory pages get the script before they are parsed: it asks the background for the listings to mark
// while the table loads and marks them before the frame that follows parsing (marked after it, the browser
// paints a 5,000-row table once more, 30–50 ms). Other pages get it once parsed: started early there, the
// script saved the authorize form a frame but cost it 2–6 ms more CPU (measured).
// The path itself, with or without a query (a pattern's path includes the query): sub-paths such as the
// classic editor under /inventory/ keep the later start.
const INVENTORY_MATCHES = SELLER_CENTRAL_HOSTS.flatMap((host) =>
  INVENTORY_PATHS.flatMap((path) => [`https://${host}${path}`, `https://${host}${path}?*`]),
);
// The page script's `browser`: the browser's own API, picked without building `runtime` (see the file).
const PAGE_BROWSER = fileURLToPath(new URL('./lib/content/page-browser.ts', import.meta.url));

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.name === PAGE_SCRIPT)) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      const native = { find: /^wxt\/browser$/, replacement: PAGE_BROWSER };
      config.resolve.alias = Array.isArray(alias)
        ? [native, ...alias]
        : [
            native,
            ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) })),
          ];
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources zip (Firefox's review builds from it): what builds the extension, not what a run left behind.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', '**/*.log', '**/sandbox-state.json'] },
  manifestVersion: 3,
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting', 'notifications', 'activeTab'],
    host_permissions: [...SELLER_CENTRAL_MATCHES, SENDCLOUD_API],
    // A custom Connector API backend is asked for at run time, when the seller saves its URL: any https
    // server, or one on this machine over http.
    optional_host_permissions: ['https://*/*', ...LOOPBACK_HOSTS.map((host) => `http://${host}/*`)],
    action: { default_title: '__MSG_extName__' },
    // Declared here, not as a WXT content script, so that pages pay for nothing but ShipBridge's own code.
    content_scripts: [
      { matches: INVENTORY_MATCHES, js: [`${PAGE_SCRIPT}.js`], run_at: 'document_start' },
      {
        matches: [...SELLER_CENTRAL_MATCHES],
        exclude_matches: INVENTORY_MATCHES,
        js: [`${PAGE_SCRIPT}.js`],
        run_at: 'document_end',
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'shipbridge@shipbridge.app',
              strict_min_version: '142.0',
              // What leaves the browser, and only for the shipping platform the seller sets: the Amazon
              // token and the platform's keys (authentication), the Seller ID and shop name (identifying).
              data_collection_permissions: { required: ['authenticationInfo', 'personallyIdentifyingInfo'] },
            },
          },
        }
      : {}),
  }),
});
