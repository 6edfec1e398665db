import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../marketplaces';

/**
 * After an install or update, Seller Central tabs opened before it run no (or an orphaned) content script:
 * inject the current one so a credentials screen on screen right now is still captured.
 */
export async function reinjectIntoOpenTabs(): Promise<void> {
  type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
  const files = (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.js ?? []) as Files;
  if (!files.length) return;
  const tabs = await browser.tabs.query({ url: [...SELLER_CENTRAL_MATCHES] });
  await Promise.allSettled(
    tabs
      .filter((tab) => tab.id !== undefined)
      .map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id as number }, files })),
  );
}
