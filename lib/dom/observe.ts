/**
 * Calls `onChange` at most once per animation frame while the subtree changes (nodes, or what hides and
 * shows them), and once right away.
 * Everything stops with `signal`.
 */
export function observeBatched(target: Node, onChange: () => void, signal: AbortSignal): void {
  let frame = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) onChange();
    });
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
    },
    { once: true },
  );
  onChange();
}
