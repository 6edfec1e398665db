import { deepQueryAll, deepRoots, shadowHost } from '../dom/deep';
import { SP_API_APP_ID } from '../identifiers';

const CONFIRM = /^\s*(confirm|conferma|bestätigen|confirmer|confirmar|bevestigen|確認)/i;

export function isConsentUrl(url: URL): boolean {
  return url.pathname.startsWith('/apps/authorize/consent');
}

export interface ConsentPage {
  appId: string | null;
  appName: string;
  checkbox: HTMLElement | null;
  confirm: HTMLElement | null;
}

/** What the SP-API consent page asks for; all page text is returned as text. */
export function readConsentPage(url: URL, root: Document = document): ConsentPage {
  const raw = url.searchParams.get('application_id') ?? '';
  const appId = SP_API_APP_ID.test(raw) ? raw : null;
  const appName = (root.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120) || raw;
  const roots = deepRoots(root);
  const box = deepQueryAll<HTMLInputElement>(roots, 'input[type=checkbox]')[0] ?? null;
  const checkbox = box ? ((shadowHost(box) ?? box.closest('label') ?? box) as HTMLElement) : null;
  const confirm =
    deepQueryAll<HTMLElement>(roots, 'button, input[type=submit], kat-button').find((b) =>
      CONFIRM.test(b.getAttribute('label') ?? b.textContent ?? (b as HTMLInputElement).value ?? ''),
    ) ?? null;
  return { appId, appName, checkbox, confirm };
}
