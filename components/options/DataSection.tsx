import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { dataSummary } from '@/lib/db/summary';
import type { UiKey } from '@/lib/i18n/ui';
import { send } from '@/lib/messaging/client';
import type { Settings } from '@/lib/settings/schema';
import { ConfirmButton } from '../ConfirmButton';
import { useI18n } from '../i18n';

/** What ShipBridge keeps and for how long; export it, or delete all of it. */
export function DataSection({ settings, onDeleted }: { settings: Settings; onDeleted: () => Promise<void> }) {
  const { t } = useI18n();
  // Live: captures in a Seller Central tab, a checked report, saved keys and the purge all change it.
  const summary = useLiveQuery(dataSummary, []);
  const [message, setMessage] = useState<{ key: UiKey; error: boolean } | null>(null); // a key: the language may change with the settings
  const exportJson = async () => {
    const reply = await send('ui:exportData', {});
    if (!reply.ok) return setMessage({ key: 'common.failed', error: true });
    const url = URL.createObjectURL(new Blob([JSON.stringify(reply.data, null, 2)], { type: 'application/json' }));
    Object.assign(document.createElement('a'), { href: url, download: 'shipbridge-data.json' }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const deleteAll = async () => {
    const reply = await send('ui:deleteEverything', { confirm: true });
    if (reply.ok) await onDeleted();
    setMessage(reply.ok ? { key: 'options.data.deleted', error: false } : { key: 'common.failed', error: true });
  };

  const days = settings.retentionDays;
  return (
    <section className="card stack" aria-labelledby="data-title" data-testid="your-data">
      <h2 id="data-title">{t('options.data.title')}</h2>
      <p className="muted">{t('options.data.help')}</p>
      {summary && (
        <ul>
          <li>{t('options.data.accounts', { count: summary.accounts, days })}</li>
          <li>{t('options.data.integrations', { count: summary.integrations })}</li>
          <li>{t('options.data.listings', { count: summary.listings, days })}</li>
          <li>{t('options.data.authorizations', { count: summary.authorizations, days })}</li>
          <li>{t('options.data.secrets', { count: summary.secrets })}</li>
        </ul>
      )}
      <div className="row">
        <button type="button" className="secondary" onClick={() => void exportJson()}>
          {t('options.data.export')}
        </button>
        <ConfirmButton
          label={t('options.data.delete')}
          question={t('options.data.confirm')}
          yes={t('options.data.confirmYes')}
          no={t('popup.account.deleteNo')}
          onYes={() => void deleteAll()}
        />
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role="status">
          {t(message.key)}
        </p>
      )}
    </section>
  );
}
