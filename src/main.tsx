/**
 * Mount only: the app with the built-in dataset loader.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Dataset } from './engine';
import { App } from './ui/app';
import './ui/styles/app.css';

/** Until the default dataset lands, the app runs on the small hand-made fixture. */
const loadBuiltIn = async (): Promise<Dataset> =>
  (await import('../test/fixtures/small-dataset.json')).default as unknown as Dataset;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App loadBuiltIn={loadBuiltIn} />
    </StrictMode>,
  );
}
