const nativeValueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/**
 * Sets a value the way typing does: the native setter (so framework value trackers see a change), then
 * input and change events that cross shadow boundaries. Returns whether the value held.
 */
export function setInputValue(input: HTMLInputElement, value: string): boolean {
  // No focus() or blur(): moving the seller's focus would steal their caret and cost a style pass.
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

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
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
    await sleep(delay, signal);
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
