import { deepRoots } from './deep';

/** Subtrees larger than this are checked with native text only: walking them in JS could be a long task. */
const DEEP_SCAN_LIMIT = 2000;

/**
 * The text in a subtree, for a first look only (is anything token-shaped there?): native textContent and
 * form values of the subtree and of its open shadow roots, without visiting a single text node in
 * JavaScript. Shadow roots only for small subtrees (dialogs, components), never for a 5,000-row table.
 */
export function quickText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const roots = el.getElementsByTagName('*').length <= DEEP_SCAN_LIMIT ? deepRoots(el) : [el];
  let text = '';
  for (const root of roots) {
    text += ` ${root.textContent ?? ''}`;
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
      text += ` ${field.value}`;
  }
  return text;
}

/**
 * Calls `onAdded` with every node the page adds, including inside the open shadow roots of components it
 * adds, synchronously in the mutation callback (no frame delay: some pages show things only briefly).
 */
export function watchAddedNodes(onAdded: (nodes: Node[]) => void, signal: AbortSignal): void {
  const observed = new WeakSet<ShadowRoot>();
  const observer = new MutationObserver((records) => {
    const added: Node[] = [];
    for (const record of records) {
      if (record.type === 'characterData') added.push(record.target);
      for (const node of record.addedNodes) {
        added.push(node);
        observeShadows(node);
      }
    }
    if (added.length) onAdded(added);
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const observeShadows = (node: Node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.getElementsByTagName('*').length > DEEP_SCAN_LIMIT) return;
    for (const candidate of [el, ...el.querySelectorAll('*')]) {
      const root = candidate.shadowRoot;
      if (root && !observed.has(root)) {
        observed.add(root);
        observer.observe(root, options);
        for (const child of root.children) observeShadows(child);
      }
    }
  };
  observer.observe(document.documentElement, options);
  observeShadows(document.documentElement);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
