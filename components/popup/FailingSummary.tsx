import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db';
import type { Integration } from '@/lib/db/schemas';
import { ENDED_AT_BACKEND } from '@/lib/db/statuses';
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
 * One paragraph of the summary (`text`: what became of these countries' orders and why), with a button to
 * each country of `integrations` by name (with the seller ID where a name comes twice); nothing if none.
 */
function Part({ testId, text, integrations }: { testId: string; text: string; integrations: readonly Integration[] }) {
  const { locale } = useI18n();
  if (!integrations.length) return null;
  const name = (marketplaceId: string) => marketplaceName(marketplaceId, locale);
  const sorted = byMarketplaceName(
    integrations.map((integration) => ({ id: integration.marketplaceId, integration })),
    locale,
  ).map(({ integration }) => integration);
  // The same country of two sellers: each button says whose.
  const twice = new Set(sorted.map((i) => name(i.marketplaceId)).filter((n, k, all) => all.indexOf(n) !== k));
  return (
    <div className="stack" data-testid={testId}>
      <p style={{ margin: 0 }}>{text}</p>
      <div className="row">
        {sorted.map((i) => (
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

/**
 * At the top of the accounts: the countries whose orders are not importing, each a button to its place
 * below, where the popup says why and what to do: those the platform reports failing, and those whose
 * connection it no longer has (removed there; until the seller leaves them so). What the toolbar button's
 * "!" and the notifications send the seller here for, among perhaps 25 countries.
 */
export function FailingSummary() {
  const { t } = useI18n();
  const stored = useLiveQuery(
    () =>
      db()
        .integrations.filter((i) => i.status === 'failing' || i.problem === ENDED_AT_BACKEND)
        .toArray(),
    [],
    [],
  );
  if (!stored.length) return null;
  const failing = stored.filter((i) => i.status === 'failing');
  const ended = stored.filter((i) => i.status !== 'failing');
  return (
    <div className="status failed stack" style={{ marginBottom: 12 }}>
      <Part
        testId="failing-summary"
        text={t('popup.failingSummary', { count: failing.length })}
        integrations={failing}
      />
      <Part testId="ended-summary" text={t('popup.endedSummary', { count: ended.length })} integrations={ended} />
    </div>
  );
}
