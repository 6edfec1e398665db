import type { z } from '@/lib/zod';
import { LOOPBACK_HOSTS } from './addresses';
import { BackendError, parseRetryAfter } from './errors';

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

/** Reads the server's human message from either error shape (ours, Sendcloud v2 or v3). */
function serverMessage(body: unknown): { message: string | null; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return { message: null, fields };
  const b = body as Record<string, unknown>;
  const error = b.error as Record<string, unknown> | undefined;
  if (error && typeof error.message === 'string') return { message: error.message.slice(0, 500), fields };
  if (Array.isArray(b.errors)) {
    const messages: string[] = [];
    for (const e of b.errors as Record<string, unknown>[]) {
      const text = String(e?.message ?? e?.detail ?? e?.title ?? '').slice(0, 300);
      if (typeof e?.field === 'string') fields[e.field] = text;
      if (text) messages.push(text);
    }
    return { message: messages.join(' ') || null, fields };
  }
  return { message: null, fields };
}

function classify(status: number): BackendError['code'] {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'unavailable';
  return 'rejected';
}

/** One JSON request. Every response body is validated with `schema`; a mismatch is an error, not a crash. */
export async function requestJson<T>(request: HttpRequest, schema: z.ZodType<T> | null): Promise<T> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(request.timeoutMs ?? 20_000),
      credentials: 'omit',
      cache: 'no-store',
      // A redirect is not followed: a 307 or 308 would send the body (a token) and the request's headers on
      // to wherever it points, and a redirect from https may point at plain http.
      redirect: 'manual',
    });
  } catch (error) {
    throw new BackendError((error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network');
  }
  // Browsers hide a redirect behind an "opaqueredirect" response (status 0); Node shows its 3xx.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new BackendError('redirected', null, response.status || null);
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const { message, fields } = serverMessage(body);
    throw new BackendError(
      classify(response.status),
      message,
      response.status,
      parseRetryAfter(response.headers.get('Retry-After')),
      fields,
    );
  }
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new BackendError('invalid_response', null, response.status);
  return parsed.data;
}

/** Backend URLs: https anywhere, plain http only on this machine. */
export function isAllowedBackendUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}
