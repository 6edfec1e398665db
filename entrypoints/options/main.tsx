import { createRoot } from 'react-dom/client';
import '@/components/ui.css';
import { OptionsApp } from './App';

createRoot(document.getElementById('root') as HTMLElement).render(<OptionsApp />);
