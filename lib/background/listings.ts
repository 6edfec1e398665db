import { db } from '../db';
import { listingId as idOf } from '../db/listings';
import type { Listing } from '../db/schemas';
import { MARKETPLACES, marketplaceById, REGIONAL_HOSTS, regionOfHost } from '../marketplaces';

/** What the editor showed: a listing without a weight is recorded, one with a weight is forgotten. */
export async function recordListingWeight(
  report: { sku: string; asin: string | null; marketplaceId: string | null; missing: boolean },
  host: string,
): Promise<void> {
  const marketplaceId = report.marketplaceId ?? MARKETPLACES.find((m) => m.host === host)?.id;
  if (!marketplaceId) return;
  const id = idOf(marketplaceId, report.sku);
  if (!report.missing) {
    await db().listings.delete(id);
    return;
  }
  const listing: Listing = {
    id,
    sku: report.sku,
    asin: report.asin,
    marketplaceId,
    host: marketplaceById(marketplaceId)?.host ?? host,
    source: 'editor',
    seenAt: Date.now(),
  };
  await db().listings.put(listing);
}

/** SKUs known to lack a weight in the marketplaces a Seller Central host serves. */
export async function flaggedSkusFor(host: string): Promise<string[]> {
  const region = REGIONAL_HOSTS[host] ?? null;
  const ids = region
    ? MARKETPLACES.filter((m) => m.region === region).map((m) => m.id)
    : MARKETPLACES.filter((m) => m.host === host).map((m) => m.id);
  if (!ids.length || !regionOfHost(host)) return [];
  const listings = await db().listings.where('marketplaceId').anyOf(ids).toArray();
  return [...new Set(listings.map((l) => l.sku))];
}

/**
 * The result of a report check for one marketplace: every SKU without a weight, replacing the last report's;
 * SKUs it shows with a weight are no longer flagged, whoever flagged them (an editor seen before the fix).
 */
export async function saveReportResult(
  marketplaceId: string,
  skus: string[],
  weighed: string[] = [],
): Promise<{ saved: number }> {
  const host = marketplaceById(marketplaceId)?.host;
  if (!host) return { saved: 0 };
  const now = Date.now();
  // One pass over the marketplace's flags (a few thousand at most), not one delete per weighed SKU (a
  // 100,000-row report has ~90,000).
  const fixed = new Set(weighed);
  await db().transaction('rw', db().listings, async () => {
    await db()
      .listings.where('marketplaceId')
      .equals(marketplaceId)
      .filter((l) => l.source === 'report' || fixed.has(l.sku))
      .delete();
    await db().listings.bulkPut(
      [...new Set(skus)].map((sku) => ({
        id: idOf(marketplaceId, sku),
        sku,
        asin: null,
        marketplaceId,
        host,
        source: 'report' as const,
        seenAt: now,
      })),
    );
  });
  return { saved: new Set(skus).size };
}
