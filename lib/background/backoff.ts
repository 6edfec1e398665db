const BASE_MS = 1000;
const CAP_MS = 5 * 60_000;
/** The longest a server's Retry-After is followed: one far off (or a date years ahead) would park a country. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * Capped exponential back-off with jitter: attempt 1 waits about 1 s, then 2, 4, 8 … up to 5 min, each
 * drawn between half and all of that, so many clients do not retry in step. A server's Retry-After wins
 * when it asks for longer, up to an hour.
 */
export function backoffMs(attempt: number, retryAfterMs: number | null = null, random = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, RETRY_AFTER_CAP_MS)));
}
