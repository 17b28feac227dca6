import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { lazyRepositories } from './data/lazy-repositories';
import { provideServices } from './stores/services';
import { followRestoresInOtherTabs } from './stores/restore-tabs';
import './app/styles.css';

// Storage (Dexie) loads beside the first screen, not before it; its first use waits for it.
provideServices(lazyRepositories(() => import('./data').then((m) => m.createRepositories())));
// A backup restored in another tab: stop writing, then start again from what it wrote.
followRestoresInOtherTabs();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
