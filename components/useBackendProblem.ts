import type { UiKey } from '@/lib/i18n/ui';
import { useI18n } from './i18n';

const KNOWN = new Set([
  'not_configured',
  'network',
  'timeout',
  'unauthorized',
  'conflict',
  'validation',
  'rate_limited',
  'unavailable',
  'not_found',
  'invalid_response',
  'redirected',
  'rejected',
  'token_gone',
  'token_unreadable',
  'awaiting_panel',
  'ended_at_backend',
  'other_keys',
]);

/**
 * A backend problem in the seller's language, with the server's own words (as text) after it, quoted as the
 * language quotes; the server's words alone (a failing connection's reason) said to be the platform's: they
 * are in whatever language the platform writes.
 */
export function useBackendProblem() {
  const { t } = useI18n();
  return (problem: string | null, serverMessage: string | null = null): string => {
    if (!problem) return serverMessage ? t('problem.platformSays', { message: serverMessage }) : '';
    const said = t((KNOWN.has(problem) ? `problem.${problem}` : 'problem.rejected') as UiKey);
    return serverMessage ? t('problem.withPlatformWords', { problem: said, message: serverMessage }) : said;
  };
}
