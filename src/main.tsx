/**
 * Mount only: start the session (the scenario to open) and the simulations (the worker loads the built-in
 * dataset and runs the scenario; the page never parses the dataset for the first view), then render the app.
 */
// Zod's compiler is switched off before this module runs, by public/no-eval.js (index.html loads it first).
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { startLocale } from './i18n/locale-store';
import { I18nProvider } from './i18n/provider';
import { compareStore } from './state/compare-store';
import { datasetStore } from './state/dataset-store';
import { startSession } from './state/session';
import { startSimulations } from './state/simulation-controller';
import { appStore } from './state/use-app-store';
import { App } from './ui/app';
import { AppBoundary, installErrorNotices } from './ui/error-boundary';
import { installMenuPlacement } from './ui/menu-placement';
import { registerServiceWorker } from './ui/service-worker';
import { benchDatasetLoader } from './worker/simulation-bench';
import './ui/styles/app.css';

// Errors outside React (handlers, timers, promises) become a notice instead of failing silently.
installErrorNotices();
// Top-bar menus open on the screen wherever their button sits.
installMenuPlacement();
// Before the first render, so the first run is of the linked or autosaved scenario, not the default. It never
// throws by design; if it ever did, the app still opens on the default scenario, with a notice.
try {
  startSession(appStore);
} catch (error) {
  reportError(error);
}
// Bench builds only: `?bench-dataset=` replaces the built-in data, which the app then makes (no run before it).
if (benchDatasetLoader()) datasetStore.setState({ status: 'loading' });
// The first run (or the precomputed first view) starts before React renders anything.
startSimulations({ app: appStore, dataset: datasetStore, compare: compareStore });

const root = document.getElementById('root');
// The page's language (link, the reader's choice, the browser) is known, and its catalogue loaded, before the
// first render: no English flash on a Chinese page. English needs no load.
if (root) void startLocale().then(() => render(root));

function render(root: HTMLElement) {
  // A background render: React yields to the browser every few milliseconds while it builds the page. An error in
  // such a render is retried at once without yielding; when that retry succeeds the error is only a warning.
  const reactRoot = createRoot(root, {
    onRecoverableError: (error) => console.warn('Recovered from a render error:', error),
  });
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <I18nProvider>
          <AppBoundary>
            <App />
          </AppBoundary>
        </I18nProvider>
      </StrictMode>,
    ),
  );
}
// Offline once loaded (production builds).
registerServiceWorker();
