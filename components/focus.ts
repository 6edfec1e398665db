/** True when keyboard focus fell to the page itself: the focused control was removed or disabled. */
export function focusLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}
