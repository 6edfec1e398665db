import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { I18nProvider, useI18n } from '@/components/i18n';
import { AccountCard } from '@/components/popup/AccountCard';
import { EmptyState } from '@/components/popup/EmptyState';
import { PasteCredentials } from '@/components/popup/PasteCredentials';
import { useSettings } from '@/components/useSettings';
import { db } from '@/lib/db';

export function PopupApp() {
  const { settings } = useSettings();
  if (!settings) return null;
  return (
    <I18nProvider language={settings.language}>
      <Popup />
    </I18nProvider>
  );
}

function Popup() {
  const { t } = useI18n();
  const accounts = useLiveQuery(() => db().accounts.orderBy('capturedAt').reverse().toArray(), []);
  const flagged = useLiveQuery(
    () =>
      db()
        .listings.filter((l) => l.missingWeight)
        .count(),
    [],
  );
  return (
    <main style={{ width: 380, padding: 14 }}>
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
      {accounts === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : accounts.length === 0 ? (
        <EmptyState />
      ) : (
        <section aria-labelledby="accounts-title">
          <h2 id="accounts-title">{t('popup.accounts')}</h2>
          {accounts.map((account) => (
            <AccountCard key={account.id} account={account} />
          ))}
        </section>
      )}
      <PasteCredentials />
      <section className="card" aria-labelledby="listings-title">
        <h2 id="listings-title">{t('popup.listings')}</h2>
        {flagged === 0 && <p className="muted">{t('popup.empty.listings')}</p>}
      </section>
    </main>
  );
}
