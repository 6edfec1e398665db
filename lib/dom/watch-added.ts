import { type DeepRoots, deepRoots, isSmall } from './deep';
import { watchUpgrades } from './upgrades';

/**
 * More elements than this added to one parent in one batch are the rows of a list, read as one text. A dialog
 * or a form comes as a few elements.
 */
const LIST_ROWS = 50;

/** `el` and the open shadow roots in it, or only `el` when it is too big to walk (a 5,000-row table). */
export function quickRoots(el: Element): DeepRoots {
  return isSmall(el) ? deepRoots(el) : [el];
}

/** Fields that can show a text (not the checkbox of every row of a grid). */
const TEXT_FIELDS =
  'textarea, input:not([type]), input[type="text" i], input[type="search" i], input[type="password" i]';

/**
 * The text in some roots, for a first look only (is anything token-shaped there?): native textContent and
 * form values, without visiting a single text node in JavaScript.
 */
export function rootsText(roots: DeepRoots): string {
  let text = '';
  for (const root of roots) {
    text += ` ${root.textContent ?? ''}`;
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELDS))
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
 * then on. `pageRoots` are the document's roots as the caller already found them: from
 * `quickRoots(document.documentElement)`, which does not walk a big page (late components are then not looked
 * for), or, with `wholePage`, from a walk of the whole page whatever its size.
 * Many elements added to one parent at once (a list's rows) are read as their parent's text, their shadow
 * roots neither read nor watched.
 */
export function watchAddedNodes(
  onAdded: (texts: string[]) => void,
  signal: AbortSignal,
  pageRoots: DeepRoots,
  { wholePage = false } = {},
): void {
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
    // This batch's additions by the parent they went to, counted before any added node is touched.
    const added = new Map<Node, { records: MutationRecord[]; count: number }>();
    for (const record of records) {
      if (record.type === 'characterData') {
        texts.push(quickText(record.target));
        continue;
      }
      if (!record.addedNodes.length) continue;
      const group = added.get(record.target);
      if (group) {
        group.records.push(record);
        group.count += record.addedNodes.length;
      } else {
        added.set(record.target, { records: [record], count: record.addedNodes.length });
      }
    }
    for (const [parent, { records: parentRecords, count }] of added) {
      // Rows of a list the page renders (a 5,000-row grid is one batch): its text in one native read; walking
      // every row for shadow roots, as for a dialog, would cost a long task.
      if (count > LIST_ROWS) {
        texts.push(rootsText([parent as ParentNode]));
        continue;
      }
      for (const node of parentRecords.flatMap((record) => [...record.addedNodes])) {
        if (node.nodeType !== Node.ELEMENT_NODE) {
          texts.push(quickText(node));
          continue;
        }
        const element = node as Element;
        const small = isSmall(element);
        const roots = small ? deepRoots(element) : [element];
        observe(roots.slice(1));
        if (small) noteLateComponents(roots);
        texts.push(quickText(element, roots));
      }
    }
    if (texts.length) onAdded(texts);
  });
  observe([document.documentElement, ...pageRoots]);
  if (wholePage || isSmall(document.documentElement)) noteLateComponents(pageRoots);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
