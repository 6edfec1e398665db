import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../marketplaces';
import { ALIVE_PROBE } from '../messaging/probe';

/** A content script of this extension that still answers: an orphaned one (old version) cannot. */
async function hasLiveScript(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: ALIVE_PROBE })) === true;
  } catch {
    return false;
  }
}

/**
 * After an install or update, Seller Central tabs opened before it run no (or an orphaned) content script:
 * inject the current one so a credentials screen on screen right now is still captured. Tabs whose script
 * answers are left alone: a second copy would only repeat its work.
 */
export async function reinjectIntoOpenTabs(): Promise<void> {
  type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
  // The manifest declares the one page script twice (started early on inventory pages, once parsed elsewhere).
  const files = [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.js ?? []))] as Files;
  if (!files.length) return;
  const tabs = await browser.tabs.query({ url: [...SELLER_CENTRAL_MATCHES] });
  await Promise.allSettled(
    tabs
      .filter((tab) => tab.id !== undefined)
      .map(async (tab) => {
        const tabId = tab.id as number;
        if (!(await hasLiveScript(tabId))) await browser.scripting.executeScript({ target: { tabId }, files });
      }),
  );
}
