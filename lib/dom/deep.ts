/** Subtrees larger than this are not walked in JavaScript (a 5,000-row table): it could be a long task. */
const DEEP_SCAN_LIMIT = 2000;

/**
 * Small enough to walk in JavaScript. Asks for the element past the limit rather than for the count: the
 * browser walks at most that far (counting a 5,000-row page's 40,000 elements took 1–2 ms after a change).
 */
export const isSmall = (el: Element) => el.getElementsByTagName('*')[DEEP_SCAN_LIMIT] === undefined;

/** A subtree and every open shadow root below it, found once and then queried as often as needed. */
export type DeepRoots = readonly ParentNode[];

/** `root` and every open shadow root in and below it (Katal components). Walks every element once. */
export function deepRoots(root: ParentNode): DeepRoots {
  const roots: ParentNode[] = [root];
  const own = (root as Partial<Element>).shadowRoot;
  if (own) roots.push(...deepRoots(own));
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) roots.push(...deepRoots(host.shadowRoot));
  }
  return roots;
}

/**
 * Every element matching `selector` in `root` and in every open shadow root below it. Several queries of
 * one scan should share one `deepRoots(...)`: finding the shadow roots is the costly part.
 */
export function deepQueryAll<E extends Element = Element>(root: ParentNode | DeepRoots, selector: string): E[] {
  const roots = Array.isArray(root) ? (root as DeepRoots) : deepRoots(root as ParentNode);
  return roots.flatMap((r) => [...r.querySelectorAll<E>(selector)]);
}

/** The custom element hosting `node`, if it lives in a shadow root. */
export function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Visible text of a subtree, shadow roots included (innerText ignores them). */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else if (node.nodeType === Node.ELEMENT_NODE && node instanceof Element) {
      const tag = node.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
      if (tag === 'INPUT' || tag === 'TEXTAREA') parts.push(` ${(node as HTMLInputElement).value} `);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (tag === 'BR' || tag === 'P' || tag === 'DIV' || tag === 'TR' || tag === 'LI') parts.push('\n');
      for (const child of node.childNodes) walk(child);
      if (tag === 'TD' || tag === 'TH') parts.push('\t');
      if (tag === 'P' || tag === 'DIV' || tag === 'TR' || tag === 'LI' || /^H[1-6]$/.test(tag)) parts.push('\n');
    } else if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      for (const child of node.childNodes) walk(child);
    }
  };
  walk(root);
  return parts.join('');
}

/** Whether a person can see the element: it and its shadow host are laid out (not display:none, not hidden). */
export function isRendered(el: Element): boolean {
  const host = shadowHost(el);
  return !el.closest('[hidden]') && el.checkVisibility() && (!host || isRendered(host));
}
