import { observeBatched } from '../dom/observe';
import { isConsentUrl, readConsentPage } from '../seller-central/consent';
import { attachNote, createPanel, highlight } from '../ui/panel';
import type { Feature } from './types';

/**
 * On the SP-API consent page: say which app is asking and whether it is the backend's; never click. The
 * page may draw its form late (components defined after load): the checkbox and the Confirm button are
 * marked when they appear, and the app's name replaces its ID in the panel once the page shows it.
 */
export const consentCheck: Feature = {
  id: 'consent-check',
  runsOn: isConsentUrl,
  run({ url, settings, t, signal }) {
    const configured = settings.spApiAppId.trim();
    const panel = createPanel(t, signal);
    const marked = new WeakSet<Element>();
    let shown = '';
    let note: { on: Element; line: string; off: AbortController } | null = null;
    signal.addEventListener('abort', () => note?.off.abort(), { once: true });
    observeBatched(
      document.documentElement,
      () => {
        const page = readConsentPage(url);
        const verdict = !configured ? 'unknown' : page.appId === configured ? 'match' : 'mismatch';
        const line = t(`consent.${verdict}`, { app: page.appName });
        // A panel the seller closed stays closed.
        if (line !== shown && (!shown || panel.isOpen)) {
          panel.show({
            tone: verdict === 'match' ? 'success' : 'warn',
            lines: [line],
            rows: page.appId ? [{ label: 'application_id', value: page.appId }] : [],
          });
        }
        shown = line;
        for (const target of [page.checkbox, page.confirm]) {
          if (!target || marked.has(target)) continue;
          marked.add(target);
          highlight(target, signal);
        }
        // The note beside the checkbox says what the panel says, also once the app's name has appeared.
        const box = page.checkbox;
        if (box && (note?.on !== box || note.line !== line)) {
          note?.off.abort();
          note = { on: box, line, off: new AbortController() };
          attachNote(box, line, t.lang, note.off.signal);
        }
      },
      signal,
      { lateComponentsOnBigPages: true }, // a Katal checkbox gets its box only when its library arrives
    );
  },
};
