import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db';
import { AT_BACKEND } from '@/lib/db/statuses';
import { formatDate } from '@/lib/i18n/dates';
import { countryName, marketplaceById, marketplaceName } from '@/lib/marketplaces';
import { send } from '@/lib/messaging/client';
import { ConfirmButton } from '../ConfirmButton';
import { useI18n } from '../i18n';
import { type AccountProps, Connections } from './Connections';

export function AccountCard({ account, settings, initialIntegrations }: AccountProps) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const countries = account.marketplaceIds
    .map((id) => marketplaceById(id))
    .filter((m) => m !== undefined)
    .map((m) => countryName(m.countryCode, locale));
  const tokenPrefix = account.authorizationType === 'mws' ? 'amzn.mws.' : 'Atzr|';
  const captured = formatDate(locale, 'dateTime', account.capturedAt);
  // Asked while the seller confirms a deletion: the countries that stay connected at the backend after it.
  const stayConnected = useLiveQuery(
    async () =>
      confirming
        ? (await db().integrations.where('accountId').equals(account.id).toArray())
            .filter((i) => AT_BACKEND.has(i.status))
            .map((i) => i.marketplaceId)
            .sort((a, b) => account.marketplaceIds.indexOf(a) - account.marketplaceIds.indexOf(b)) // as the card lists them
            .map((id) => marketplaceName(id, locale))
        : [],
    [confirming, account.id, account.marketplaceIds, locale],
  );

  const remove = async () => {
    const reply = await send('ui:deleteAccount', { accountId: account.id });
    setFailed(!reply.ok);
  };

  return (
    <article className="card stack" data-testid="account" aria-label={account.accountName ?? account.sellerId}>
      <h3 style={{ margin: 0 }}>{account.accountName ?? t('popup.account.unnamed', { seller: account.sellerId })}</h3>
      <dl className="facts">
        <dt>{t('popup.account.sellerId')}</dt>
        <dd>
          <code>{account.sellerId}</code>
        </dd>
        <dt>{t('popup.account.marketplaces')}</dt>
        <dd data-testid="countries">{countries.join(', ')}</dd>
        <dt>{t('popup.account.token')}</dt>
        <dd>
          {account.secretId ? (
            <code>{`${tokenPrefix}…${account.tokenHint}`}</code>
          ) : account.tokenPurgedAt ? (
            t('popup.account.tokenPurged')
          ) : (
            t('popup.account.tokenGone')
          )}
        </dd>
      </dl>
      {account.unknownMarketplaceIds.map((id) => (
        <p key={id} className="error">
          {t('popup.account.unknownMarketplace', { id })}
        </p>
      ))}
      <p className="muted">{t('popup.account.captured', { time: captured })}</p>
      <Connections account={account} settings={settings} initialIntegrations={initialIntegrations} />
      <div className="account-actions">
        <ConfirmButton
          label={t('popup.account.delete')}
          // Its token handed over (or deleted by the retention period): there is none here to delete.
          question={t(account.secretId ? 'popup.account.deleteConfirm' : 'popup.account.deleteConfirmNoToken')}
          warning={
            stayConnected?.length ? t('popup.account.deleteConnected', { countries: stayConnected.join(', ') }) : null
          }
          yes={t('popup.account.delete')}
          no={t('popup.account.deleteNo')}
          onYes={() => void remove()}
          onAsking={setConfirming}
        />
      </div>
      {failed && (
        <p className="error" role="alert">
          {t('common.failed')}
        </p>
      )}
    </article>
  );
}
