import { browserLanguages } from '@/lib/i18n/locales';
import { guessSellerCentralHost, userPermissionsUrl } from '@/lib/seller-central/urls';
import { useI18n } from '../i18n';

export function EmptyState() {
  const { t } = useI18n();
  const host = guessSellerCentralHost(browserLanguages());
  return (
    <section className="card" data-testid="empty-state">
      <h2 tabIndex={-1}>{t('popup.empty.title')}</h2>
      <p>{t('popup.empty.body')}</p>
      <a className="button" href={userPermissionsUrl(host)} target="_blank" rel="noreferrer">
        {t('popup.empty.open', { host })}
      </a>
    </section>
  );
}
