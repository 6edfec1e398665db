import { marketplaceByCountry } from '../marketplaces';

/**
 * Where Seller Central lists a seller's inventory (classic, current, and the newer "manage products"): the
 * page script recognises these paths, and the manifest starts it earlier there (wxt.config.ts).
 */
export const INVENTORY_PATHS: readonly string[] = [
  '/myinventory/inventory',
  '/inventory',
  '/amazonsell/manage-products',
];

const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  it: 'IT',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  nl: 'NL',
  ja: 'JP',
  pl: 'PL',
  sv: 'SE',
  tr: 'TR',
};

/** The Seller Central host a seller most likely uses, guessed from the browser languages (en-GB → .co.uk). */
export function guessSellerCentralHost(languages: readonly string[]): string {
  for (const tag of languages) {
    const [base = '', region] = tag.split('-');
    const country = region?.length === 2 ? region : LANGUAGE_COUNTRY[base.toLowerCase()];
    const marketplace = country ? marketplaceByCountry(country) : undefined;
    if (marketplace) return marketplace.host;
  }
  return 'sellercentral.amazon.com';
}

/** Pages of the authorize flow that can hold the developer form: registration, Manage Your Apps, User Permissions. */
const AUTHORIZE_PAGES = /^\/(gp\/mws\/registration\/|apps\/|gp\/account-manager\/|account\/permissions)/;
export const isAuthorizePageUrl = (url: URL) => AUTHORIZE_PAGES.test(url.pathname);

/** Where the authorize flow shows credentials: those pages, and the developer console (refresh tokens). */
export const isCredentialsFlowUrl = (url: URL) =>
  isAuthorizePageUrl(url) || url.pathname.startsWith('/sellingpartner/');

export function userPermissionsUrl(host: string): string {
  return `https://${host}/gp/account-manager/home.html`;
}

export function manageYourAppsUrl(host: string): string {
  return `https://${host}/apps/manage`;
}
