// Listing editors and inventory pages: where the shipping weight lives and which rows show which SKU.
import { type DeepRoots, deepQueryAll, shadowHost } from '../dom/deep';
import { MARKETPLACES, marketplaceById } from '../marketplaces';
import { controlLabel } from './labels';
import { INVENTORY_PATHS } from './urls';

const EDITOR = /^\/abis\/listing\/edit(\/|$)/;
// The classic editor has no public snapshot; these paths are guesses kept in one place.
const CLASSIC_EDITOR = /^\/(inventory\/edit-product|abis\/product\/edit|gp\/inventory\/edit)/;
const INVENTORY = new RegExp(`^(${INVENTORY_PATHS.join('|')})(/|$)`);

export const isListingEditorUrl = (url: URL) => EDITOR.test(url.pathname) || CLASSIC_EDITOR.test(url.pathname);
export const isInventoryUrl = (url: URL) => INVENTORY.test(url.pathname);

const WEIGHT_NAME = /^(item_package_weight|website_shipping_weight)(-0-value)?$/;
const WEIGHT_LABEL =
  /shipping weight|package weight|versandgewicht|paketgewicht|peso di spedizione|peso del pacco|poids d'expédition|poids du colis|peso de envío|peso del paquete|verzendgewicht|pakketgewicht/;
const ADVANCED_VIEW =
  /advanced view|vista avanzata|erweiterte ansicht|vue avancée|vista avanzada|geavanceerde weergave/;

export interface WeightField {
  input: HTMLInputElement;
  /** What to put the flag next to: the Katal host, or the input itself. */
  anchor: HTMLElement;
}

/** The package or shipping weight value field, by attribute path first and by label second. */
export function findWeightField(root: ParentNode | DeepRoots = document): WeightField | null {
  for (const input of deepQueryAll<HTMLInputElement>(root, 'input:not([type]), input[type=text], input[type=number]')) {
    const host = shadowHost(input);
    const names = [input.name, host?.getAttribute('name') ?? ''];
    if (names.some((n) => WEIGHT_NAME.test(n)) || WEIGHT_LABEL.test(controlLabel(input))) {
      return { input, anchor: (host ?? input) as HTMLElement };
    }
  }
  return null;
}

/** Empty, zero, negative or unreadable: Sendcloud cannot import the order. */
export function isMissingWeight(value: string): boolean {
  const n = Number.parseFloat(value.trim().replace(',', '.'));
  return !Number.isFinite(n) || n <= 0;
}

/** The classic editor's "Advanced View" switch, when it is there and off. */
export function advancedViewOff(root: ParentNode | DeepRoots = document): boolean {
  return deepQueryAll<HTMLInputElement>(root, 'input[type=checkbox]').some(
    (box) => !box.checked && ADVANCED_VIEW.test(controlLabel(box)),
  );
}

export interface ListingRef {
  sku: string;
  asin: string | null;
  marketplaceId: string | null;
}

/** SKU, ASIN and marketplace of the listing being edited: from the URL, else from the form. */
export function listingOnPage(url: URL, root: ParentNode = document): ListingRef | null {
  const sku = url.searchParams.get('sku') ?? (root.querySelector<HTMLInputElement>('input[name=sku]')?.value || null);
  if (!sku) return null;
  const fromUrl = url.searchParams.get('marketplaceID');
  const marketplaceId =
    (fromUrl && marketplaceById(fromUrl)?.id) ?? MARKETPLACES.find((m) => m.host === url.hostname)?.id ?? null;
  return { sku: sku.slice(0, 200), asin: url.searchParams.get('asin')?.slice(0, 20) ?? null, marketplaceId };
}

export interface SkuRow {
  row: Element;
  cell: Element;
  sku: string;
}

const HEADED_SKU = (h: Element) => /\bsku\b/i.test(h.textContent ?? '');

/**
 * Rows of an inventory table or ARIA grid with their SKU, found through the column headed "SKU"; only the
 * rows of the SKUs `wanted` says yes to, when given (on a 5,000-row table, reaching every row from
 * JavaScript cost ~15 ms more than reading the SKU column). Every query here is native and narrow: on a
 * 5,000-row page each selector the browser matches against all 40,000 elements costs 1–4 ms. A table's
 * headers come from its own head (not `thead th` matched against every cell), and ARIA grids, which only an
 * attribute query finds (~3 ms there), are looked for only on pages where no table has a SKU column.
 */
export function skuRows(root: ParentNode = document, wanted: (sku: string) => boolean = () => true): SkuRow[] {
  const rows: SkuRow[] = [];
  let tableFound = false;
  for (const table of root.querySelectorAll('table')) {
    const head = table.tHead;
    const index = head ? [...head.querySelectorAll('th, td')].findIndex(HEADED_SKU) : -1;
    if (index < 0) continue;
    tableFound = true;
    // One native query for the whole SKU column: no per-row query in JavaScript on a 5,000-row table.
    for (const cell of table.querySelectorAll(`:scope > tbody > tr > :nth-child(${index + 1})`)) {
      const sku = cell.textContent?.trim();
      if (!sku || !wanted(sku)) continue;
      const row = cell.parentElement;
      if (row) rows.push({ row, cell, sku });
    }
  }
  if (tableFound) return rows;
  for (const grid of root.querySelectorAll('[role=grid], [role=table]')) {
    const column = [...grid.querySelectorAll('[role=columnheader]')].findIndex(HEADED_SKU);
    if (column < 0) continue;
    for (const row of grid.querySelectorAll('[role=row]')) {
      const cell = row.querySelectorAll('[role=gridcell], [role=cell]')[column];
      const sku = cell?.textContent?.trim();
      if (cell && sku && wanted(sku)) rows.push({ row, cell, sku });
    }
  }
  return rows;
}

export function editorUrl(host: string, marketplaceId: string, sku: string): string {
  return `https://${host}/abis/listing/edit?marketplaceID=${encodeURIComponent(marketplaceId)}&sku=${encodeURIComponent(sku)}`;
}
