import { describe, expect, it } from 'vitest';
import { protocol } from '@/lib/messaging/protocol';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { classifySender, type SenderLike } from '@/lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 7 };

const page: SenderLike = { id: ID, url: 'https://sellercentral.amazon.it/apps/manage', frameId: 0, tab };
const popup: SenderLike = { id: ID, url: `chrome-extension://${ID}/popup.html` };

const forged: Record<string, SenderLike | undefined> = {
  'no sender': undefined,
  'no id': { url: page.url, frameId: 0, tab },
  'another extension': { ...page, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' },
  'look-alike extension origin': { id: ID, url: `chrome-extension://${ID}.evil.com/popup.html` },
  'another extension page': { id: ID, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' },
  'evil.com': { ...page, url: 'https://evil.com/' },
  'file: URL': { ...page, url: 'file:///home/seller/credentials.html' },
  'data: URL': { ...page, url: 'data:text/html,<p>hi</p>' },
  'sub-frame': { ...page, frameId: 3 },
  'no tab': { id: ID, url: page.url, frameId: 0 },
  'look-alike host': { ...page, url: 'https://sellercentral.amazon.com.evil.net/apps/manage' },
  'plain http': { ...page, url: 'http://sellercentral.amazon.it/apps/manage' },
  'origin mismatch': { ...page, origin: 'https://evil.com' },
  'no url': { id: ID, frameId: 0, tab },
};

describe('classifySender', () => {
  it('recognises the extension pages and top-frame Seller Central content scripts', () => {
    expect(classifySender(popup, ID, ORIGIN)).toBe('extension');
    expect(classifySender({ ...popup, tab }, ID, ORIGIN)).toBe('extension');
    expect(classifySender(page, ID, ORIGIN)).toBe('page');
    expect(classifySender({ ...page, origin: 'https://sellercentral.amazon.it' }, ID, ORIGIN)).toBe('page');
    expect(classifySender({ ...page, url: 'https://sellercentral-europe.amazon.com/x' }, ID, ORIGIN)).toBe('page');
  });

  for (const [name, sender] of Object.entries(forged)) {
    it(`rejects ${name}`, () => expect(classifySender(sender, ID, ORIGIN)).toBeNull());
  }
});

describe('router', () => {
  const calls: string[] = [];
  const notUnderTest = () => {
    throw new Error('not under test here');
  };
  const handlers = {
    ...Object.fromEntries(Object.keys(protocol).map((type) => [type, notUnderTest])),
    'page:ping': () => {
      calls.push('page');
      return { version: '1' };
    },
    'ui:ping': () => {
      calls.push('ui');
      return { version: '1' };
    },
  } as unknown as Handlers;
  const route = createRouter(handlers, ID, ORIGIN);

  it('answers valid messages from allowed senders', async () => {
    expect(await route({ type: 'page:ping', payload: {} }, page)).toEqual({ ok: true, data: { version: '1' } });
    expect(await route({ type: 'ui:ping', payload: {} }, popup)).toEqual({ ok: true, data: { version: '1' } });
  });

  it('obeys nothing from forged senders', async () => {
    calls.length = 0;
    for (const sender of Object.values(forged)) {
      expect(await route({ type: 'page:ping', payload: {} }, sender)).toEqual({ ok: false, error: 'forbidden' });
      expect(await route({ type: 'ui:ping', payload: {} }, sender)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(calls).toEqual([]);
  });

  it('keeps each direction to its own senders', async () => {
    expect(await route({ type: 'ui:ping', payload: {} }, page)).toEqual({ ok: false, error: 'forbidden' });
    expect(await route({ type: 'page:ping', payload: {} }, popup)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('rejects malformed messages without throwing', async () => {
    const bad: unknown[] = [
      null,
      undefined,
      'page:ping',
      42,
      [],
      {},
      { type: 'page:nope', payload: {} },
      { type: '__proto__', payload: {} },
      { type: 'toString', payload: {} },
      { type: 'page:ping' },
      { type: 'page:ping', payload: { extra: 1 } },
      { type: 'page:ping', payload: 'x' },
    ];
    for (const message of bad) {
      const reply = await route(message, page);
      expect(reply.ok, JSON.stringify(message)).toBe(false);
    }
  });

  it('turns a failing handler into an error reply', async () => {
    const failing = createRouter(
      {
        ...handlers,
        'page:ping': () => {
          throw new Error('boom');
        },
      },
      ID,
      ORIGIN,
    );
    expect(await failing({ type: 'page:ping', payload: {} }, page)).toEqual({ ok: false, error: 'failed' });
  });
});
