/** The browser's own `value` setter, looked up on the first fill: pages that fill nothing never pay for it. */
let nativeValueSetter: ((this: HTMLInputElement, value: string) => void) | undefined;

/**
 * Sets a value the way typing does: through the browser's own setter, so a framework's value tracker (React
 * keeps one on the element itself) still holds the old value and takes the events as typing; then input and
 * change events that cross shadow boundaries. Returns whether the value held. In a content script's
 * isolated world the page's tracker is out of reach anyway; the setter matters wherever the code shares
 * the page's world (the unit tests).
 */
export function setInputValue(input: HTMLInputElement, value: string): boolean {
  // No focus() or blur(): moving the seller's focus would steal their caret and cost a style pass.
  nativeValueSetter ??= Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (nativeValueSetter) nativeValueSetter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  return input.value === value;
}

export interface KeepFilledOptions {
  signal: AbortSignal;
  /**
   * Read-back checks after the fill, in ms from the previous one; a reverted value is set again. Few: each
   * check is a task on the page's main thread.
   */
  checks?: readonly number[];
  onGiveUp: () => void;
}

/** Timers asked for in this moment (this task and its microtasks), by delay. */
let timersNow: Map<number, Promise<void>> | null = null;

/**
 * Resolves after `ms`. Checks asked for in the same moment with the same delay share one timer: fields
 * filled together (name and ID) cost the page one task per read-back, not one per field.
 */
function sleep(ms: number): Promise<void> {
  if (!timersNow) {
    timersNow = new Map();
    queueMicrotask(() => {
      timersNow = null;
    });
  }
  let timer = timersNow.get(ms);
  if (!timer) {
    timer = new Promise((resolve) => setTimeout(resolve, ms));
    timersNow.set(ms, timer);
  }
  return timer;
}

/**
 * Fills and keeps the value while the page settles: pages that re-render from their own state can revert
 * a fill. A value the seller typed meanwhile is never overwritten. Resolves true when the value held.
 */
export async function fillAndHold(
  input: HTMLInputElement,
  value: string,
  options: KeepFilledOptions,
): Promise<boolean> {
  const { signal, checks = [100, 300, 600, 1500], onGiveUp } = options;
  const before = input.value;
  let sellerTyped = false;
  input.addEventListener('input', (e) => (sellerTyped ||= e.isTrusted), { signal });
  setInputValue(input, value);
  for (const [i, delay] of checks.entries()) {
    await sleep(delay); // an abort is seen right after: a shared timer is not cancelled for one reader
    if (signal.aborted || sellerTyped || !input.isConnected) return false;
    const now = input.value;
    if (now === value) continue;
    if (now !== '' && now !== before) return false; // someone else's value: leave it
    if (i === checks.length - 1) break;
    setInputValue(input, value);
  }
  const held = input.value === value;
  if (!held && !signal.aborted) onGiveUp();
  return held;
}
