import { useEffect } from 'react';
import { db } from '@/lib/db';
import { send } from '@/lib/messaging/client';

const EVERY_MS = 10_000;

/** While the popup is open, asks the background to read every integration's status now and then. */
export function useStatusRefresh() {
  useEffect(() => {
    const refresh = async () => {
      if (await db().integrations.count()) await send('ui:refreshStatus', {});
    };
    void refresh();
    const timer = setInterval(() => void refresh(), EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}
