import { type DeepRoots, deepRoots, deepText } from '../dom/deep';
import { quickRoots, rootsText, watchAddedNodes } from '../dom/watch-added';
import type { PageT } from '../i18n/page/runtime';
import { MARKETPLACES, marketplaceById } from '../marketplaces';
import { send } from '../messaging/client';
import {
  type CapturedCredentials,
  mayHoldCredentials,
  parseCredentials,
  tokenHint,
} from '../seller-central/credentials';
import { isInventoryUrl, isListingEditorUrl } from '../seller-central/listings';
import { isCredentialsFlowUrl } from '../seller-central/urls';
import { createPanel, type PanelRow } from '../ui/panel';
import type { Feature } from './types';

/** Copy rows for every value, the token masked on screen but copied whole. */
export function credentialRows(t: PageT, found: CapturedCredentials): PanelRow[] {
  const rows: PanelRow[] = [{ label: t('capture.sellerId'), value: found.sellerId }];
  for (const id of [...found.marketplaceIds, ...found.unknownMarketplaceIds]) {
    rows.push({ label: t('capture.marketplace', { country: marketplaceById(id)?.countryCode ?? '?' }), value: id });
  }
  rows.push({ label: t('capture.token'), value: `…${tokenHint(found.secret.token)}`, copyValue: found.secret.token });
  return rows;
}

/**
 * The credentials on screen, if any. Unless something token-shaped was just seen, a cheap native check
 * comes first: walking a page's text in JavaScript for nothing would cost every visit. `pageRoots` are the
 * document's roots when the caller already has them.
 */
export function readCredentialsOnPage(
  host: string,
  somethingSeen = false,
  pageRoots?: DeepRoots,
): CapturedCredentials | null {
  if (!somethingSeen) {
    // The body and the shadow roots: not the head, whose scripts are not on screen.
    const roots = pageRoots ?? quickRoots(document.documentElement);
    if (!mayHoldCredentials(rootsText([document.body, ...roots.slice(1)]))) return null;
  }
  const text = deepText(document.body);
  if (!mayHoldCredentials(text)) return null;
  return parseCredentials(text, MARKETPLACES.find((m) => m.host === host)?.id);
}

/**
 * What this page last sent, kept across restarts of the feature (settings changed, page texts arrived,
 * data deleted): a restart re-sends nothing, and shows the outcome of the send already under way.
 */
type Saved = { marketplaceCount: number; tokenHint: string } | null;
let sentFromThisPage: { key: string; saved: Promise<Saved> } | null = null;

/**
 * Catches the one-time credentials screen the moment it renders, wherever it renders, and hands it to the
 * background at once. Nothing is kept here: the page's storage is Amazon's.
 */
export const captureCredentials: Feature = {
  id: 'capture-credentials',
  // Wherever the authorize flow may show it, which is anywhere but the pages sellers keep open all day with
  // thousands of rows: inventory grids and listing editors never hold credentials.
  runsOn: (url) => !isInventoryUrl(url) && !isListingEditorUrl(url),
  run({ url, t, signal }) {
    const panel = createPanel(t, signal);
    let retries = 0;

    const show = (found: CapturedCredentials, saved: Saved) => {
      if (signal.aborted) return;
      if (saved) {
        retries = 0;
        const line = t('capture.saved', {
          seller: found.sellerId,
          count: saved.marketplaceCount,
          hint: saved.tokenHint,
        });
        // Saved: the copy rows are one press away; on a failure (below) they are shown at once.
        panel.show({
          tone: 'success',
          lines: [line],
          rows: credentialRows(t, found),
          foldRows: t('panel.showValues'),
        });
        return;
      }
      panel.show({ tone: 'error', lines: [t('capture.failed')], rows: credentialRows(t, found) });
      // The background may still be starting: try again a few times while the values are on screen.
      if (retries++ < 3) {
        const timer = setTimeout(() => capture(true), 1000 * retries);
        signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      }
    };

    const capture = (somethingSeen = false, pageRoots?: DeepRoots) => {
      const found = readCredentialsOnPage(url.hostname, somethingSeen, pageRoots);
      if (!found) return;
      const key = JSON.stringify(found);
      if (sentFromThisPage?.key !== key) {
        const saved: Promise<Saved> = send('page:credentials', found).then((reply) =>
          reply.ok ? { marketplaceCount: reply.data.marketplaceCount, tokenHint: reply.data.tokenHint } : null,
        );
        sentFromThisPage = { key, saved };
        // A failed save is forgotten, so that the next look at the page sends it again.
        void saved.then((result) => {
          if (!result && sentFromThisPage?.key === key) sentFromThisPage = null;
        });
      }
      const pending = sentFromThisPage;
      if (pending) void pending.saved.then((result) => show(found, result));
    };

    // One walk of the page finds the shadow roots to watch and to read. On the pages of the authorize flow the
    // whole page is walked whatever its size, so that credentials a component already shows, or renders later
    // inside its shadow root, are read; elsewhere a big page is not walked (~1 µs per element): its
    // components are read only when the page adds them.
    const wholePage = isCredentialsFlowUrl(url);
    const pageRoots = wholePage ? deepRoots(document.documentElement) : quickRoots(document.documentElement);
    watchAddedNodes(
      (texts) => {
        if (texts.some(mayHoldCredentials)) capture(true);
      },
      signal,
      pageRoots,
      { wholePage },
    );
    capture(false, pageRoots);
  },
};
