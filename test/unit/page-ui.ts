// ShipBridge's page UI lives in closed shadow roots; tests keep a handle on each one as it is attached.
import { vi } from 'vitest';

export function captureShadowRoots() {
  const roots: { host: Element; root: ShadowRoot }[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push({ host: this, root });
    return root;
  });
  const of = (tag: string) => roots.filter((r) => r.host.tagName === tag.toUpperCase() && r.host.isConnected);
  return {
    panelText: () =>
      of('shipbridge-panel')
        .map((r) => r.root.textContent ?? '')
        .join('\n'),
    panelButton: (label: string | RegExp) =>
      of('shipbridge-panel')
        .flatMap((r) => [...r.root.querySelectorAll('button')])
        .find((b) => (typeof label === 'string' ? b.textContent === label : label.test(b.textContent ?? ''))),
    notes: () => of('shipbridge-note').map((r) => r.root.textContent ?? ''),
    /** The language and direction each panel and note declares for its text: "en ltr". */
    declared: () =>
      [...of('shipbridge-panel'), ...of('shipbridge-note')]
        .map((r) => r.root.querySelector<HTMLElement>('.panel, .note'))
        .map((box) => `${box?.lang} ${box?.dir}`),
    hosts: () => roots.filter((r) => r.host.isConnected).map((r) => r.host),
  };
}
