// Seeds the extension's database the way a busy seller's would look: 3 accounts with 25 marketplaces
// (two of them unknown IDs), and 10,000 listings without a weight.
import { inBackground } from '../test/e2e/harness.mjs';

const MARKETPLACES = {
  NA: ['A2EUQ1WTGCTBG2', 'ATVPDKIKX0DER', 'A1AM78C64UM0Y8', 'A2Q3Y263D00KWC'],
  EU: [
    'A28R8C7NBKEWEA',
    'A1RKKUPIHCS9HS',
    'A1F83G8C2ARO7P',
    'A13V1IB3VIYZZH',
    'AMEN7PMS3EDWL',
    'A1805IZSGTT6HS',
    'A1PA6795UKMFR9',
    'APJ6JRA9NG5V4',
    'A2NODRKZP88ZB9',
    'AE08WJ6YKNBMC',
    'A1C3SOZRARQ6R3',
    'ARBP9OOSHTCHU',
    'A33AVAJ2PDY3EV',
    'A17E79C6D8DWNP',
    'A2VIGQ35RCS4UG',
    'A21TJRUUN4KGV',
  ],
  FE: ['A19VAU5U5O7RUS', 'A39IBJ37TRP1C6', 'A1VC38T7YXB528'],
};

export async function seedPopupData(session, { flaggedOnInventory = 0 } = {}) {
  // Opening an extension page lets Dexie create the database and its stores.
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('popup.html'));
  await page.waitForTimeout(300);
  await page.close();
  await inBackground(
    session,
    ({ marketplaces, flagged }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shipbridge');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['accounts', 'listings'], 'readwrite');
          const now = Date.now();
          for (const [region, ids] of Object.entries(marketplaces)) {
            const sellerId = `A${region}BENCH000001`.slice(0, 14);
            tx.objectStore('accounts').put({
              id: `${region}:${sellerId}`,
              sellerId,
              region,
              accountName: `Bench ${region}`,
              host: 'sellercentral.amazon.com',
              marketplaceIds: ids,
              unknownMarketplaceIds: region === 'EU' ? ['ZZ00000000001', 'ZZ00000000002'] : [],
              authorizationType: 'mws',
              appId: null,
              // Not connected yet, so the token is still here (the popup offers Connect only then); the
              // popup never reads the secret itself, so no vault entry is needed.
              secretId: `token:${region}:${sellerId}`,
              tokenHint: '0000',
              capturedAt: now,
            });
          }
          const all = Object.values(marketplaces).flat();
          for (let i = 0; i < 10_000; i++) {
            const marketplaceId = all[i % all.length];
            const sku = i < flagged ? `SKU-${String(i * 25).padStart(5, '0')}` : `BENCH-${i}`;
            const id = `${i < flagged ? 'ATVPDKIKX0DER' : marketplaceId}:${sku}`;
            tx.objectStore('listings').put({
              id,
              sku,
              asin: null,
              marketplaceId: i < flagged ? 'ATVPDKIKX0DER' : marketplaceId,
              host: 'sellercentral.amazon.com',
              source: 'report',
              seenAt: now,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { marketplaces: MARKETPLACES, flagged: flaggedOnInventory },
  );
}
