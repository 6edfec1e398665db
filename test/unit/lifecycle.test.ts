import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveCopyRuns } from '@/lib/background/reinject';
import { SCRIPT_STARTED, startLifecycle } from '@/lib/content/lifecycle';

const lives: { signal: AbortSignal }[] = [];
const start = () => {
  const life = startLifecycle();
  if (life) lives.push(life);
  return life;
};
/** The extension goes away under the running copies (update, reload, removal). */
const orphan = () => {
  fakeBrowser.runtime.id = undefined as unknown as string;
};

const ID = 'test-extension-id';
beforeEach(() => {
  fakeBrowser.runtime.id = ID; // fakeBrowser.reset() leaves the id as the last test set it
});

afterEach(() => {
  orphan(); // every copy started here stops at the next start event
  document.dispatchEvent(new Event(SCRIPT_STARTED));
  expect(lives.every((l) => l.signal.aborted)).toBe(true);
  lives.length = 0;
  vi.useRealTimers();
});

describe('the Seller Central script on one page', () => {
  it('runs once: a second copy started while the first is alive does nothing', () => {
    const first = start();
    expect(first).not.toBeNull();
    expect(start()).toBeNull();
    expect(first?.signal.aborted).toBe(false);
  });

  it('keeps running when the page fakes the start event', () => {
    const life = start();
    document.dispatchEvent(new Event(SCRIPT_STARTED));
    expect(life?.signal.aborted).toBe(false);
    expect(life?.isInvalid()).toBe(false);
  });

  it('stops when its extension is gone and a new copy starts, and lets that copy run', () => {
    const old = start();
    const stopped = vi.fn();
    old?.signal.addEventListener('abort', stopped);
    orphan();
    expect(stopped).not.toHaveBeenCalled(); // nothing has told it yet
    document.dispatchEvent(new Event(SCRIPT_STARTED)); // what a newer copy announces as it starts
    expect(stopped).toHaveBeenCalledOnce();
    fakeBrowser.runtime.id = ID;
    const next = start();
    expect(next).not.toBeNull();
    expect(next?.isInvalid()).toBe(false);
  });

  it('answers the background’s after-install probe from its registration, without any message', () => {
    // What `executeScript` runs in the tab's extension world: false before any copy and for an orphaned one.
    orphan();
    expect(liveCopyRuns()).toBe(false);
    fakeBrowser.runtime.id = ID;
    start();
    expect(liveCopyRuns()).toBe(true);
    orphan();
    expect(liveCopyRuns()).toBe(false);
  });

  it('reports in-page navigation once per new address, and nothing after it stops', () => {
    vi.useFakeTimers();
    const life = start();
    const changed = vi.fn();
    life?.onLocationChange(changed);
    history.pushState(null, '', '/apps/authorize/step2');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    orphan();
    history.pushState(null, '', '/apps/authorize/step3');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(life?.signal.aborted).toBe(true);
  });
});
