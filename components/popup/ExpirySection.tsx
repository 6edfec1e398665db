import { useLiveQuery } from 'dexie-react-hooks';
import { expiryText, regionExpiries } from '@/lib/expiry';
import { formatDate } from '@/lib/i18n/dates';
import { manageYourAppsUrl } from '@/lib/seller-central/urls';
import { useI18n } from '../i18n';

const DAY = 86_400_000;

/** When each region's authorization ends, and how to renew it once it has. */
export function ExpirySection() {
  const { t, locale } = useI18n();
  // Read-only, from the database the background writes: live whenever accounts or authorizations change.
  const expiries = useLiveQuery(() => regionExpiries(), []);
  if (!expiries?.length) return null;
  const now = Date.now();
  const date = (ms: number) => formatDate(locale, 'date', ms);
  return (
    <section className="card stack" aria-labelledby="expiry-title" data-testid="expiry">
      <h2 id="expiry-title">{t('expiry.title')}</h2>
      {expiries.map((e) => {
        const expired = e.expiresAt <= now;
        return (
          <div key={e.region} className="stack">
            <p className={expired ? 'error' : e.expiresAt - now < 30 * DAY ? 'error' : ''}>
              {expiryText(t, e, now, date)}
            </p>
            {e.estimated && <p className="muted">{t('expiry.estimated')}</p>}
            {(expired || e.expiresAt - now < 30 * DAY) && (
              <>
                <p>{t('expiry.renew', { developer: e.developerName })}</p>
                <a className="button" href={manageYourAppsUrl(e.host)} target="_blank" rel="noreferrer">
                  {t('expiry.open', { host: e.host })}
                </a>
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}
