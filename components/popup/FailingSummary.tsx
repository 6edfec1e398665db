import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db';
import { byMarketplaceName, marketplaceName } from '@/lib/marketplaces';
import { useI18n } from '../i18n';

/** The id of a country's group in its account's card (Connections), which the summary's buttons go to. */
export const countryGroupId = (accountId: string, marketplaceId: string) => `${accountId}-${marketplaceId}-country`;

/** Brings a country's group into view and gives it the focus: a screen reader says its name and status. */
export function showCountry(groupId: string): void {
  const group = document.getElementById(groupId);
  group?.scrollIntoView({ block: 'start' });
  group?.focus();
}

/**
 * At the top of the accounts: the countries whose connection the platform reports failing (their orders
 * are not importing), each a button to its place below, where the popup says why and what to do. What the
 * toolbar button's "!" and the notification send the seller here for, among perhaps 25 countries.
 */
export function FailingSummary() {
  const { t, locale } = useI18n();
  const stored = useLiveQuery(() => db().integrations.where('status').equals('failing').toArray(), [], []);
  if (!stored.length) return null;
  const name = (marketplaceId: string) => marketplaceName(marketplaceId, locale);
  const failing = byMarketplaceName(
    stored.map((integration) => ({ id: integration.marketplaceId, integration })),
    locale,
  ).map(({ integration }) => integration);
  // The same country of two sellers: each button says whose.
  const twice = new Set(failing.map((i) => name(i.marketplaceId)).filter((n, k, all) => all.indexOf(n) !== k));
  return (
    <div className="status failed stack" style={{ marginBottom: 12 }} data-testid="failing-summary">
      <p style={{ margin: 0 }}>{t('popup.failingSummary', { count: failing.length })}</p>
      <div className="row">
        {failing.map((i) => (
          <button
            key={i.id}
            type="button"
            className="secondary"
            onClick={() => showCountry(countryGroupId(i.accountId, i.marketplaceId))}
          >
            {twice.has(name(i.marketplaceId)) ? `${name(i.marketplaceId)} · ${i.sellerId}` : name(i.marketplaceId)}
          </button>
        ))}
      </div>
    </div>
  );
}
