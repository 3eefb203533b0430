/**
 * Mount only: the app, with the built-in dataset (loaded lazily, in its own chunk) and the modeled projection.
 */
// First: before any zod schema is built (no eval under the Content Security Policy).
import './no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDefaultDataset } from './data/default-dataset';
import { projectDataset } from './data/projection';
import { startSession } from './state/session';
import { appStore } from './state/use-app-store';
import { registerProjection } from './state/use-simulation';
import { App } from './ui/app';
import { AppBoundary, installErrorNotices } from './ui/error-boundary';
import { installMenuPlacement } from './ui/menu-placement';
import { registerServiceWorker } from './ui/service-worker';
import './ui/styles/app.css';

// Errors outside React (handlers, timers, promises) become a notice instead of failing silently.
installErrorNotices();
// Top-bar menus open on the screen wherever their button sits.
installMenuPlacement();
registerProjection(projectDataset);
// Before the first render, so the first run is of the linked or autosaved scenario, not the default. It never
// throws by design; if it ever did, the app still opens on the default scenario, with a notice.
try {
  startSession(appStore);
} catch (error) {
  reportError(error);
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppBoundary>
        <App loadBuiltIn={loadDefaultDataset} />
      </AppBoundary>
    </StrictMode>,
  );
}
// Offline once loaded (production builds).
registerServiceWorker();
