import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { focusLost } from '@/components/focus';
import { I18nProvider, useI18n } from '@/components/i18n';
import { AccountCard } from '@/components/popup/AccountCard';
import { EmptyState } from '@/components/popup/EmptyState';
import { ExpirySection } from '@/components/popup/ExpirySection';
import { countryGroupId, FailingSummary, showCountry } from '@/components/popup/FailingSummary';
import { ListingsSection } from '@/components/popup/ListingsSection';
import { PasteCredentials } from '@/components/popup/PasteCredentials';
import { SiteAccess } from '@/components/popup/SiteAccess';
import { accountsNewestFirst, type PopupSnapshot } from '@/components/popup/snapshot';
import { useStatusRefresh } from '@/components/popup/useStatusRefresh';
import { useBackendProblem } from '@/components/useBackendProblem';
import { useSettings } from '@/components/useSettings';
import { ENDED_AT_BACKEND, ENDED_HASH } from '@/lib/db/statuses';
import type { Settings } from '@/lib/settings/schema';

export function PopupApp({ initialSettings, snapshot }: { initialSettings: Settings; snapshot: PopupSnapshot }) {
  const { settings } = useSettings(initialSettings);
  if (!settings) return null;
  return (
    <I18nProvider language={settings.language}>
      <Popup settings={settings} snapshot={snapshot} />
    </I18nProvider>
  );
}

function Popup({ settings, snapshot }: { settings: Settings; snapshot: PopupSnapshot }) {
  const { t } = useI18n();
  const describe = useBackendProblem();
  const accounts = useLiveQuery(accountsNewestFirst, [], snapshot.accounts);
  const unread = useStatusRefresh();
  // An account deleted from its own card takes the focused button with it: keyboard and screen-reader
  // focus goes to the heading of what is left, not back to the top of the page.
  const main = useRef<HTMLElement>(null);
  const shown = useRef(accounts.length);
  useEffect(() => {
    if (accounts.length < shown.current && focusLost()) main.current?.querySelector<HTMLElement>('h2')?.focus();
    shown.current = accounts.length;
  }, [accounts.length]);
  // Opened from the notification that a connection ended at the platform: its country (the latest to end)
  // is brought into view and focus, where the popup says what happened and how to connect it again.
  useEffect(() => {
    if (location.hash !== ENDED_HASH) return;
    const [latest] = snapshot.integrations
      .filter((i) => i.problem === ENDED_AT_BACKEND)
      .sort((a, b) => b.updatedAt - a.updatedAt);
    if (latest) showCountry(countryGroupId(latest.accountId, latest.marketplaceId));
  }, [snapshot]);
  return (
    // The popup itself is this wide. Opened in a tab (a notification does that), it stands in the middle, and
    // a window narrower than that (or zoomed in) gets a narrower column rather than a sideways scroll.
    <main ref={main} style={{ width: 380, maxWidth: '100%', padding: 14, margin: '0 auto' }}>
      <header className="row" style={{ justifyContent: 'space-between', marginBottom: 10 }}>
        <div>
          <h1>{t('app.name')}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {t('app.tagline')}
          </p>
        </div>
        <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('common.openOptions')}
        </button>
      </header>
      <SiteAccess />
      {accounts.length === 0 ? (
        <EmptyState />
      ) : (
        <section aria-labelledby="accounts-title">
          <h2 id="accounts-title" tabIndex={-1}>
            {t('popup.accounts')}
          </h2>
          <p className="muted">{t('popup.connect.note')}</p>
          {unread ? (
            // The countries show what was last read: say so, and why this read failed.
            <p className="error" role="status" data-testid="status-unread">
              {t('popup.statusUnread', { why: describe(unread.problem, unread.message) })}
            </p>
          ) : null}
          <FailingSummary />
          {accounts.map((account) => (
            <AccountCard
              key={account.id}
              account={account}
              settings={settings}
              initialIntegrations={snapshot.integrations.filter((i) => i.accountId === account.id)}
            />
          ))}
        </section>
      )}
      <ExpirySection />
      <PasteCredentials />
      <ListingsSection />
    </main>
  );
}
