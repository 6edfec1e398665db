export type Region = 'NA' | 'EU' | 'FE';
export const REGIONS: readonly Region[] = ['NA', 'EU', 'FE'];

export interface Marketplace {
  /** Amazon marketplace ID, e.g. APJ6JRA9NG5V4. */
  id: string;
  /** ISO 3166-1 alpha-2 (GB for the United Kingdom, which Amazon calls UK). */
  countryCode: string;
  region: Region;
  /** The country's own Seller Central host. */
  host: string;
}

export const MARKETPLACES: readonly Marketplace[] = [
  { id: 'A2EUQ1WTGCTBG2', countryCode: 'CA', region: 'NA', host: 'sellercentral.amazon.ca' },
  { id: 'ATVPDKIKX0DER', countryCode: 'US', region: 'NA', host: 'sellercentral.amazon.com' },
  { id: 'A1AM78C64UM0Y8', countryCode: 'MX', region: 'NA', host: 'sellercentral.amazon.com.mx' },
  { id: 'A2Q3Y263D00KWC', countryCode: 'BR', region: 'NA', host: 'sellercentral.amazon.com.br' },
  { id: 'A28R8C7NBKEWEA', countryCode: 'IE', region: 'EU', host: 'sellercentral.amazon.ie' },
  { id: 'A1RKKUPIHCS9HS', countryCode: 'ES', region: 'EU', host: 'sellercentral.amazon.es' },
  { id: 'A1F83G8C2ARO7P', countryCode: 'GB', region: 'EU', host: 'sellercentral.amazon.co.uk' },
  { id: 'A13V1IB3VIYZZH', countryCode: 'FR', region: 'EU', host: 'sellercentral.amazon.fr' },
  { id: 'AMEN7PMS3EDWL', countryCode: 'BE', region: 'EU', host: 'sellercentral.amazon.com.be' },
  { id: 'A1805IZSGTT6HS', countryCode: 'NL', region: 'EU', host: 'sellercentral.amazon.nl' },
  { id: 'A1PA6795UKMFR9', countryCode: 'DE', region: 'EU', host: 'sellercentral.amazon.de' },
  { id: 'APJ6JRA9NG5V4', countryCode: 'IT', region: 'EU', host: 'sellercentral.amazon.it' },
  { id: 'A2NODRKZP88ZB9', countryCode: 'SE', region: 'EU', host: 'sellercentral.amazon.se' },
  { id: 'AE08WJ6YKNBMC', countryCode: 'ZA', region: 'EU', host: 'sellercentral.amazon.co.za' },
  { id: 'A1C3SOZRARQ6R3', countryCode: 'PL', region: 'EU', host: 'sellercentral.amazon.pl' },
  { id: 'ARBP9OOSHTCHU', countryCode: 'EG', region: 'EU', host: 'sellercentral.amazon.eg' },
  { id: 'A33AVAJ2PDY3EV', countryCode: 'TR', region: 'EU', host: 'sellercentral.amazon.com.tr' },
  { id: 'A17E79C6D8DWNP', countryCode: 'SA', region: 'EU', host: 'sellercentral.amazon.sa' },
  { id: 'A2VIGQ35RCS4UG', countryCode: 'AE', region: 'EU', host: 'sellercentral.amazon.ae' },
  { id: 'A21TJRUUN4KGV', countryCode: 'IN', region: 'EU', host: 'sellercentral.amazon.in' },
  { id: 'A19VAU5U5O7RUS', countryCode: 'SG', region: 'FE', host: 'sellercentral.amazon.sg' },
  { id: 'A39IBJ37TRP1C6', countryCode: 'AU', region: 'FE', host: 'sellercentral.amazon.com.au' },
  { id: 'A1VC38T7YXB528', countryCode: 'JP', region: 'FE', host: 'sellercentral.amazon.co.jp' },
];

/** Hosts that serve a whole region rather than one country. */
export const REGIONAL_HOSTS: Readonly<Record<string, Region>> = {
  'sellercentral-europe.amazon.com': 'EU',
  'sellercentral-japan.amazon.com': 'FE',
};

