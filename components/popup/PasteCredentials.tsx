import { useState } from 'react';
import { send } from '@/lib/messaging/client';
import { useI18n } from '../i18n';

export function PasteCredentials() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const save = async () => {
    const reply = await send('ui:pasteCredentials', { text });
    if (!reply.ok) return setMessage({ text: t('common.failed'), error: true });
    const result = reply.data;
    if (result.saved) {
      setText('');
      setMessage({
        text: t('popup.paste.saved', { seller: result.sellerId, count: result.marketplaceCount }),
        error: false,
      });
    } else {
      setMessage({
        text: t(result.reason === 'not_found' ? 'popup.paste.notFound' : 'popup.paste.noMarketplace'),
        error: true,
      });
    }
  };

  return (
    <details className="card">
      <summary>{t('popup.paste.title')}</summary>
      <p className="muted">{t('popup.paste.help')}</p>
      <label htmlFor="paste-text">{t('popup.paste.label')}</label>
      {/* autoComplete off also keeps a pasted token out of the session file the browser writes to disk
          for a tab (the popup's page opened in one): the secrets-on-disk test fails without it. */}
      <textarea
        id="paste-text"
        rows={5}
        style={{ width: '100%' }}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="row">
        <button type="button" disabled={!text.trim()} onClick={() => void save()}>
          {t('popup.paste.save')}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </details>
  );
}
