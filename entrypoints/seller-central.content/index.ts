import { defineContentScript } from 'wxt/utils/define-content-script';
import { FEATURES } from '@/lib/features/all';
import { startFeatures } from '@/lib/features/runner';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { loadSettings, watchSettings } from '@/lib/settings/store';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_end',
  async main(ctx) {
    let settings = await loadSettings();
    let run = new AbortController();
    const restart = () => {
      run.abort();
      run = new AbortController();
      if (ctx.isValid) startFeatures(FEATURES, settings, run.signal);
    };
    ctx.onInvalidated(() => run.abort());
    ctx.addEventListener(window, 'wxt:locationchange', restart);
    const stopWatching = watchSettings((next) => {
      settings = next;
      restart();
    });
    ctx.onInvalidated(stopWatching);
    startFeatures(FEATURES, settings, run.signal);
  },
});
