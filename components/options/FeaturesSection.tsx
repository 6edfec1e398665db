import { FEATURE_IDS } from '@/lib/features';
import type { Settings } from '@/lib/settings/schema';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

export function FeaturesSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-labelledby="features-title">
      <h2 id="features-title">{t('options.features.title')}</h2>
      <p className="muted">{t('options.features.help')}</p>
      {FEATURE_IDS.map((id) => (
        <label key={id} className="row">
          <input
            type="checkbox"
            role="switch"
            aria-checked={settings.features[id]}
            name={`feature-${id}`}
            checked={settings.features[id]}
            onChange={(e) => onChange({ ...settings, features: { ...settings.features, [id]: e.target.checked } })}
          />
          {t(`feature.${id}`)}
        </label>
      ))}
    </section>
  );
}
