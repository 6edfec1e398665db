// ShipBridge's UI on Seller Central: closed shadow roots, so page CSS cannot restyle it and page scripts
// cannot reach into it. Everything from the page is set with textContent, never as HTML.
import type { PageT } from '../i18n/page/runtime';

export type Tone = 'info' | 'success' | 'warn' | 'error';

export interface PanelRow {
  label: string;
  value: string;
  /** What the copy button puts on the clipboard, when it differs from what is shown (masked secrets). */
  copyValue?: string;
}

export interface PanelLink {
  label: string;
  href: string;
  linkText: string;
  /** Scrolls the page to what the link is about. */
  onFind?: () => void;
  findText?: string;
}

export interface PanelContent {
  tone: Tone;
  lines: string[];
  rows?: PanelRow[];
  /** Shows the rows only when the seller presses a button with this label (a short confirmation stays short). */
  foldRows?: string;
  links?: PanelLink[];
  /** A line after the links. */
  footer?: string;
  actions?: { label: string; onClick: () => void }[];
}

const COLORS: Record<Tone, string> = { info: '#0b6e4f', success: '#0b6e4f', warn: '#8a5300', error: '#b3261e' };

// Seller Central's own typeface (loaded by the page) and the fonts it falls back to: a typeface the page
// does not use yet would cost every page a font lookup (about 2 ms) just to show ShipBridge's UI.
const PAGE_FONT = '"Amazon Ember", Arial, sans-serif';

// The host is the fixed, contained box, so adding or changing the panel never lays the page out again.
const PANEL_STYLE = `
:host { all: initial; display: block; position: fixed; top: 16px; right: 16px; z-index: 2147483647;
  width: max-content; max-width: min(380px, calc(100vw - 32px)); contain: layout style; }
.panel { position: relative; background: #fff;
  color: #1d2327; font: 14px/1.45 ${PAGE_FONT}; border-radius: 8px; border: 1px solid #c3c9cf;
  border-left: 6px solid var(--tone); padding: 12px 36px 12px 14px; }
.title { font-weight: 700; margin: 0 0 4px; }
p { margin: 0 0 6px; }
.row { display: flex; gap: 6px; align-items: center; margin: 4px 0; }
.label { color: #5a6570; min-width: 7em; }
code { font: inherit; font-variant-numeric: tabular-nums; word-break: break-all; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--tone); background: #fff;
  color: var(--tone); padding: 2px 8px; }
button.primary { background: var(--tone); color: #fff; }
button.close { position: absolute; top: 6px; right: 6px; border: 0; font-size: 18px; line-height: 1; padding: 4px 8px; color: #5a6570; }
button:focus-visible, a:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.links { margin: 4px 0; padding: 0; list-style: none; max-height: 240px; overflow: auto; }
a { color: var(--tone); }
`;
const NOTE_STYLE = `:host { all: initial; display: block; }
.note { display: block; margin: 4px 0 8px; padding: 6px 10px; border-left: 4px solid #c77700; background: #fff8e1;
  color: #1d2327; font: 13px/1.4 ${PAGE_FONT}; border-radius: 4px; }`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.style.cssText = 'position:fixed;opacity:0;';
    document.documentElement.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * Marks ShipBridge's UI with the language its text is in, written left to right as all of ShipBridge's
 * languages are: on a page in another language, or one written right to left (Arabic Seller Central), it
 * would otherwise inherit the page's (read aloud in the page's language, punctuation on the wrong side).
 */
function speaks(node: HTMLElement, lang: string): void {
  node.lang = lang;
  node.dir = 'ltr';
}

/** Each kind of host carries only its own few rules: a flag on 200 inventory rows must stay cheap. */
function mount(tag: string, style: string, signal: AbortSignal, place: (host: HTMLElement) => void) {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  root.append(el('style', style));
  place(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, root };
}

