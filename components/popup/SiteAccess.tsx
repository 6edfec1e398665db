import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { useI18n } from '../i18n';

const ACCESS = { origins: [...SELLER_CENTRAL_MATCHES] };

/**
 * Shown only when the browser withholds Seller Central from ShipBridge (Firefox lets the seller revoke it in
 * the add-ons manager; Chrome's site access can be "on click" or limited to some sites). Without it nothing
 * happens on Seller Central, and nothing else would say why.
 */
export function SiteAccess() {
  const { t } = useI18n();
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    const check = () => {
      browser.permissions.contains(ACCESS).then(
        (ok) => alive && setGranted(ok),
        () => alive && setGranted(null), // cannot tell: say nothing rather than something wrong
      );
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  if (granted !== false) return null;
  // The request must come straight from the click (a user gesture), before anything is awaited.
  const allow = () => void browser.permissions.request(ACCESS).then(setGranted, () => undefined);
  return (
    <section className="card stack" role="alert" data-testid="site-access">
      <p className="error">{t('popup.access.missing')}</p>
      <button type="button" onClick={allow}>
        {t('popup.access.allow')}
      </button>
    </section>
  );
}
