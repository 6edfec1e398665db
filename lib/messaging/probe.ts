/**
 * The one message the background sends to content scripts: "are you there?", answered with true. Kept
 * out of protocol.ts, which content scripts must not import at run time (it would bundle zod).
 */
export const ALIVE_PROBE = 'bg:alive';
