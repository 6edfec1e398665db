import { useState } from 'react';
import { REGIONS, type Region } from '@/lib/marketplaces';
import { DEFAULT_DEVELOPER, formatDeveloperId, isValidDeveloperId, type Settings } from '@/lib/settings/schema';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

export function DeveloperSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="developer-title">
      <h2 id="developer-title">{t('options.developer.title')}</h2>
      <p className="muted">{t('options.developer.help')}</p>
      {REGIONS.map((region) => (
        <RegionIdentity key={region} region={region} settings={settings} onChange={onChange} />
      ))}
    </section>
  );
}

function RegionIdentity({ region, settings, onChange }: Props & { region: Region }) {
  const { t } = useI18n();
  const override = settings.developerOverrides[region];
  const [name, setName] = useState(override?.name ?? DEFAULT_DEVELOPER.name);
  const [id, setId] = useState(override?.id ?? DEFAULT_DEVELOPER.id);
  const custom = override !== null;
  const nameOk = name.trim().length > 0;
  const idOk = isValidDeveloperId(id);

  const setOverride = (value: Settings['developerOverrides'][Region]) =>
    onChange({ ...settings, developerOverrides: { ...settings.developerOverrides, [region]: value } });

  const edit = (nextName: string, nextId: string) => {
    setName(nextName);
    setId(nextId);
    if (nextName.trim() && isValidDeveloperId(nextId))
      setOverride({ name: nextName.trim(), id: formatDeveloperId(nextId) });
  };

  const base = `developer-${region}`;
  return (
    <fieldset className="stack" style={{ marginTop: 10 }}>
      <legend>{t(`options.developer.region.${region}`)}</legend>
      <label className="row">
        <input
          id={`${base}-default`}
          type="checkbox"
          checked={!custom}
          onChange={(e) => (e.target.checked ? setOverride(null) : edit(name, id))}
        />
        {t('options.developer.useDefault', DEFAULT_DEVELOPER)}
      </label>
      {custom && (
        <div className="row">
          <label htmlFor={`${base}-name`}>{t('options.developer.name')}</label>
          <input
            id={`${base}-name`}
            type="text"
            value={name}
            aria-invalid={!nameOk}
            aria-describedby={`${base}-error`}
            onChange={(e) => edit(e.target.value, id)}
          />
          <label htmlFor={`${base}-id`}>{t('options.developer.id')}</label>
          <input
            id={`${base}-id`}
            type="text"
            inputMode="numeric"
            value={id}
            aria-invalid={!idOk}
            aria-describedby={`${base}-error`}
            onChange={(e) => edit(name, e.target.value)}
          />
          <p id={`${base}-error`} className="error" role="alert">
            {!nameOk && t('options.developer.nameInvalid')} {!idOk && t('options.developer.idInvalid')}{' '}
            {(!nameOk || !idOk) && t('options.developer.notSaved')}
          </p>
        </div>
      )}
    </fieldset>
  );
}
