import { deepRoots } from '../dom/deep';
import { observeBatched } from '../dom/observe';
import { MARKETPLACES } from '../marketplaces';
import { send } from '../messaging/client';
import {
  advancedViewOff,
  editorUrl,
  findWeightField,
  isInventoryUrl,
  isListingEditorUrl,
  isMissingWeight,
  listingOnPage,
  skuRows,
} from '../seller-central/listings';
import { attachNote, createPanel, highlight } from '../ui/panel';
import type { Feature, FeatureContext } from './types';

/**
 * What this page last reported per listing, kept across restarts of the feature (settings changes, data
 * deleted): the same state is never sent twice, so deleted data does not come back by itself.
 */
const reportedOnThisPage = new Map<string, boolean>();

function watchEditor({ url, t, signal }: FeatureContext) {
  const panel = createPanel(t, signal);
  let field: HTMLInputElement | null = null;
  let flag: AbortController | null = null;

  const check = () => {
    if (!field) return;
    const missing = isMissingWeight(field.value);
    if (missing && !flag) {
      flag = new AbortController();
      signal.addEventListener('abort', () => flag?.abort(), { once: true });
      attachNote(findWeightField()?.anchor ?? field, t('weight.missing'), t.lang, flag.signal);
    } else if (!missing && flag) {
      flag.abort();
      flag = null;
    }
    const listing = listingOnPage(url);
    const key = listing && `${listing.marketplaceId}:${listing.sku}`;
    if (listing && key && reportedOnThisPage.get(key) !== missing) {
      reportedOnThisPage.set(key, missing);
      void send('page:listingWeight', { ...listing, missing });
    }
  };

  observeBatched(
    document.documentElement,
    () => {
      const roots = deepRoots(document);
      const found = findWeightField(roots);
      if (found && found.input !== field) {
        field = found.input;
        // A field drawn again may have taken the old note with it: the new field gets its own.
        flag?.abort();
        flag = null;
        for (const type of ['input', 'change']) field.addEventListener(type, check, { signal });
        check();
      } else if (!found && advancedViewOff(roots) && !panel.isOpen) {
        panel.show({ tone: 'info', lines: [t('weight.advancedOff')] });
      }
    },
    signal,
    // The weight field's component may get its input only when its library arrives, and editors are big
    // pages; each look walks the page anyway, next to which the query for late components is small.
    { lateComponentsOnBigPages: true },
  );
}

/** Links the inventory panel shows; the popup lists every flagged listing. */
const LINKS_SHOWN = 30;

/**
 * The question for the inventory, asked while the page is parsed: on a 5,000-row page the answer is in
 * before parsing ends, and the rows are marked in the page's next frame before it paints the table, which
 * it paints anyway (marked after that frame, the browser paints the whole table once more: 30–50 ms).
 */
let flaggedAsked: { href: string; reply: ReturnType<typeof send<'page:flaggedSkus'>> } | null = null;

/**
 * Outlines the rows of SKUs known to lack a weight (an outline changes no layout: a 5,000-row table is not
 * laid out again) and lists them in one panel, each with a link to its editor and a way to find its row.
 * Marks and list follow what the grid shows now: rows filtered away, paged away or reused for another SKU
 * lose their outline and leave the list. A panel the seller closed opens again only for a SKU it has not
 * listed yet, not because the grid drew the same rows again (sorting, refreshing).
 */
async function markInventory({ url, t, signal }: FeatureContext) {
  const asked = flaggedAsked?.href === url.href ? flaggedAsked.reply : send('page:flaggedSkus', {});
  flaggedAsked = null;
  const reply = await asked;
  if (!reply.ok || !reply.data.skus.length || signal.aborted) return;
  const flagged = new Set(reply.data.skus);
  const marketplaceId = MARKETPLACES.find((m) => m.host === url.hostname)?.id ?? null;
  const panel = createPanel(t, signal);
  let outlined = new Map<Element, AbortController>(); // each outlined row, with what takes its outline off
  let listed = new Map<string, Element>(); // each flagged SKU on the page, with its first row
  signal.addEventListener('abort', () => {
    for (const outline of outlined.values()) outline.abort();
  });
  const show = () => {
    const unshown = listed.size - LINKS_SHOWN;
    panel.show({
      tone: 'warn',
      lines: [t('weight.inventory', { count: listed.size })],
      footer: unshown > 0 ? t('weight.more', { count: unshown }) : undefined,
      links: [...listed.keys()].slice(0, LINKS_SHOWN).map((sku) => ({
        label: sku,
        href: marketplaceId
          ? editorUrl(url.hostname, marketplaceId, sku)
          : `https://${url.hostname}/abis/listing/edit?sku=${encodeURIComponent(sku)}`,
        linkText: t('weight.fix'),
        onFind: () => listed.get(sku)?.scrollIntoView({ block: 'center' }),
        findText: t('weight.find'),
      })),
    });
  };
  observeBatched(
    document.documentElement,
    () => {
      const rows = new Map<Element, AbortController>();
      const skus = new Map<string, Element>();
      for (const { row, sku } of skuRows(document, (sku) => flagged.has(sku))) {
        if (!skus.has(sku)) skus.set(sku, row);
        if (rows.has(row)) continue;
        let outline = outlined.get(row);
        if (outline) {
          outlined.delete(row);
        } else {
          outline = new AbortController();
          highlight(row as HTMLElement, outline.signal, {
            outline: '2px solid #b3261e',
            mark: 'shipbridgeMissingWeight',
          });
        }
        rows.set(row, outline);
      }
      for (const outline of outlined.values()) outline.abort(); // rows gone, or showing another SKU now
      outlined = rows;
      const unlisted = [...skus.keys()].some((sku) => !listed.has(sku));
      const changed = unlisted || skus.size !== listed.size;
      listed = skus; // "Show row" finds the row the grid shows now
      if (!changed) return; // the same SKUs, maybe drawn again
      if (!listed.size) panel.close();
      else if (unlisted || panel.isOpen) show();
    },
    signal,
    // Rows come and go; the outlines this feature draws must not make it look again. The first look runs in
    // the next frame, before it paints the rows: on a 5,000-row page its 16–17 ms join that frame's layout
    // of the table (a long task of the page's own) instead of the task that ends parsing.
    { childListOnly: true, deferFirstLook: true },
  );
}

/** Listings without a shipping weight: flagged in the editor, marked in the inventory, recorded for the popup. */
export const shippingWeight: Feature = {
  id: 'shipping-weight',
  runsOn: (url) => isListingEditorUrl(url) || isInventoryUrl(url),
  prefetch(url) {
    if (!isListingEditorUrl(url)) flaggedAsked = { href: url.href, reply: send('page:flaggedSkus', {}) };
  },
  run(ctx) {
    if (isListingEditorUrl(ctx.url)) watchEditor(ctx);
    else return markInventory(ctx);
  },
};
