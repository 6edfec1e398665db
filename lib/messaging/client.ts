import { browser } from 'wxt/browser';
import type { MessageType, Reply, RequestOf } from './protocol';

/** Sends one typed message to the background. A missing or broken background becomes an error reply. */
export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'failed' };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
