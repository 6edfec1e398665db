import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import { readPopupSnapshot } from '@/components/popup/snapshot';
import { loadSettings } from '@/lib/settings/store';
import { PopupApp } from './App';

// Settings and the accounts with their integrations are read side by side before the first render, which
// then shows the cards complete (they stay live afterwards).
const [settings, snapshot] = await Promise.all([loadSettings(), readPopupSnapshot()]);
createRoot(document.getElementById('root') as HTMLElement).render(
  <PopupApp initialSettings={settings} snapshot={snapshot} />,
);
