import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isAllowedBackendUrl } from '@/lib/backends/http';
import { SP_API_APP_ID } from '@/lib/identifiers';
import { send } from '@/lib/messaging/client';
import type { Settings } from '@/lib/settings/schema';
import { BusyButton } from '../BusyButton';
import { useI18n } from '../i18n';
import { useBackendProblem } from '../useBackendProblem';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

type Hints = { connectorToken?: string; sendcloudPublic?: string; sendcloudSecret?: string };

/** Asks for the backend's host permission without waiting: a prompt may never be answered. */
function requestHostPermission(url: string) {
  try {
    const origin = new URL(url).origin;
    void browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => {});
  } catch {
    // An invalid URL is reported next to the field.
  }
}

export function BackendSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  const describe = useBackendProblem();
  const [hints, setHints] = useState<Hints>({});
  const [keys, setKeys] = useState<Hints>({});
  const [url, setUrl] = useState(settings.connectorUrl);
  const [appId, setAppId] = useState(settings.spApiAppId);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [testing, setTesting] = useState(false);
  const urlOk = url === '' || isAllowedBackendUrl(url);
  const appIdOk = appId === '' || SP_API_APP_ID.test(appId.trim());

  // Each Connector API server has its own token: the hint shown is the one of the address in the form.
  useEffect(() => {
    let current = true;
    void send('ui:backendKeyHints', { connectorUrl: url }).then((r) => current && r.ok && setHints(r.data.hints));
    return () => {
      current = false;
    };
  }, [url]);

  const fields =
    settings.backend === 'connector'
      ? (['connectorToken'] as const)
      : (['sendcloudPublic', 'sendcloudSecret'] as const);
  const typed = fields.filter((f) => keys[f]);

  /** Saves the keys typed in; false when that failed (and says so). */
  const saveKeys = async (): Promise<boolean> => {
    // Still inside the click: the only moment a permission prompt may be opened. Never awaited.
    if (settings.backend === 'connector' && url && urlOk) requestHostPermission(url);
    if (!typed.length) {
      setStatus({ text: t('options.backend.nothingTyped'), error: false });
      return true;
    }
    if (typed.includes('connectorToken') && !(url && urlOk)) {
      setStatus({ text: t('options.backend.urlFirst'), error: true });
      return false;
    }
    const reply = await send('ui:saveBackendKeys', {
      ...Object.fromEntries(typed.map((f) => [f, keys[f]])),
      ...(settings.backend === 'connector' ? { connectorUrl: url } : {}),
    });
    if (!reply.ok) {
      setStatus({ text: t('common.failed'), error: true });
      return false;
    }
    setHints(reply.data.hints);
    setKeys({});
    setStatus({ text: t('options.backend.keysSaved'), error: false });
    return true;
  };

  const test = async () => {
    // Keys typed but not saved yet are the ones the seller means to test.
    if (typed.length > 0) {
      if (!(await saveKeys())) return;
    } else if (settings.backend === 'connector' && url && urlOk) {
      requestHostPermission(url); // a URL typed since the last save: still inside the click
    }
    setStatus(null);
    // A slow platform takes up to 20 s to answer: the button says so, and one test runs at a time.
    setTesting(true);
    try {
      const reply = await send('ui:testConnection', {});
      if (!reply.ok) return setStatus({ text: t('common.failed'), error: true });
      const result = reply.data;
      if (!result.ok) return setStatus({ text: describe(result.problem, result.message), error: true });
      const { accountName, unseen } = result.data;
      setStatus({
        text: [
          t('options.backend.testOk', { name: accountName }),
          ...(unseen ? [t('options.backend.testUnseen', { count: unseen })] : []),
        ].join(' '),
        error: unseen > 0,
      });
    } finally {
      setTesting(false);
    }
  };

  const keyField = (name: keyof Hints, label: string) => (
    <div className="row">
      <label htmlFor={`key-${name}`}>{label}</label>
      <input
        id={`key-${name}`}
        type="password"
        autoComplete="off"
        value={keys[name] ?? ''}
        onChange={(e) => setKeys({ ...keys, [name]: e.target.value })}
      />
      <span className="muted">
        {hints[name] ? t('options.backend.keySaved', { hint: hints[name] }) : t('options.backend.keyMissing')}
      </span>
    </div>
  );

  return (
    <section className="card stack" aria-labelledby="backend-title">
      <h2 id="backend-title">{t('options.backend.title')}</h2>
      <fieldset className="row">
        <legend className="sr-only">{t('options.backend.title')}</legend>
        {(['sendcloud', 'connector'] as const).map((kind) => (
          <label key={kind} className="row">
            <input
              type="radio"
              name="backend"
              value={kind}
              checked={settings.backend === kind}
              onChange={() => onChange({ ...settings, backend: kind })}
            />
            {t(`options.backend.${kind}`)}
          </label>
        ))}
      </fieldset>
      {settings.backend === 'connector' ? (
        <>
          <div className="row">
            <label htmlFor="backend-url">{t('options.backend.url')}</label>
            <input
              id="backend-url"
              type="url"
              value={url}
              placeholder="https://"
              aria-invalid={!urlOk}
              onChange={(e) => {
                setUrl(e.target.value);
                if (e.target.value === '' || isAllowedBackendUrl(e.target.value)) {
                  onChange({ ...settings, connectorUrl: e.target.value });
                }
              }}
            />
          </div>
          {!urlOk && (
            <p className="error" role="alert">
              {t('options.backend.urlInvalid')}
            </p>
          )}
          {keyField('connectorToken', t('options.backend.token'))}
        </>
      ) : (
        <>
          {keyField('sendcloudPublic', t('options.backend.publicKey'))}
          {keyField('sendcloudSecret', t('options.backend.secretKey'))}
        </>
      )}
      <div className="row">
        <button type="button" onClick={() => void saveKeys()} data-testid="save-keys">
          {t('options.backend.saveKeys')}
        </button>
        <BusyButton
          className="secondary"
          busy={testing}
          busyLabel={t('options.backend.testing')}
          onClick={() => void test()}
          testId="test-connection"
        >
          {t('options.backend.test')}
        </BusyButton>
      </div>
      <p className={status?.error ? 'error' : 'muted'} role="status" data-testid="backend-status">
        {status?.text}
      </p>
      <div className="row">
        <label htmlFor="sp-api-app-id">{t('options.backend.appId')}</label>
        <input
          id="sp-api-app-id"
          type="text"
          value={appId}
          aria-invalid={!appIdOk}
          aria-describedby="sp-api-app-id-help"
          onChange={(e) => {
            setAppId(e.target.value);
            const v = e.target.value.trim();
            if (v === '' || SP_API_APP_ID.test(v)) onChange({ ...settings, spApiAppId: v });
          }}
        />
      </div>
      <p id="sp-api-app-id-help" className={appIdOk ? 'muted' : 'error'}>
        {appIdOk ? t('options.backend.appIdHelp') : t('options.backend.appIdInvalid')}
      </p>
    </section>
  );
}
