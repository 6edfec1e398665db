import type { OrderStatusUpdate, Settings } from '@/lib/settings/schema';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

const STATUS_OPTIONS = [
  ['on_announcement', 'options.defaults.onAnnouncement'],
  ['on_handover', 'options.defaults.onHandover'],
] as const;

export function DefaultsSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  const value = settings.newIntegration;
  const set = (patch: Partial<Settings['newIntegration']>) =>
    onChange({ ...settings, newIntegration: { ...value, ...patch } });
  return (
    <section className="card stack" aria-labelledby="defaults-title">
      <h2 id="defaults-title">{t('options.defaults.title')}</h2>
      <label className="row">
        <input
          id="default-import-weight"
          type="checkbox"
          checked={value.importPackageWeight}
          onChange={(e) => set({ importPackageWeight: e.target.checked })}
        />
        {t('options.defaults.importWeight')}
      </label>
      <fieldset className="stack">
        <legend>{t('options.defaults.statusUpdate')}</legend>
        {STATUS_OPTIONS.map(([option, label]) => (
          <label key={option} className="row">
            <input
              type="radio"
              name="order-status-update"
              value={option}
              checked={value.orderStatusUpdate === option}
              onChange={() => set({ orderStatusUpdate: option as OrderStatusUpdate })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
