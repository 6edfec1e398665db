import type { ReactNode, Ref } from 'react';

interface Props {
  /** While true the button says `busyLabel`, and presses do nothing. */
  busy: boolean;
  busyLabel?: ReactNode;
  children: ReactNode;
  onClick: () => void;
  className?: string;
  ref?: Ref<HTMLButtonElement>;
  testId?: string;
}

/**
 * A button whose work takes a while (the background answers in up to 20 s): while busy it is marked
 * disabled for assistive technology and ignores presses, but keeps keyboard focus (a `disabled` button
 * drops it to the top of the page), so the seller is still where they were when the work ends.
 */
export function BusyButton({ busy, busyLabel, children, onClick, className, ref, testId }: Props) {
  return (
    <button
      ref={ref}
      type="button"
      className={className}
      data-testid={testId}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onClick();
      }}
    >
      {busy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
