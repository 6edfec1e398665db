// Finds the one-time credentials by their formats and labels, in any layout: plain text, tables, inputs,
// dialogs and Katal shadow roots all arrive here as text. Kept free of zod: it runs in content scripts.
import { isDocumentationSample, MARKETPLACE_ID, REFRESH_TOKEN, SELLER_ID, SP_API_APP_ID } from '../identifiers';
import { marketplaceById } from '../marketplaces';

export type CapturedSecret =
  | { type: 'mws'; token: string }
  | { type: 'sp_api_refresh_token'; token: string; appId: string | null };

export interface CapturedCredentials {
  sellerId: string;
  accountName: string | null;
  marketplaceIds: string[];
  unknownMarketplaceIds: string[];
  secret: CapturedSecret;
}

const MWS_IN_TEXT = /amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9A-Za-z])/g;
const REFRESH_IN_TEXT = /Atzr\|[A-Za-z0-9\-_.~+/=|]{20,2000}/g;
const APP_ID_IN_TEXT =
  /amzn1\.(?:sp\.solution|sellerapps\.app)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ID_TOKEN = /(?<![0-9A-Za-z.])[0-9A-Z]{9,16}(?![0-9A-Za-z])/g;

const SELLER_LABEL =
  /(seller id|merchant id|merchant token|selling partner id|n\. venditore|id venditore|verkäufer-id|händler-id|identifiant vendeur|identifiant du vendeur|id de vendedor|id del vendedor|verkopers-id|セラーid|出品者id)\s*[:：]?/gi;
const MARKETPLACE_LABEL =
  /(marketplace ids?|id marketplace|marktplatz-ids?|identifiant de (?:la )?marketplace|id de(?:l)? marketplace|marktplaats-ids?|マーケットプレイスid)\s*[:：]?/gi;
const ACCOUNT_NAME =
  /(?:seller account identifiers for|identificativi dell'account venditore per|verkäuferkonto-kennungen für|zugangsdaten für|identifiants du compte vendeur pour|identificadores de la cuenta de vendedor para|id's van het verkopersaccount voor)\s*([^\n\t]{1,200})/gi;

const unique = <T>(items: T[]) => [...new Set(items)];

/** The first value after any of the labels that passes `accept` (a page may also show samples). */
function firstAfter(
  text: string,
  label: RegExp,
  value: RegExp,
  accept: (v: string) => boolean,
  window = 60,
): { value: string; index: number } | null {
  for (const match of text.matchAll(label)) {
    const tail = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + window);
    const candidate = tail.match(value)?.[0];
    if (candidate && accept(candidate)) return { value: candidate, index: match.index ?? 0 };
  }
  return null;
}

/** The account name heading closest before the Seller ID, so a sample further up is not taken. */
function accountNameBefore(text: string, index: number): string | null {
  let name: string | null = null;
  for (const match of text.matchAll(ACCOUNT_NAME)) {
    if ((match.index ?? 0) > index) break;
    name = match[1]?.trim() || null;
  }
  return name ? name.slice(0, 200) : null;
}

function findSecret(text: string): CapturedSecret | null {
  const mws = (text.match(MWS_IN_TEXT) ?? []).find((t) => !isDocumentationSample(t));
  if (mws) return { type: 'mws', token: mws };
  const refresh = (text.match(REFRESH_IN_TEXT) ?? []).find((t) => REFRESH_TOKEN.test(t) && !isDocumentationSample(t));
  if (!refresh) return null;
  // The app the token belongs to, when the page names exactly one: a console that lists several apps does not
  // say which one the token is for, and a wrong guess would send the token to the backend under another app.
  const appIds = new Set((text.match(APP_ID_IN_TEXT) ?? []).filter((id) => SP_API_APP_ID.test(id)));
  const appId = appIds.size === 1 ? ([...appIds][0] ?? null) : null;
  return { type: 'sp_api_refresh_token', token: refresh, appId };
}

function findMarketplaces(text: string, sellerId: string): { known: string[]; unknown: string[] } {
  const candidates: string[] = [];
  // "A1PA6795UKMFR9 (Amazon.de)": an ID next to its marketplace's domain, known or not.
  for (const m of text.matchAll(/([0-9A-Z]{9,16})\s*\(\s*amazon\.[a-z.]{2,7}\s*\)/gi)) candidates.push(m[1] ?? '');
  for (const match of text.matchAll(MARKETPLACE_LABEL)) {
    const start = (match.index ?? 0) + match[0].length;
    const line = text.slice(start, start + 40).split('\n')[0] ?? '';
    candidates.push(...(line.match(ID_TOKEN) ?? []));
  }
  // Any known marketplace ID anywhere counts: these are public constants, not guesses.
  candidates.push(...(text.match(ID_TOKEN) ?? []).filter((t) => marketplaceById(t)));
  const valid = unique(candidates.map((c) => c.toUpperCase())).filter(
    (id) => MARKETPLACE_ID.test(id) && id !== sellerId && !isDocumentationSample(id),
  );
  return { known: valid.filter((id) => marketplaceById(id)), unknown: valid.filter((id) => !marketplaceById(id)) };
}

/** Never throws; returns null unless a real token and a valid Seller ID are both present. */
export function parseCredentials(text: string, fallbackMarketplaceId?: string): CapturedCredentials | null {
  try {
    const secret = findSecret(text);
    if (!secret) return null;
    const seller = firstAfter(
      text,
      SELLER_LABEL,
      /A[0-9A-Z]{9,15}(?![0-9A-Za-z])/,
      (v) => SELLER_ID.test(v) && !isDocumentationSample(v),
    );
    if (!seller) return null;
    const sellerId = seller.value;
    const { known, unknown } = findMarketplaces(text, sellerId);
    const marketplaceIds = known.length || unknown.length || !fallbackMarketplaceId ? known : [fallbackMarketplaceId];
    return {
      sellerId,
      accountName: accountNameBefore(text, seller.index),
      marketplaceIds,
      unknownMarketplaceIds: unknown,
      secret,
    };
  } catch {
    return null;
  }
}

/** Cheap pre-check before reading a whole page: does this text hold anything token-shaped? */
export function mayHoldCredentials(text: string): boolean {
  return text.includes('amzn.mws.') || text.includes('Atzr|');
}

export function tokenHint(token: string): string {
  return token.slice(-4);
}
