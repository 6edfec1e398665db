import { deepText, shadowHost } from '../dom/deep';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function textOfIds(el: Element, ids: string): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById?.(id)?.textContent ?? '')
    .join(' ');
}

/**
 * Everything that names a form control for a person: aria attributes, <label>s, a Katal host's label,
 * placeholder, and the cell or text just before it. Lowercased, whitespace folded.
 */
export function controlLabel(control: HTMLInputElement): string {
  const parts: string[] = [
    control.getAttribute('aria-label') ?? '',
    textOfIds(control, control.getAttribute('aria-labelledby') ?? ''),
    ...[...(control.labels ?? [])].map((l) => l.textContent ?? ''),
    control.closest('label')?.textContent ?? '',
    control.placeholder ?? '',
    control.title ?? '',
  ];
  const host = shadowHost(control);
  if (host) parts.push(host.getAttribute('label') ?? '', host.getAttribute('aria-label') ?? '');
  const anchor = host ?? control;
  const cell = anchor.closest('td');
  const previousCell = cell?.previousElementSibling;
  if (previousCell) parts.push(deepText(previousCell));
  const previous = anchor.previousElementSibling;
  if (previous && !previous.querySelector('input')) parts.push(previous.textContent ?? '');
  return clean(parts.filter(Boolean).join(' | ')).toLowerCase();
}

/** The name and id attributes of a control and of its Katal host, lowercased. */
export function controlNames(control: HTMLInputElement): string[] {
  const host = shadowHost(control);
  return [control.id, control.name, host?.id, host?.getAttribute('name')]
    .filter((v): v is string => Boolean(v))
    .map((v) => v.toLowerCase());
}