// The tables from here on are marked pure: a bundle that never reads one (the Seller Central page script
// reads neither the host list nor the match patterns) drops it instead of computing it at load.
export const SELLER_CENTRAL_HOSTS: readonly string[] = /* @__PURE__ */ MARKETPLACES.map((m) => m.host).concat(
  /* @__PURE__ */ Object.keys(REGIONAL_HOSTS),
);

/** Match patterns for content scripts and host permissions: one per host, https only. */
export const SELLER_CENTRAL_MATCHES: readonly string[] = /* @__PURE__ */ SELLER_CENTRAL_HOSTS.map(
  (host) => `https://${host}/*`,
);

const byId = /* @__PURE__ */ new Map(/* @__PURE__ */ MARKETPLACES.map((m) => [m.id, m]));
const byHost = /* @__PURE__ */ new Map(/* @__PURE__ */ MARKETPLACES.map((m) => [m.host, m]));
const byCountry = /* @__PURE__ */ new Map(/* @__PURE__ */ MARKETPLACES.map((m) => [m.countryCode, m]));

export function marketplaceById(id: string): Marketplace | undefined {
  return byId.get(id.startsWith('amzn1.mp.o.') ? id.slice('amzn1.mp.o.'.length) : id);
}

export function marketplaceByCountry(code: string): Marketplace | undefined {
  return byCountry.get(code.toUpperCase() === 'UK' ? 'GB' : code.toUpperCase());
}

/** Exact host match only: look-alikes such as sellercentral.amazon.com.evil.net are not Seller Central. */
export function isSellerCentralHost(host: string): boolean {
  const h = host.toLowerCase();
  return byHost.has(h) || h in REGIONAL_HOSTS;
}

export function regionOfHost(host: string): Region | undefined {
  const h = host.toLowerCase();
  return byHost.get(h)?.region ?? REGIONAL_HOSTS[h];
}

export function isSellerCentralUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.port === '' && isSellerCentralHost(u.hostname);
  } catch {
    return false;
  }
}

const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** A marketplace as a seller names it: its country in `locale`, or the ID of one ShipBridge does not know. */
export function marketplaceName(id: string, locale: string): string {
  const marketplace = marketplaceById(id);
  return marketplace ? countryName(marketplace.countryCode, locale) : id;
}

/**
 * Items of several marketplaces in the order a seller looks for them: by country name in their language,
 * marketplaces ShipBridge does not know after them (by ID).
 */
export function byMarketplaceName<T extends { id: string }>(items: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return items
    .map((item) => ({ item, known: marketplaceById(item.id) !== undefined, name: marketplaceName(item.id, locale) }))
    .sort((a, b) => Number(b.known) - Number(a.known) || collator.compare(a.name, b.name))
    .map(({ item }) => item);
}

/** The country a language alone points to, where it has one home marketplace. */
const LANGUAGE_COUNTRIES: Readonly<Record<string, string>> = {
  de: 'DE',
  it: 'IT',
  fr: 'FR',
  es: 'ES',
  nl: 'NL',
  sv: 'SE',
  pl: 'PL',
  tr: 'TR',
  ja: 'JP',
  en: 'US',
};

/**
 * The marketplace a seller most likely means when nothing names one (a report without a marketplace
 * column). Each browser language points to its region's marketplace ("en-GB": the United Kingdom) and then
 * its language's ("de-AT": Amazon has no Austrian one, so Germany). Among the marketplaces of the seller's
 * captured accounts (`own`) the first so pointed to wins, else their first; with no account, the first
 * pointed to; else the United States.
 */
export function likelyMarketplace(languages: readonly string[], own: readonly string[] = []): Marketplace {
  const fromLanguages: Marketplace[] = [];
  for (const tag of languages) {
    const [language = '', ...rest] = tag.split('-');
    const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    for (const code of [region, LANGUAGE_COUNTRIES[language.toLowerCase()]]) {
      const marketplace = code ? marketplaceByCountry(code) : undefined;
      if (marketplace && !fromLanguages.includes(marketplace)) fromLanguages.push(marketplace);
    }
  }
  const owned = own.map((id) => marketplaceById(id)).filter((m): m is Marketplace => m !== undefined);
  if (owned.length) return fromLanguages.find((m) => owned.includes(m)) ?? (owned[0] as Marketplace);
  return fromLanguages[0] ?? (marketplaceByCountry('US') as Marketplace);
}
