import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createRepositories } from './data';
import { provideServices } from './stores/services';
import './app/styles.css';

provideServices(createRepositories());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
