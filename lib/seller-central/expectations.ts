// How many times each finder must match on each test-site page (and on a few page states reached by
// clicking, written `page:state`). Every page of test/site/pages.mjs must be listed for every finder: a
// missing entry fails the test, so a new page forces a decision about each finder.
// Only tests import this file.

type Counts = Readonly<Record<string, number>>;

const none = (...pages: string[]): Counts => Object.fromEntries(pages.map((p) => [p, 0]));
const NON_FORM_PAGES = [
  'consent-en',
  'consent-it',
  'credentials-text-en',
  'credentials-table-it',
  'credentials-readonly-fr',
  'credentials-dialog-de',
  'refresh-token-en',
  'help-samples',
  'lookalike-credentials',
];
const CLASSIC = [
  'authorize-classic-en',
  'authorize-classic-it',
  'authorize-classic-ja',
  'authorize-classic-fr',
  'authorize-prefilled-en',
  'lookalike-authorize',
];
const each = (pages: string[], n: number): Counts => Object.fromEntries(pages.map((p) => [p, n]));

export const FINDER_EXPECTATIONS: Readonly<Record<string, Counts>> = {
  'developer-name': {
    ...each(CLASSIC, 1),
    ...each(['authorize-controlled-en', 'authorize-controlled-nl'], 1),
    ...none('authorize-katal-de', 'authorize-katal-es', ...NON_FORM_PAGES),
    'authorize-katal-de:form': 1,
    'authorize-katal-es:form': 1,
    'authorize-katal-de:agreements': 0,
  },
  'developer-id': {
    ...each(CLASSIC, 1),
    ...each(['authorize-controlled-en', 'authorize-controlled-nl'], 1),
    ...none('authorize-katal-de', 'authorize-katal-es', ...NON_FORM_PAGES),
    'authorize-katal-de:form': 1,
    'authorize-katal-es:form': 1,
    'authorize-katal-de:agreements': 0,
  },
  'developer-option': {
    ...each(CLASSIC, 1),
    ...none(
      'authorize-controlled-en',
      'authorize-controlled-nl',
      'authorize-katal-de',
      'authorize-katal-es',
      ...NON_FORM_PAGES,
    ),
    'authorize-katal-de:form': 0,
  },
  'agreement-boxes': {
    ...each(CLASSIC, 2),
    ...none(
      'authorize-controlled-en',
      'authorize-controlled-nl',
      'authorize-katal-de',
      'authorize-katal-es',
      ...NON_FORM_PAGES,
    ),
    'authorize-katal-de:form': 0,
    'authorize-katal-de:agreements': 2,
  },
  consent: {
    ...none(
      ...CLASSIC,
      'authorize-controlled-en',
      'authorize-controlled-nl',
      'authorize-katal-de',
      'authorize-katal-es',
    ),
    ...none(...NON_FORM_PAGES.filter((p) => !p.startsWith('consent'))),
    'consent-en': 1,
    'consent-it': 1,
  },
};
