import { useState } from 'react';
import { LANGUAGE_NAMES, type LanguagePreference, LOCALES } from '@/lib/i18n/locales';
import type { Settings } from '@/lib/settings/schema';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

export function LanguageSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">
        <label htmlFor="language">{t('options.language.title')}</label>
      </h2>
      <select
        id="language"
        value={settings.language}
        onChange={(e) => onChange({ ...settings, language: e.target.value as LanguagePreference })}
      >
        <option value="auto">{t('options.language.auto')}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </section>
  );
}

export function RetentionSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(settings.retentionDays));
  const parsed = Number(days);
  const valid = /^\d+$/.test(days) && parsed >= 1 && parsed <= 365;
  return (
    <section className="card stack" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('options.retention.title')}</h2>
      <div className="row">
        <label htmlFor="retention-days">{t('options.retention.days')}</label>
        <input
          id="retention-days"
          type="number"
          min={1}
          max={365}
          value={days}
          aria-invalid={!valid}
          aria-describedby="retention-help"
          onChange={(e) => {
            setDays(e.target.value);
            const n = Number(e.target.value);
            if (/^\d+$/.test(e.target.value) && n >= 1 && n <= 365) onChange({ ...settings, retentionDays: n });
          }}
        />
      </div>
      {!valid && (
        <p className="error" role="alert">
          {t('options.retention.invalid')}
        </p>
      )}
      <p id="retention-help" className="muted">
        {t('options.retention.help')}
      </p>
    </section>
  );
}
