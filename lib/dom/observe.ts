/**
 * Calls `onChange` at most once per animation frame while the subtree changes (nodes, or what hides and
 * shows them), and once right away. A timer backs the frame up: hidden tabs get no animation frames.
 * Everything stops with `signal`.
 */
export function observeBatched(target: Node, onChange: () => void, signal: AbortSignal): void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    if (!signal.aborted) onChange();
  };
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    frame = requestAnimationFrame(flush);
    timer = setTimeout(flush, 100);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(target, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style'],
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
    { once: true },
  );
  onChange();
}
