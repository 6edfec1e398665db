// Filling and holding a value: what it costs the page in timers, and that a revert is undone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillAndHold } from '@/lib/dom/fill';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function inputs(count: number): HTMLInputElement[] {
  document.body.innerHTML = '<input>'.repeat(count);
  return [...document.querySelectorAll('input')];
}

describe('fillAndHold', () => {
  it('fields filled together share one timer per read-back check', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const [name, id] = inputs(2) as [HTMLInputElement, HTMLInputElement];
    const signal = new AbortController().signal;
    const checks = [20, 30];
    const held = await Promise.all([
      fillAndHold(name, 'SendCloud', { signal, checks, onGiveUp: () => undefined }),
      fillAndHold(id, '3244-7764-4129', { signal, checks, onGiveUp: () => undefined }),
    ]);
    expect(held).toEqual([true, true]);
    expect(timers).toHaveBeenCalledTimes(checks.length);
  });

  it('sets a reverted value again, and gives up only when it keeps being reverted', async () => {
    const [field] = inputs(1) as [HTMLInputElement];
    const onGiveUp = vi.fn();
    const done = fillAndHold(field, 'SendCloud', { signal: new AbortController().signal, checks: [20, 20], onGiveUp });
    field.value = ''; // the page re-renders from its own state
    expect(await done).toBe(true);
    expect(field.value).toBe('SendCloud');
    expect(onGiveUp).not.toHaveBeenCalled();

    const stubborn = fillAndHold(field, 'SendCloud', {
      signal: new AbortController().signal,
      checks: [20, 20],
      onGiveUp,
    });
    const revert = setInterval(() => {
      field.value = '';
    }, 5);
    expect(await stubborn).toBe(false);
    clearInterval(revert);
    expect(onGiveUp).toHaveBeenCalledOnce();
  });
});
