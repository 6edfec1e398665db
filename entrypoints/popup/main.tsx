import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import { PopupApp } from './App';

createRoot(document.getElementById('root') as HTMLElement).render(<PopupApp />);
