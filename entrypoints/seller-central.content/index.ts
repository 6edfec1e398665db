import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FEATURES } from '@/lib/features/all';
import { warnIfOrphaned } from '@/lib/features/orphaned';
import { startFeatures } from '@/lib/features/runner';
import { loadPageDictionaries, watchPageDictionaries } from '@/lib/i18n/page/runtime';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { ALIVE_PROBE } from '@/lib/messaging/probe';
import { loadSettings, watchSettings } from '@/lib/settings/store';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_end',
  async main(ctx) {
    const [initialSettings, initialDictionaries] = await Promise.all([loadSettings(), loadPageDictionaries()]);
    let settings = initialSettings;
    let dictionaries = initialDictionaries;
    // A newer copy of this script (injected after an update) may have taken over while we were reading.
    if (ctx.isInvalid) return;
    let run = new AbortController();
    const restart = () => {
      run.abort();
      run = new AbortController();
      if (ctx.isValid) startFeatures(FEATURES, settings, dictionaries, run.signal);
    };
    const answerProbe = (message: unknown, _sender: unknown, reply: (answer: boolean) => void) => {
      if ((message as { type?: unknown } | null)?.type !== ALIVE_PROBE) return;
      reply(true);
    };
    browser.runtime.onMessage.addListener(answerProbe);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(answerProbe);
      run.abort();
      warnIfOrphaned(settings, dictionaries);
    });
    ctx.addEventListener(window, 'wxt:locationchange', restart);
    ctx.onInvalidated(
      watchSettings((next) => {
        settings = next;
        restart();
      }),
    );
    ctx.onInvalidated(
      watchPageDictionaries((next) => {
        dictionaries = next;
        restart();
      }),
    );
    startFeatures(FEATURES, settings, dictionaries, run.signal);
  },
});
