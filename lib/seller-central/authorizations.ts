// The Current Authorizations table (Manage Your Apps, User Permissions): one row per developer or app.
import { parseSellerCentralDate } from './dates';

export interface AuthorizationRow {
  developerName: string;
  status: string;
  authorizedAt: number | null;
  expiresAt: number | null;
}

const AUTHORIZED =
  /authori[sz]ation date|date of authori|data di autorizzazione|autorisierungsdatum|date d'autorisation|fecha de autorizaci|autorisatiedatum|承認日/;
const EXPIRES =
  /expiration date|expiry date|data di scadenza|ablaufdatum|date d'expiration|fecha de (caducidad|vencimiento)|vervaldatum|有効期限/;
const NAME = /developer|app|sviluppatore|entwickler|développeur|desarrollador|ontwikkelaar|開発者/;
const STATUS = /status|stato|statut|estado|ステータス/;

const text = (el: Element | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every authorization row on the page, dates read in the page's convention (US hosts put the month first). */
export function readAuthorizations(root: ParentNode, monthFirst: boolean): AuthorizationRow[] {
  const rows: AuthorizationRow[] = [];
  for (const table of root.querySelectorAll('table')) {
    const all = [...table.querySelectorAll('tr')];
    const headerIndex = all.findIndex((tr) => tr.querySelector('th'));
    const header = all[headerIndex];
    if (!header) continue;
    const labels = [...header.children].map((c) => text(c).toLowerCase());
    const col = (re: RegExp) => labels.findIndex((l) => re.test(l));
    const [authorized, expires] = [col(AUTHORIZED), col(EXPIRES)];
    if (authorized < 0 || expires < 0) continue;
    const name = Math.max(0, col(NAME));
    const status = col(STATUS);
    for (const tr of all.slice(headerIndex + 1)) {
      const cells = [...tr.children];
      const developerName = text(cells[name]).slice(0, 200);
      if (!developerName) continue;
      rows.push({
        developerName,
        status: status >= 0 ? text(cells[status]).slice(0, 100) : '',
        authorizedAt: parseSellerCentralDate(text(cells[authorized]), monthFirst),
        expiresAt: parseSellerCentralDate(text(cells[expires]), monthFirst),
      });
    }
  }
  return rows;
}

export function isManageAppsUrl(url: URL): boolean {
  return /^\/(apps\/manage|gp\/account-manager\/|account\/permissions)/.test(url.pathname);
}
