import { saveCapture } from '@/lib/background/captures';
import { db } from '@/lib/db';

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

/** Damages a stored ciphertext as a lost key would leave it: it cannot be decrypted any more. */
export async function damageSecret(id: string) {
  const record = await db().secrets.get(id);
  if (!record) throw new Error(`no secret ${id}`);
  const data = new Uint8Array(record.data.slice(0));
  data[0] = (data[0] ?? 0) ^ 0xff;
  await db().secrets.put({ ...record, data: data.buffer });
}
