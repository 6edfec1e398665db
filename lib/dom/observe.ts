import { isSmall } from './deep';
import { watchUpgrades } from './upgrades';

/** Mutations that are only ShipBridge's own UI coming or going. */
function onlyOurs(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName.startsWith('SHIPBRIDGE-'));
}

/**
 * Calls `onChange` at most once per animation frame while the subtree changes (nodes, and unless
 * `childListOnly`, what hides and shows them, and components the page defines late getting their shadow
 * roots), and once right away (with `deferFirstLook`, once in the next frame, before it paints). ShipBridge's
 * own UI does not count.
 * A timer backs the frame up: hidden tabs get no animation frames. Everything stops with `signal`.
 *
 * `onChange` gets `forgetChanges`: calling it forgets the changes made so far, for a look that is about to
 * read the page again anyway (the page's reaction to a choice it just made): they cause no further look.
 *
 * Late components are looked for in a target of up to 2,000 elements, or in any target with
 * `lateComponentsOnBigPages` (one `:not(:defined)` query over it per look: ~0.15 ms on 3,000 elements, too
 * much for a grid that changes all day).
 */
export function observeBatched(
  target: Node,
  onChange: (forgetChanges: () => void) => void,
  signal: AbortSignal,
  { childListOnly = false, deferFirstLook = false, lateComponentsOnBigPages = false } = {},
): void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    if (!signal.aborted) look();
  };
  const request = () => {
    if (timer !== undefined || signal.aborted) return;
    frame = requestAnimationFrame(flush);
    timer = setTimeout(flush, 100);
  };
  const observer = new MutationObserver((records) => {
    if (!records.every(onlyOurs)) request();
  });
  // A component the page defines late changes nothing the observer sees: its new shadow root asks for a look.
  const noteLateComponents = watchUpgrades(request, signal);
  const look = () => {
    if (target instanceof Element && (lateComponentsOnBigPages || isSmall(target))) noteLateComponents([target]);
    onChange(forgetChanges);
  };
  const forgetChanges = () => void observer.takeRecords();
  observer.observe(
    target,
    childListOnly
      ? { childList: true, subtree: true }
      : { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] },
  );
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
    { once: true },
  );
  if (deferFirstLook) request();
  else look();
}
