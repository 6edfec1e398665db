import { z } from 'zod';

/**
 * Every message, declared once. `page:` messages come from content scripts in Seller Central tabs,
 * `ui:` messages from the extension's own pages. Content scripts import only the types.
 */
export const protocol = {
  'page:ping': { request: z.object({}).strict(), response: z.object({ version: z.string() }) },
  'ui:ping': { request: z.object({}).strict(), response: z.object({ version: z.string() }) },
} as const;

export type MessageType = keyof typeof protocol;
export type PageMessageType = Extract<MessageType, `page:${string}`>;
export type UiMessageType = Extract<MessageType, `ui:${string}`>;
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof protocol)[T]['response']>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type Reply<T extends MessageType> = { ok: true; data: ResponseOf<T> } | { ok: false; error: ErrorCode };

/** Errors are codes, translated where they are shown. */
export type ErrorCode = 'forbidden' | 'invalid' | 'unknown_type' | 'failed';
