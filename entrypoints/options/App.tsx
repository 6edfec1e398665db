import { Fragment, useCallback, useState } from 'react';
import { I18nProvider, useI18n } from '@/components/i18n';
import { BackendSection } from '@/components/options/BackendSection';
import { DataSection } from '@/components/options/DataSection';
import { DefaultsSection } from '@/components/options/DefaultsSection';
import { DeveloperSection } from '@/components/options/DeveloperSection';
import { FeaturesSection } from '@/components/options/FeaturesSection';
import { LanguageSection, RetentionSection } from '@/components/options/GeneralSection';
import { ReportSection } from '@/components/options/ReportSection';
import { type SaveState, useSettings } from '@/components/useSettings';
import type { Settings } from '@/lib/settings/schema';

export function OptionsApp() {
  const { settings, save, saveState, reload } = useSettings();
  if (!settings) return null;
  return (
    <I18nProvider language={settings.language}>
      <Options settings={settings} save={save} saveState={saveState} reload={reload} />
    </I18nProvider>
  );
}

function Options({
  settings,
  save,
  saveState,
  reload,
}: {
  settings: Settings;
  save: (s: Settings) => void;
  saveState: SaveState;
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const props = { settings, onChange: save };
  // After "Delete everything" the sections start again from what is stored now: a URL or retention typed
  // earlier, the saved keys' endings and a checked report's result went with the data.
  const [generation, setGeneration] = useState(0);
  const afterDelete = useCallback(async () => {
    await reload();
    setGeneration((g) => g + 1);
  }, [reload]);
  return (
    <main style={{ maxWidth: 760, margin: '24px auto', padding: '0 16px' }}>
      <h1>{t('options.title')}</h1>
      <p className={`status ${saveState}`} role="status" aria-live="polite" data-testid="save-status">
        {saveState === 'saved' ? t('common.saved') : saveState === 'failed' ? t('common.saveFailed') : ''}
      </p>
      <Fragment key={generation}>
        <BackendSection {...props} />
        <DeveloperSection {...props} />
        <DefaultsSection {...props} />
        <LanguageSection {...props} />
        <RetentionSection {...props} />
        <FeaturesSection {...props} />
        <ReportSection />
      </Fragment>
      <DataSection settings={settings} onDeleted={afterDelete} />
    </main>
  );
}
