/**
 * Mount only: the app, with the built-in dataset (loaded lazily, in its own chunk) and the modeled projection.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDefaultDataset } from './data/default-dataset';
import { projectDataset } from './data/projection';
import { registerProjection } from './state/use-simulation';
import { App } from './ui/app';
import './ui/styles/app.css';

registerProjection(projectDataset);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App loadBuiltIn={loadDefaultDataset} />
    </StrictMode>,
  );
}
