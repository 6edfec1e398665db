import { saveCapture } from '@/lib/background/captures';

/** Saves a credentials screen of one seller on Amazon.de, as the background receives it (a token per seller). */
export function captureGerman(sellerId = 'A3KXQ7ZP2N5VJ8', accountName = 'Bottega Rossi') {
  return saveCapture(
    {
      sellerId,
      accountName,
      marketplaceIds: ['A1PA6795UKMFR9'],
      unknownMarketplaceIds: [],
      secret: { type: 'mws', token: `amzn.mws.3f1c2a9e-7d4b-4c1a-9e2f-${sellerId.slice(0, 12).toLowerCase()}` },
    },
    'EU',
    'sellercentral.amazon.de',
  );
}
