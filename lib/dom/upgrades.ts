// Components a page defines late (its component library still loading) get their shadow roots then, and
// nothing a MutationObserver of the page's DOM can see changes at that moment.
import type { DeepRoots } from './deep';

/** How often, and for how long after the last one was noted, components not yet defined are looked at. */
export const UPGRADE_CHECK_MS = 250;
export const UPGRADE_WAIT_MS = 10_000;

/**
 * Returns `note(roots)`, which notes the components not yet defined in some roots; they are looked at every
 * UPGRADE_CHECK_MS until each has a shadow root (`onUpgraded`), turned out to have none, or left the page,
 * and at most UPGRADE_WAIT_MS after the last was noted. Everything stops with `signal`.
 */
export function watchUpgrades(onUpgraded: (hosts: Element[]) => void, signal: AbortSignal): (roots: DeepRoots) => void {
  const pending = new Set<Element>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let until = 0;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    pending.clear();
  };
  const check = () => {
    const upgraded: Element[] = [];
    for (const host of pending) {
      if (host.shadowRoot) upgraded.push(host);
      // Defined without an open shadow root, or gone: nothing will appear in it.
      if (host.shadowRoot || !host.isConnected || host.matches(':defined')) pending.delete(host);
    }
    if (!pending.size || Date.now() > until) stop();
    if (upgraded.length) onUpgraded(upgraded);
  };
  // Only custom elements (a dash in the name) are ever undefined; an open shadow root is already watched;
  // ShipBridge's own hosts are never defined and keep their shadow roots closed.
  const late = (el: Element) => el.localName.includes('-') && !el.localName.startsWith('shipbridge-') && !el.shadowRoot;
  signal.addEventListener('abort', stop, { once: true });
  return (roots) => {
    if (signal.aborted) return;
    const before = pending.size;
    for (const root of roots) {
      if (root instanceof Element && late(root) && root.matches(':not(:defined)')) pending.add(root);
      for (const el of root.querySelectorAll(':not(:defined)')) if (late(el)) pending.add(el);
    }
    if (pending.size === before) return;
    until = Date.now() + UPGRADE_WAIT_MS;
    timer ??= setInterval(check, UPGRADE_CHECK_MS);
  };
}
