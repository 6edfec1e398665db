import { type DeepRoots, deepRoots } from './deep';

/** Subtrees larger than this are checked with native text only: walking them in JS could be a long task. */
const DEEP_SCAN_LIMIT = 2000;

/** Small enough to walk in JavaScript (the browser keeps the count until the subtree changes). */
const isSmall = (el: Element) => el.getElementsByTagName('*').length <= DEEP_SCAN_LIMIT;

/** `el` and the open shadow roots in it, or only `el` when it is too big to walk (a 5,000-row table). */
export function quickRoots(el: Element): DeepRoots {
  return isSmall(el) ? deepRoots(el) : [el];
}

/** How often, and for how long after the last one was seen, components not yet defined are looked at. */
export const UPGRADE_CHECK_MS = 250;
export const UPGRADE_WAIT_MS = 10_000;

/**
 * Components the page has not defined yet (its component library still loading) get their shadow roots
 * when it defines them, and nothing the page's DOM observers can see changes then. `add` notes the ones
 * in some roots; they are looked at every UPGRADE_CHECK_MS until each has a shadow root (`onUpgraded`),
 * turned out to have none, or left the page, and at most UPGRADE_WAIT_MS after the last was noted.
 */
function watchUpgrades(onUpgraded: (hosts: Element[]) => void, signal: AbortSignal) {
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
  signal.addEventListener('abort', stop, { once: true });
  return (roots: DeepRoots) => {
    if (signal.aborted) return;
    const before = pending.size;
    // Only custom elements (a dash in the name) are ever undefined; an open shadow root is already watched;
    // ShipBridge's own hosts are never defined and keep their shadow roots closed.
    const late = (el: Element) =>
      el.localName.includes('-') && !el.localName.startsWith('shipbridge-') && !el.shadowRoot;
    for (const root of roots) {
      if (root instanceof Element && late(root) && root.matches(':not(:defined)')) pending.add(root);
      for (const el of root.querySelectorAll(':not(:defined)')) if (late(el)) pending.add(el);
    }
    if (pending.size === before) return;
    until = Date.now() + UPGRADE_WAIT_MS;
    timer ??= setInterval(check, UPGRADE_CHECK_MS);
  };
}

/**
 * The text in some roots, for a first look only (is anything token-shaped there?): native textContent and
 * form values, without visiting a single text node in JavaScript.
 */
export function rootsText(roots: DeepRoots): string {
  let text = '';
  for (const root of roots) {
    text += ` ${root.textContent ?? ''}`;
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
      text += ` ${field.value}`;
  }
  return text;
}

/** The text of a node the page added, for a first look: its shadow roots too unless it is huge. */
export function quickText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  return rootsText(quickRoots(node as Element));
}

/**
 * Calls `onAdded` with every node the page adds, including inside the open shadow roots of components it
 * adds, synchronously in the mutation callback (no frame delay: some pages show things only briefly).
 * A component the page defines late is reported (itself) once its shadow root is there, and watched from
 * then on. `pageRoots` are the document's roots as the caller already found them
 * (`quickRoots(document.documentElement)`); on a page too big to walk, late components are not looked for.
 */
export function watchAddedNodes(onAdded: (nodes: Node[]) => void, signal: AbortSignal, pageRoots: DeepRoots): void {
  const observed = new WeakSet<ParentNode>();
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const observe = (roots: DeepRoots) => {
    for (const root of roots) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root as Node, options);
    }
  };
  const noteLateComponents = watchUpgrades((hosts) => {
    for (const host of hosts) {
      const roots = quickRoots(host);
      observe(roots.slice(1));
      noteLateComponents(roots.slice(1));
    }
    onAdded(hosts);
  }, signal);
  const observer = new MutationObserver((records) => {
    const added: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') added.push(record.target);
      for (const node of record.addedNodes) {
        added.push(node);
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const roots = quickRoots(node as Element);
        observe(roots.slice(1));
        if (isSmall(node as Element)) noteLateComponents(roots);
      }
    }
    if (added.length) onAdded(added);
  });
  observe([document.documentElement, ...pageRoots]);
  if (isSmall(document.documentElement)) noteLateComponents(pageRoots);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
