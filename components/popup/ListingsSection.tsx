import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db';
import { listingCounts } from '@/lib/db/listings';
import { byMarketplaceName, marketplaceName } from '@/lib/marketplaces';
import { editorUrl } from '@/lib/seller-central/listings';
import { useI18n } from '../i18n';

const PAGE = 50;

/** Per marketplace: how many listings lack a weight, and the listings themselves, a page at a time. */
export function ListingsSection() {
  const { t, locale } = useI18n();
  const counts = useLiveQuery(listingCounts, []);
  return (
    <section className="card stack" aria-labelledby="listings-title" data-testid="listings">
      <h2 id="listings-title">{t('popup.listings')}</h2>
      {counts?.length === 0 && <p className="muted">{t('popup.empty.listings')}</p>}
      {counts && counts.length > 0 && <p className="muted">{t('popup.listings.help')}</p>}
      {byMarketplaceName(counts ?? [], locale).map(({ id, count }) => (
        <MarketplaceListings key={id} marketplaceId={id} count={count} />
      ))}
    </section>
  );
}

function MarketplaceListings({ marketplaceId, count }: { marketplaceId: string; count: number }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const listings = useLiveQuery(
    () => (open ? db().listings.where('marketplaceId').equals(marketplaceId).limit(shown).toArray() : []),
    [open, shown, marketplaceId],
  );
  const country = marketplaceName(marketplaceId, locale);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid="listing-group">
      <summary>{t('popup.listings.count', { count, country })}</summary>
      <ul>
        {listings?.map((l) => (
          <li key={l.id} className="row" data-testid="flagged-listing">
            <code>{l.sku}</code>
            {/* Named after its listing: fifty links all called "Fix" say nothing to a screen reader. */}
            <a
              href={editorUrl(l.host, l.marketplaceId, l.sku)}
              target="_blank"
              rel="noreferrer"
              aria-label={`${t('popup.listings.fix')}: ${l.sku}`}
            >
              {t('popup.listings.fix')}
            </a>
          </li>
        ))}
      </ul>
      {open && count > shown && (
        <button type="button" className="secondary" onClick={() => setShown(shown + PAGE * 4)}>
          {t('popup.listings.more', { count: Math.min(PAGE * 4, count - shown) })}
        </button>
      )}
    </details>
  );
}
