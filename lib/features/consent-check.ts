import { isConsentUrl, readConsentPage } from '../seller-central/consent';
import { attachNote, createPanel, highlight } from '../ui/panel';
import type { Feature } from './types';

/** On the SP-API consent page: say which app is asking and whether it is the backend's; never click. */
export const consentCheck: Feature = {
  id: 'consent-check',
  runsOn: isConsentUrl,
  run({ url, settings, t, signal }) {
    const page = readConsentPage(url);
    const configured = settings.spApiAppId.trim();
    const app = page.appName;
    const verdict = !configured ? 'unknown' : page.appId === configured ? 'match' : 'mismatch';
    createPanel(t, signal).show({
      tone: verdict === 'match' ? 'success' : 'warn',
      lines: [t(`consent.${verdict}`, { app })],
      rows: page.appId ? [{ label: 'application_id', value: page.appId }] : [],
    });
    for (const target of [page.checkbox, page.confirm]) if (target) highlight(target, signal);
    if (page.checkbox) attachNote(page.checkbox, t(`consent.${verdict}`, { app }), signal);
  },
};
