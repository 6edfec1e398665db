import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../marketplaces';

/**
 * Runs in the tab, in this extension's isolated world (serialized by `executeScript`: self-contained): whether
 * a copy of the page script runs there whose extension is still this one. Each copy registers itself there
 * as it starts (`startLifecycle`), before any wait; a copy orphaned by an update answers false.
 */
export function liveCopyRuns(): boolean {
  const running = (globalThis as { __shipbridgeSellerCentral?: { isAlive?: () => boolean } }).__shipbridgeSellerCentral;
  try {
    return running?.isAlive?.() === true;
  } catch {
    return false;
  }
}

/** A copy of the page script of this extension that is alive in the tab (asked without any message). */
async function hasLiveScript(tabId: number): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: liveCopyRuns,
      injectImmediately: true,
    });
    return frame?.result === true;
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
