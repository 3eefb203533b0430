/**
 * Mount only: the app, with the built-in dataset (loaded lazily, in its own chunk) and the modeled projection.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDefaultDataset } from './data/default-dataset';
import { projectDataset } from './data/projection';
import { startSession } from './state/session';
import { appStore } from './state/use-app-store';
import { registerProjection } from './state/use-simulation';
import { App } from './ui/app';
import './ui/styles/app.css';

registerProjection(projectDataset);
// Before the first render, so the first run is of the linked or autosaved scenario, not the default.
startSession(appStore);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App loadBuiltIn={loadDefaultDataset} />
    </StrictMode>,
  );
}
