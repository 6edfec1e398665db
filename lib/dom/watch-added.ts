import { type DeepRoots, deepRoots, isSmall } from './deep';
import { watchUpgrades } from './upgrades';

/** `el` and the open shadow roots in it, or only `el` when it is too big to walk (a 5,000-row table). */
export function quickRoots(el: Element): DeepRoots {
  return isSmall(el) ? deepRoots(el) : [el];
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

/**
 * The text of a node the page added, for a first look: its shadow roots too unless it is huge. `roots` are
 * the element's `quickRoots` when the caller already has them.
 */
export function quickText(node: Node, roots?: DeepRoots): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  return rootsText(roots ?? quickRoots(node as Element));
}

/**
 * Calls `onAdded` with the first-look text (`quickText`) of every node the page adds, including inside the
 * open shadow roots of components it adds, synchronously in the mutation callback (no frame delay: some
 * pages show things only briefly); each added subtree is walked once, for watching and reading alike.
 * A component the page defines late is reported (its text) once its shadow root is there, and watched from
 * then on. `pageRoots` are the document's roots as the caller already found them
 * (`quickRoots(document.documentElement)`); on a page too big to walk, late components are not looked for.
 */
export function watchAddedNodes(onAdded: (texts: string[]) => void, signal: AbortSignal, pageRoots: DeepRoots): void {
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
    const texts = hosts.map((host) => {
      const roots = quickRoots(host);
      observe(roots.slice(1));
      noteLateComponents(roots.slice(1));
      return quickText(host, roots);
    });
    onAdded(texts);
  }, signal);
  const observer = new MutationObserver((records) => {
    const texts: string[] = [];
    for (const record of records) {
      if (record.type === 'characterData') texts.push(quickText(record.target));
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) {
          texts.push(quickText(node));
          continue;
        }
        const small = isSmall(node as Element);
        const roots = small ? deepRoots(node as Element) : [node as Element];
        observe(roots.slice(1));
        if (small) noteLateComponents(roots);
        texts.push(quickText(node, roots));
      }
    }
    if (texts.length) onAdded(texts);
  });
  observe([document.documentElement, ...pageRoots]);
  if (isSmall(document.documentElement)) noteLateComponents(pageRoots);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
