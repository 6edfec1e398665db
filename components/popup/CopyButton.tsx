import { useState } from 'react';
import { useI18n } from '../i18n';

export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="secondary"
      // Named after its value, and saying when it has copied it (a screen reader hears the change).
      aria-label={`${copied ? t('popup.copied') : t('popup.copy')}: ${label}`}
      onClick={() =>
        void navigator.clipboard.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('popup.copied') : t('popup.copy')}
    </button>
  );
}
