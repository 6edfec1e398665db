export type BackendErrorCode =
  | 'not_configured'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'unavailable'
  | 'not_found'
  | 'invalid_response'
  /** The server answered with a redirect, which ShipBridge does not follow (keys and tokens stay put). */
  | 'redirected'
  | 'rejected'
  /** ShipBridge no longer holds the account's token: it was handed over, and a connection needs it. */
  | 'token_gone'
  /** The account's saved token could not be decrypted any more (readSecret deleted it): capture it again. */
  | 'token_unreadable'
  /** Not found with keys that cannot see the connection (another account's, OTHER_KEYS): not taken for gone. */
  | 'other_keys';

/** A failed backend call, classified for the outbox (retry or stop) and for the seller (what to do). */
export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    /** The server's own words, shown as text; never contains a secret. */
    readonly serverMessage: string | null = null,
    readonly status: number | null = null,
    readonly retryAfterMs: number | null = null,
    readonly fieldErrors: Readonly<Record<string, string>> = {},
  ) {
    super(serverMessage ?? code);
    this.name = 'BackendError';
  }

  get retryable(): boolean {
    return ['network', 'timeout', 'rate_limited', 'unavailable'].includes(this.code);
  }
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
