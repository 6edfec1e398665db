import { browser } from 'wxt/browser';

/**
 * Announced on the document by every copy of the Seller Central script as it starts. DOM events cross
 * isolated worlds, so a copy left behind by an update hears its successor. Carries nothing.
 */
export const SCRIPT_STARTED = 'shipbridge:script-started';

export interface ScriptLifecycle {
  /** Aborted once this copy has lost its extension (updated, reloaded, removed). */
  readonly signal: AbortSignal;
  /** Checks now: true when the extension is gone under this copy. */
  isInvalid(): boolean;
  /** Calls back after every in-page navigation (history API, back/forward), until invalidated. */
  onLocationChange(listener: () => void): void;
}

function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Where the running copy registers itself: a global of the extension's isolated world, invisible to the page.
 * The background's after-install probe reads it there (`liveCopyRuns` in lib/background/reinject.ts).
 */
const RUNNING = '__shipbridgeSellerCentral';
type Running = { isAlive(): boolean };

/**
 * The script's life on one page, at the cost of two DOM listeners; null when a live copy of this script
 * already runs on the page (the background injects one after an install or update when no copy answered
 * its probe in time), so that the page never gets two of everything. (WXT's content-script context posts a
 * window message on every start and listens to every message the page posts; that alone cost Seller
 * Central pages 2–5 ms.)
 *
 * A page can fake the start event, but a copy stops only when its extension really is gone.
 */
export function startLifecycle(): ScriptLifecycle | null {
  const world = globalThis as { [RUNNING]?: Running };
  if (world[RUNNING]?.isAlive()) return null;
  const controller = new AbortController();
  const { signal } = controller;
  const isInvalid = () => {
    if (!signal.aborted && extensionGone()) controller.abort();
    return signal.aborted;
  };
  world[RUNNING] = { isAlive: () => !isInvalid() };
  document.dispatchEvent(new Event(SCRIPT_STARTED));
  document.addEventListener(SCRIPT_STARTED, isInvalid, { signal });

  return {
    signal,
    isInvalid,
    onLocationChange(listener) {
      let last = location.href;
      const check = () => {
        if (location.href === last || isInvalid()) return;
        last = location.href;
        listener();
      };
      // The Navigation API reports history.pushState and back/forward after the URL has changed; where it is
      // missing (older Firefox), a once-a-second look at the address is the fallback.
      const navigation = (globalThis as { navigation?: EventTarget }).navigation;
      if (typeof navigation?.addEventListener === 'function') {
        navigation.addEventListener('currententrychange', check, { signal });
      } else {
        const timer = setInterval(check, 1000);
        signal.addEventListener('abort', () => clearInterval(timer), { once: true });
      }
    },
  };
}
