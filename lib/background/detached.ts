// Work the background starts without waiting for it (start-up, alarms, events): a rejection nobody awaits
// is logged as an unhandled one, which is what it should be, except for the one that means nothing.

/** What every extension API call rejects with once the browser is closing: nothing is lost by it. */
export const SHUTTING_DOWN = 'The browser is shutting down.';

/** Passes over the browser closing; any other failure is thrown on (still unhandled, so still seen). */
export function ignoreShutdown(error: unknown): void {
  if (!(error instanceof Error && error.message === SHUTTING_DOWN)) throw error;
}

/** Runs `task` without waiting for it; its failure stays visible unless the browser is just closing. */
export function detached(task: Promise<unknown>): void {
  task.catch(ignoreShutdown);
}
