import { describe, expect, it } from 'vitest';
import { detached, ignoreShutdown, SHUTTING_DOWN } from '@/lib/background/detached';

describe('work the background does not wait for', () => {
  it('passes over the browser closing, and throws any other failure on', () => {
    expect(ignoreShutdown(new Error(SHUTTING_DOWN))).toBeUndefined();
    expect(() => ignoreShutdown(new Error('Quota exceeded'))).toThrow('Quota exceeded');
    expect(() => ignoreShutdown('The browser is shutting down.')).toThrow(); // not an Error: not the browser's
  });

  it('leaves no rejection unhandled when the browser closes under it', async () => {
    detached(Promise.reject(new Error(SHUTTING_DOWN)));
    detached(Promise.resolve('done'));
    // An unhandled rejection would fail this file's run (Vitest reports them); give it a turn to surface.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
