import type { FeatureId } from '../features';
import type { Locale } from '../i18n/locales';
import type { PageT } from '../i18n/page/runtime';
import type { Region } from '../marketplaces';
import type { Settings } from '../settings/schema';

export interface FeatureContext {
  url: URL;
  region: Region;
  settings: Settings;
  locale: Locale;
  t: PageT;
  /** Aborted when the feature must stop: navigation, switch-off, extension update. */
  signal: AbortSignal;
}

export interface Feature {
  id: FeatureId;
  /** Cheap URL check: the feature's file is the only place that knows where it runs. */
  runsOn: (url: URL) => boolean;
  run: (ctx: FeatureContext) => void | Promise<void>;
  /**
   * Called while the page is still being parsed (only where the script starts that early), as soon as the
   * settings are read, when the feature is on and runs on this URL: a question for the background asked
   * here is answered by the time parsing ends, so `run` (which comes then) draws the answer in a frame the
   * page paints anyway instead of a frame of its own.
   */
  prefetch?: (url: URL) => void;
}
