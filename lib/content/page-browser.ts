import type { WxtBrowser } from 'wxt/browser';

/**
 * `browser` in the Seller Central page script (wxt.config.ts points `wxt/browser` here for that bundle only):
 * the browser's own promise-based API, found without touching `runtime`. WXT's choice reads
 * `browser.runtime.id`, and the first touch of `runtime` builds that whole namespace in the page's
 * extension world: ~0.6 ms on every Seller Central page, most of which never message the background.
 * `storage`, read at every start anyway, tells the extension's namespace from a page element whose id is
 * "browser" (the page's named elements show through as globals).
 */
const world = globalThis as unknown as { browser?: WxtBrowser; chrome: WxtBrowser };

export const browser: WxtBrowser = world.browser?.storage ? world.browser : world.chrome;
