// Every page of the Seller Central test site, at the URL where Seller Central serves it. Several
// variants of one screen live on different country hosts, as sellers meet them. `kind` says what the
// page is (the detectors in lib/seller-central must agree); `lookalike` pages are not Seller Central and
// must never be touched by its content script.

const REGISTER = '/gp/mws/registration/register.html';
const SUMMARY = '/gp/mws/registration/register-summary.html';

/** @type {{ name: string, url: string, file?: string, generated?: string, kind: string, lang: string, lookalike?: boolean }[]} */
export const PAGES = [
  {
    name: 'authorize-classic-en',
    url: `https://sellercentral.amazon.com${REGISTER}`,
    file: 'pages/authorize-classic-en.html',
    kind: 'authorize-form',
    lang: 'en',
  },
  {
    name: 'authorize-classic-it',
    url: `https://sellercentral.amazon.it${REGISTER}`,
    file: 'pages/authorize-classic-it.html',
    kind: 'authorize-form',
    lang: 'it',
  },
  {
    name: 'authorize-classic-ja',
    url: `https://sellercentral.amazon.co.jp${REGISTER}`,
    file: 'pages/authorize-classic-ja.html',
    kind: 'authorize-form',
    lang: 'ja',
  },
  {
    name: 'authorize-classic-ar',
    url: `https://sellercentral.amazon.sa${REGISTER}`,
    file: 'pages/authorize-classic-ar.html',
    kind: 'authorize-form',
    lang: 'ar',
  },
  {
    name: 'authorize-classic-fr',
    url: `https://sellercentral.amazon.fr${REGISTER}`,
    file: 'pages/authorize-classic-fr.html',
    kind: 'authorize-form',
    lang: 'fr',
  },
  {
    name: 'authorize-prefilled-en',
    url: `https://sellercentral.amazon.co.uk${REGISTER}`,
    file: 'pages/authorize-prefilled-en.html',
    kind: 'authorize-form',
    lang: 'en',
  },
  {
    name: 'authorize-katal-de',
    url: 'https://sellercentral.amazon.de/apps/manage',
    file: 'pages/authorize-katal-de.html',
    kind: 'manage-apps',
    lang: 'de',
  },
  {
    name: 'authorize-katal-es',
    url: 'https://sellercentral.amazon.es/apps/manage',
    file: 'pages/authorize-katal-es.html',
    kind: 'manage-apps',
    lang: 'es',
  },
  {
    name: 'authorize-controlled-en',
    url: 'https://sellercentral.amazon.com.au/apps/authorize/developer',
    file: 'pages/authorize-controlled-en.html',
    kind: 'authorize-form',
    lang: 'en',
  },
  {
    name: 'authorize-controlled-nl',
    url: 'https://sellercentral.amazon.nl/apps/authorize/developer',
    file: 'pages/authorize-controlled-nl.html',
    kind: 'authorize-form',
    lang: 'nl',
  },
  {
    name: 'authorize-katal-big-late-en',
    url: 'https://sellercentral.amazon.ie/apps/authorize/developer',
    generated: 'authorize-katal-big-late-en',
    kind: 'authorize-form',
    lang: 'en',
  },
  {
    name: 'consent-en',
    url: 'https://sellercentral.amazon.com/apps/authorize/consent',
    file: 'pages/consent-en.html',
    kind: 'consent',
    lang: 'en',
  },
  {
    name: 'consent-it',
    url: 'https://sellercentral.amazon.it/apps/authorize/consent',
    file: 'pages/consent-it.html',
    kind: 'consent',
    lang: 'it',
  },
  {
    name: 'consent-katal-big-late-en',
    url: 'https://sellercentral.amazon.ie/apps/authorize/consent',
    generated: 'consent-katal-big-late-en',
    kind: 'consent',
    lang: 'en',
  },

  {
    name: 'credentials-text-en',
    url: `https://sellercentral.amazon.com${SUMMARY}`,
    file: 'pages/credentials-text-en.html',
    kind: 'credentials',
    lang: 'en',
  },
  {
    name: 'credentials-table-it',
    url: `https://sellercentral.amazon.it${SUMMARY}`,
    file: 'pages/credentials-table-it.html',
    kind: 'credentials',
    lang: 'it',
  },
  {
    name: 'credentials-readonly-fr',
    url: `https://sellercentral.amazon.fr${SUMMARY}`,
    file: 'pages/credentials-readonly-fr.html',
    kind: 'credentials',
    lang: 'fr',
  },
  {
    name: 'credentials-late-katal-en',
    url: `https://sellercentral.amazon.co.uk${SUMMARY}`,
    file: 'pages/credentials-late-katal-en.html',
    kind: 'credentials',
    lang: 'en',
  },
  {
    name: 'credentials-dialog-de',
    url: 'https://sellercentral-europe.amazon.com/apps/manage',
    file: 'pages/credentials-dialog-de.html',
    kind: 'manage-apps',
    lang: 'de',
  },
  {
    name: 'refresh-token-en',
    url: 'https://sellercentral.amazon.com/sellingpartner/developerconsole',
    file: 'pages/refresh-token-en.html',
    kind: 'credentials',
    lang: 'en',
  },
  {
    name: 'refresh-token-katal-big-en',
    url: 'https://sellercentral.amazon.co.uk/sellingpartner/developerconsole',
    generated: 'refresh-token-katal-big-en',
    kind: 'credentials',
    lang: 'en',
  },
  {
    name: 'refresh-token-katal-big-late-en',
    url: 'https://sellercentral.amazon.ca/sellingpartner/developerconsole',
    generated: 'refresh-token-katal-big-late-en',
    kind: 'credentials',
    lang: 'en',
  },
  {
    name: 'help-samples',
    url: 'https://sellercentral.amazon.com/help/hub/reference/external/authorize-developer',
    file: 'pages/help-samples.html',
    kind: 'help',
    lang: 'en',
  },
  {
    name: 'listing-editor-katal-big-late-en',
    url: 'https://sellercentral.amazon.ie/abis/listing/edit/product_details',
    generated: 'listing-editor-katal-big-late-en',
    kind: 'listing-editor',
    lang: 'en',
  },
  {
    name: 'listing-editor-missing-en',
    url: 'https://sellercentral.amazon.com/abis/listing/edit/product_details',
    file: 'pages/listing-editor-missing-en.html',
    kind: 'listing-editor',
    lang: 'en',
  },
  {
    name: 'listing-editor-weight-de',
    url: 'https://sellercentral.amazon.de/abis/listing/edit/product_details',
    file: 'pages/listing-editor-weight-de.html',
    kind: 'listing-editor',
    lang: 'de',
  },
  {
    name: 'listing-editor-zero-it',
    url: 'https://sellercentral.amazon.it/abis/listing/edit/product_details',
    file: 'pages/listing-editor-zero-it.html',
    kind: 'listing-editor',
    lang: 'it',
  },
  {
    name: 'listing-editor-offer-en',
    url: 'https://sellercentral.amazon.com/abis/listing/edit/offer',
    file: 'pages/listing-editor-missing-en.html',
    kind: 'listing-editor',
    lang: 'en',
  },
  // The classic editor has no public snapshot: its URL and layout are guesses.
  {
    name: 'listing-classic-en',
    url: 'https://sellercentral.amazon.co.uk/inventory/edit-product',
    file: 'pages/listing-classic-en.html',
    kind: 'listing-classic',
    lang: 'en',
  },
  {
    name: 'listing-classic-basic-en',
    url: 'https://sellercentral.amazon.com/inventory/edit-product',
    file: 'pages/listing-classic-basic-en.html',
    kind: 'listing-classic',
    lang: 'en',
  },
  {
    name: 'inventory-5000-en',
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
    generated: 'inventory-5000-en',
    kind: 'inventory',
    lang: 'en',
  },
  {
    name: 'inventory-5000-scripted-en',
    url: 'https://sellercentral.amazon.com/inventory',
    generated: 'inventory-5000-scripted-en',
    kind: 'inventory',
    lang: 'en',
  },
  {
    name: 'inventory-grid-de',
    url: 'https://sellercentral.amazon.de/amazonsell/manage-products',
    file: 'pages/inventory-grid-de.html',
    kind: 'inventory',
    lang: 'de',
  },
  {
    name: 'manage-apps-en',
    url: 'https://sellercentral.amazon.com/apps/manage',
    file: 'pages/manage-apps-en.html',
    kind: 'manage-apps',
    lang: 'en',
  },
  {
    name: 'manage-apps-it',
    url: 'https://sellercentral.amazon.it/apps/manage',
    file: 'pages/manage-apps-it.html',
    kind: 'manage-apps',
    lang: 'it',
  },
  {
    name: 'user-permissions-de',
    url: 'https://sellercentral.amazon.de/gp/account-manager/home.html',
    file: 'pages/user-permissions-de.html',
    kind: 'manage-apps',
    lang: 'de',
  },
  // Not Seller Central: Sendcloud's panel, where the popup fills the Amazon connect form.
  {
    name: 'sendcloud-connect-en',
    url: 'https://app.sendcloud.com/v2/settings/integrations/amazon/connect',
    file: 'pages/sendcloud-connect-en.html',
    kind: 'sendcloud',
    lang: 'en',
    lookalike: true,
  },
  {
    name: 'sendcloud-connect-nl',
    url: 'https://app.sendcloud.com/v2/settings/integrations/amazon/new',
    file: 'pages/sendcloud-connect-nl.html',
    kind: 'sendcloud',
    lang: 'nl',
    lookalike: true,
  },
  {
    name: 'lookalike-authorize',
    url: `https://sellercentral.amazon.com.evil.net${REGISTER}`,
    file: 'pages/authorize-classic-en.html',
    kind: 'authorize-form',
    lang: 'en',
    lookalike: true,
  },
  {
    name: 'lookalike-credentials',
    url: `https://sellercentral.amazon.com.evil.net${SUMMARY}`,
    file: 'pages/credentials-text-en.html',
    kind: 'credentials',
    lang: 'en',
    lookalike: true,
  },
];

/** @param {string} name */
export function page(name) {
  const found = PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`No test-site page named ${name}`);
  return found;
}
