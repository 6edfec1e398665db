import Dexie, { type EntityTable } from 'dexie';
import type { Account, Authorization, Integration, Listing, OutboxEntry, SecretRecord } from './schemas';

/** Opened only by the background and extension pages: a content script's IndexedDB belongs to the page. */
export class ShipBridgeDb extends Dexie {
  accounts!: EntityTable<Account, 'id'>;
  integrations!: EntityTable<Integration, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  listings!: EntityTable<Listing, 'id'>;
  authorizations!: EntityTable<Authorization, 'id'>;
  secrets!: EntityTable<SecretRecord, 'id'>;

  constructor(name = 'shipbridge') {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      accounts: 'id, sellerId, capturedAt',
      integrations: 'id, accountId, status',
      outbox: 'id, integrationId, state, nextAttemptAt',
      listings: 'id, marketplaceId, seenAt',
      authorizations: 'id, region, expiresAt',
      secrets: 'id',
    });
  }
}

let instance: ShipBridgeDb | undefined;

export function db(): ShipBridgeDb {
  instance ??= new ShipBridgeDb();
  return instance;
}
