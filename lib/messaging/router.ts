import { type MessageType, protocol, type Reply, type RequestOf, type ResponseOf } from './protocol';
import { classifySender, type SenderLike } from './sender';

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: SenderLike) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(protocol, value);
}

/**
 * The background's single message listener. It checks the sender, parses the payload, and never throws:
 * every failure becomes an error reply.
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async (message: unknown, sender: SenderLike | undefined): Promise<Reply<MessageType>> => {
    try {
      const kind = classifySender(sender, extensionId, extensionOrigin);
      if (!kind || typeof message !== 'object' || message === null) return { ok: false, error: 'forbidden' };
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (!isMessageType(type)) return { ok: false, error: 'unknown_type' };
      if (!type.startsWith(kind === 'page' ? 'page:' : 'ui:')) return { ok: false, error: 'forbidden' };
      const parsed = protocol[type].request.safeParse(payload);
      if (!parsed.success) return { ok: false, error: 'invalid' };
      const handler = handlers[type] as (p: unknown, s: SenderLike) => Promise<unknown> | unknown;
      const data = await handler(parsed.data, sender as SenderLike);
      return { ok: true, data } as Reply<MessageType>;
    } catch {
      return { ok: false, error: 'failed' };
    }
  };
}
