import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';

export type SaveState = 'idle' | 'saved' | 'failed';

/** Settings as React state, saved the moment they change and kept in sync with other open pages. */
export function useSettings(initial: Settings | null = null) {
  const [settings, setSettings] = useState<Settings | null>(initial);
  const [saveState, setSaveState] = useState<SaveState>('idle');

  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const save = useCallback(async (next: Settings) => {
    setSettings(next);
    try {
      await saveSettings(next);
      setSaveState('saved');
    } catch {
      setSaveState('failed');
      setSettings(await loadSettings().catch(() => null));
    }
  }, []);

  /** Reads the stored settings again (after "Delete everything", which removes them). */
  const reload = useCallback(async () => {
    setSettings(await loadSettings());
  }, []);

  return { settings, save, saveState, reload };
}
