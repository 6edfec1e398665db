import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import { db } from '@/lib/db';
import { loadSettings } from '@/lib/settings/store';
import { PopupApp } from './App';

// Settings and the database open side by side before the first render, instead of one after the other.
const [settings] = await Promise.all([loadSettings(), db().open()]);
createRoot(document.getElementById('root') as HTMLElement).render(<PopupApp initialSettings={settings} />);
