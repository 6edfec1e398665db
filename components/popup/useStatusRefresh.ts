import { useEffect, useState } from 'react';
import { db } from '@/lib/db';
import { send } from '@/lib/messaging/client';

const EVERY_MS = 10_000;

/** Why the last read of the statuses failed (a BackendErrorCode and the server's words), or null. */
export interface StatusUnread {
  problem: string;
  message: string | null;
}

/**
 * While the popup is open, asks the background to read every integration's status now and then. Returns
 * why the last read failed, so the popup can say that what it shows may be out of date.
 */
export function useStatusRefresh(): StatusUnread | null {
  const [unread, setUnread] = useState<StatusUnread | null>(null);
  useEffect(() => {
    let open = true;
    let reading = false; // a slow platform takes up to 20 s to answer: one read at a time
    const refresh = async () => {
      if (reading) return;
      reading = true;
      try {
        if (!(await db().integrations.count())) return;
        const reply = await send('ui:refreshStatus', {});
        if (!open || !reply.ok) return; // the background did not answer: nothing new to say
        setUnread(reply.data.ok ? null : { problem: reply.data.problem, message: reply.data.message });
      } finally {
        reading = false;
      }
    };
    void refresh();
    const timer = setInterval(() => void refresh(), EVERY_MS);
    return () => {
      open = false;
      clearInterval(timer);
    };
  }, []);
  return unread;
}