/** A dismissable panel in the page's corner; `show` replaces its content. */
export function createPanel(t: PageT, signal: AbortSignal) {
  let current: ReturnType<typeof mount> | null = null;
  const close = () => {
    current?.host.remove();
    current = null;
  };
  signal.addEventListener('abort', close, { once: true });

  return {
    show(content: PanelContent) {
      if (signal.aborted) return;
      current ??= mount('shipbridge-panel', PANEL_STYLE, signal, (host) => document.documentElement.append(host));
      const box = el('div', undefined, 'panel');
      speaks(box, t.lang);
      box.style.setProperty('--tone', COLORS[content.tone]);
      box.setAttribute('role', content.tone === 'error' || content.tone === 'warn' ? 'alert' : 'status');
      box.append(el('p', 'ShipBridge', 'title'));
      for (const line of content.lines) box.append(el('p', line));
      const rows = (content.rows ?? []).map((row) => {
        const line = el('div', undefined, 'row');
        const copy = el('button', t('panel.copy'));
        copy.type = 'button';
        // Named after its row: a screen reader hears "Copy: Seller ID", not three times "Copy".
        copy.setAttribute('aria-label', `${t('panel.copy')}: ${row.label}`);
        copy.addEventListener('click', async () => {
          if (!(await copyText(row.copyValue ?? row.value))) return;
          copy.textContent = t('panel.copied');
          copy.setAttribute('aria-label', `${t('panel.copied')}: ${row.label}`);
        });
        line.append(el('span', row.label, 'label'), el('code', row.value), copy);
        return line;
      });
      if (content.foldRows && rows.length) {
        const unfold = el('button', content.foldRows);
        unfold.type = 'button';
        unfold.addEventListener('click', () => {
          unfold.replaceWith(...rows);
          rows[0]?.querySelector('button')?.focus();
        });
        box.append(unfold);
      } else {
        box.append(...rows);
      }
      if (content.links?.length) {
        const list = el('ul', undefined, 'links');
        for (const link of content.links) {
          const item = el('li', undefined, 'row');
          const a = el('a', link.linkText);
          a.href = link.href;
          a.target = '_blank';
          a.rel = 'noreferrer';
          // Named after its row, as the copy buttons are: thirty times "Add the weight" says nothing.
          a.setAttribute('aria-label', `${link.linkText}: ${link.label}`);
          item.append(el('code', link.label), a);
          if (link.onFind && link.findText) {
            const find = el('button', link.findText);
            find.type = 'button';
            find.setAttribute('aria-label', `${link.findText}: ${link.label}`);
            find.addEventListener('click', link.onFind);
            item.append(find);
          }
          list.append(item);
        }
        box.append(list);
      }
      if (content.footer) box.append(el('p', content.footer));
      for (const action of content.actions ?? []) {
        const button = el('button', action.label, 'primary');
        button.type = 'button';
        button.addEventListener('click', action.onClick);
        box.append(button);
      }
      const closeButton = el('button', '×', 'close');
      closeButton.type = 'button';
      closeButton.setAttribute('aria-label', t('panel.close'));
      closeButton.addEventListener('click', close);
      box.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') close();
      });
      box.append(closeButton);
      current.root.querySelector('.panel')?.remove();
      current.root.append(box);
    },
    close,
    get isOpen() {
      return current !== null;
    },
  };
}

/** A one-line explanation right after `anchor` (outside any shadow root the anchor lives in). */
export function attachNote(anchor: Element, text: string, lang: string, signal: AbortSignal): void {
  const note = el('span', text, 'note');
  speaks(note, lang);
  mount('shipbridge-note', NOTE_STYLE, signal, (host) => {
    host.dataset.shipbridge = 'note';
    anchor.after(host);
  }).root.append(note);
}

/**
 * Outlines an element of the page until the feature stops. The outline stands out 3:1 or more against Seller
 * Central's white and light grey, as the panel's focus ring does (WCAG 1.4.11).
 */
export function highlight(
  target: HTMLElement,
  signal: AbortSignal,
  { outline = '3px solid #c77700', mark = 'shipbridgeHighlight' } = {},
): void {
  const previous = target.style.outline;
  const previousOffset = target.style.outlineOffset;
  target.style.outline = outline;
  target.style.outlineOffset = '2px';
  target.dataset[mark] = '';
  signal.addEventListener(
    'abort',
    () => {
      target.style.outline = previous;
      target.style.outlineOffset = previousOffset;
      delete target.dataset[mark];
    },
    { once: true },
  );
}
