// How many times each finder must match on each test-site page (and on a few page states reached by
// clicking, written `page:state`). Every page of test/site/pages.mjs must be listed for every finder: a
// missing entry fails the test, so a new page forces a decision about each finder.
// Only tests import this file.

type Counts = Readonly<Record<string, number>>;

const none = (...pages: string[]): Counts => Object.fromEntries(pages.map((p) => [p, 0]));
const LISTING_PAGES = [
  'listing-editor-missing-en',
  'listing-editor-katal-big-late-en',
  'listing-editor-weight-de',
  'listing-editor-zero-it',
  'listing-editor-offer-en',
  'listing-classic-en',
  'listing-classic-basic-en',
  'inventory-5000-en',
  'inventory-5000-scripted-en',
  'inventory-grid-de',
];
const NON_FORM_PAGES = [
  'consent-en',
  'consent-it',
  'consent-katal-big-late-en',
  'credentials-text-en',
  'credentials-table-it',
  'credentials-readonly-fr',
  'credentials-dialog-de',
  'credentials-late-katal-en',
  'refresh-token-en',
  'refresh-token-katal-big-en',
  'refresh-token-katal-big-late-en',
  'help-samples',
  'lookalike-credentials',
  'manage-apps-en',
  'manage-apps-it',
  'user-permissions-de',
  'sendcloud-connect-en',
  'sendcloud-connect-nl',
  ...LISTING_PAGES,
];
const CLASSIC = [
  'authorize-classic-en',
  'authorize-classic-it',
  'authorize-classic-ja',
  'authorize-classic-ar',
  'authorize-classic-fr',
  'authorize-prefilled-en',
  'lookalike-authorize',
];
const OTHER_FORMS = [
  'authorize-controlled-en',
  'authorize-controlled-nl',
  'authorize-katal-de',
  'authorize-katal-es',
  'authorize-katal-big-late-en',
];
const each = (pages: string[], n: number): Counts => Object.fromEntries(pages.map((p) => [p, n]));

const NOT_LISTINGS = [...CLASSIC, ...OTHER_FORMS, ...NON_FORM_PAGES.filter((p) => !LISTING_PAGES.includes(p))];

const ALL_PAGES = [...new Set([...NOT_LISTINGS, ...LISTING_PAGES])];

/** The developer name and ID fields sit on the same pages, one of each. */
const DEVELOPER_FIELD: Counts = {
  ...each(CLASSIC, 1),
  ...each(['authorize-controlled-en', 'authorize-controlled-nl', 'authorize-katal-big-late-en'], 1),
  ...none('authorize-katal-de', 'authorize-katal-es', ...NON_FORM_PAGES),
  'authorize-katal-de:form': 1,
  'authorize-katal-es:form': 1,
  'authorize-katal-de:agreements': 0,
};

export const FINDER_EXPECTATIONS: Readonly<Record<string, Counts>> = {
  'authorization-rows': {
    ...none(...ALL_PAGES),
    'manage-apps-en': 3,
    'manage-apps-it': 2,
    'user-permissions-de': 2,
    'credentials-dialog-de': 1,
  },
  'weight-field': {
    ...none(
      ...NOT_LISTINGS,
      'listing-editor-offer-en',
      'listing-classic-basic-en',
      'inventory-5000-en',
      'inventory-5000-scripted-en',
      'inventory-grid-de',
    ),
    'listing-editor-missing-en': 1,
    'listing-editor-katal-big-late-en': 1,
    'listing-editor-weight-de': 1,
    'listing-editor-zero-it': 1,
    'listing-classic-en': 1,
  },
  'advanced-view-off': {
    ...none(...NOT_LISTINGS, ...LISTING_PAGES.filter((p) => p !== 'listing-classic-basic-en')),
    'listing-classic-basic-en': 1,
  },
  'sku-rows': {
    ...none(...NOT_LISTINGS, ...LISTING_PAGES.filter((p) => !p.startsWith('inventory'))),
    'inventory-5000-en': 5000,
    'inventory-5000-scripted-en': 0,
    'inventory-5000-scripted-en:rendered': 5000,
    'inventory-grid-de': 0,
    'inventory-grid-de:rendered': 3,
  },
  'developer-name': DEVELOPER_FIELD,
  'developer-id': DEVELOPER_FIELD,
  'developer-option': {
    ...each(CLASSIC, 1),
    ...none(...OTHER_FORMS, ...NON_FORM_PAGES),
    'authorize-katal-de:form': 0,
  },
  'agreement-boxes': {
    ...each(CLASSIC, 2),
    ...none(...OTHER_FORMS, ...NON_FORM_PAGES),
    'authorize-katal-de:form': 0,
    'authorize-katal-de:agreements': 2,
  },
  consent: {
    ...none(...CLASSIC, ...OTHER_FORMS),
    ...none(...NON_FORM_PAGES.filter((p) => !p.startsWith('consent'))),
    'consent-en': 1,
    'consent-it': 1,
    'consent-katal-big-late-en': 1,
  },
};
