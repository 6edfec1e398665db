import { useEffect, useState } from 'react';
import { SENDCLOUD_PANEL_INTEGRATIONS } from '@/lib/backends/sendcloud-urls';
import { countryName } from '@/lib/marketplaces';
import { send } from '@/lib/messaging/client';
import { useI18n } from '../i18n';
import { CopyButton } from './CopyButton';

type Values = { shopName: string; sellerId: string; countryCode: string; token: string | null };

/** The one step Sendcloud's API lacks: the seller creates the integration in the panel, values at hand. */
export function SendcloudHandoff({ integrationId }: { integrationId: string }) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<Values | null>(null);
  useEffect(() => {
    void send('ui:handoffValues', { integrationId }).then((r) => r.ok && setValues(r.data));
  }, [integrationId]);
  if (!values) return null;
  const rows: [string, string, string][] = [
    [t('popup.connect.shopName'), values.shopName, values.shopName],
    [t('popup.account.sellerId'), values.sellerId, values.sellerId],
    [t('popup.handoff.country'), countryName(values.countryCode, locale), countryName(values.countryCode, locale)],
  ];
  if (values.token) rows.push([t('popup.account.token'), `…${values.token.slice(-4)}`, values.token]);
  return (
    <div className="stack" data-testid="sendcloud-handoff">
      <strong>{t('popup.handoff.title')}</strong>
      <p className="muted">{t('popup.handoff.steps')}</p>
      <a className="button" href={SENDCLOUD_PANEL_INTEGRATIONS} target="_blank" rel="noreferrer">
        {t('popup.handoff.open')}
      </a>
      <ol>
        {rows.map(([label, shown, copy]) => (
          <li key={label} className="row">
            <span className="muted">{label}</span> <code>{shown}</code> <CopyButton value={copy} label={label} />
          </li>
        ))}
      </ol>
    </div>
  );
}
