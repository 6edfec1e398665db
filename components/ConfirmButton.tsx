import { type ReactNode, useEffect, useRef, useState } from 'react';
import { BusyButton } from './BusyButton';

interface Props {
  /** The button's text, and what it reads while its work is under way (then presses do nothing). */
  label: string;
  busyLabel?: string;
  /** The question asked in the button's place, with what the seller should know before answering. */
  question: string;
  warning?: ReactNode;
  yes: string;
  no: string;
  onYes: () => void;
  /** Told when the question opens and closes (to look up what the warning needs only while asked). */
  onAsking?: (asking: boolean) => void;
}

/**
 * A button for something that cannot be undone: pressed, it asks first, in its own place. Keyboard focus
 * goes to the safe answer (Enter keeps everything) and, once answered, back to the button (while it is
 * still there).
 */
export function ConfirmButton({ label, busyLabel, question, warning, yes, no, onYes, onAsking }: Props) {
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const backToButton = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (backToButton.current) button.current?.focus();
    backToButton.current = false;
  }, [asking]);
  const ask = (open: boolean) => {
    setAsking(open);
    onAsking?.(open);
  };
  const answer = (then?: () => void) => {
    backToButton.current = true;
    ask(false);
    then?.();
  };

  if (!asking) {
    return (
      <BusyButton
        ref={button}
        className="secondary"
        busy={busyLabel !== undefined}
        busyLabel={busyLabel}
        onClick={() => ask(true)}
      >
        {label}
      </BusyButton>
    );
  }
  return (
    <fieldset className="row">
      <legend>{question}</legend>
      {warning ? (
        <p className="error" style={{ flexBasis: '100%' }}>
          {warning}
        </p>
      ) : null}
      <button type="button" className="danger" onClick={() => answer(onYes)}>
        {yes}
      </button>
      <button ref={keep} type="button" className="secondary" onClick={() => answer()}>
        {no}
      </button>
    </fieldset>
  );
}
