/**
 * Offline once loaded: register the service worker that `vite-plugin-pwa` (Workbox) builds into `sw.js`. It
 * precaches every file of the build — the app, its stylesheet, the lazily loaded dataset chunk and the workers —
 * and answers any navigation with the app's page, so a reload with the network cut works. Production builds only.
 *
 * A new version waits (the old page may still load chunks of its own version); a notice offers to reload into it.
 */
import { currentNoticeWords, ENGLISH_NOTICE_WORDS, localized } from '../i18n/notice-words';
import { pushNotice } from '../state/notices-store';

/** Headline of the notice that a new version is ready (English; the notice is in the page's language). */
export const UPDATE_READY_TITLE = ENGLISH_NOTICE_WORDS.file('updateTitle');

function offerUpdate(waiting: ServiceWorker, win: Window): void {
  pushNotice({
    tone: 'info',
    ...localized(({ file }) => ({ title: file('updateTitle'), items: [file('update')] })),
    actions: [
      {
        label: currentNoticeWords().file('reloadNow'),
        run: () => {
          win.navigator.serviceWorker.addEventListener('controllerchange', () => win.location.reload(), {
            once: true,
          });
          waiting.postMessage({ type: 'SKIP_WAITING' });
        },
      },
    ],
  });
}

/** Register the service worker (production builds, where the browser has them); failures are only logged. */
export function registerServiceWorker(win: Window = window): void {
  if (!import.meta.env.PROD || !('serviceWorker' in win.navigator)) return;
  const container = win.navigator.serviceWorker;
  const base = import.meta.env.BASE_URL;
  const start = () => {
    container
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => {
        // An update found while the page was closed, or one that arrives while it is open.
        if (registration.waiting && container.controller) offerUpdate(registration.waiting, win);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && container.controller) offerUpdate(installing, win);
          });
        });
      })
      // Private windows and some embedding pages refuse service workers: the app still works, online.
      .catch((error: unknown) => console.warn('Offline use is unavailable:', error));
  };
  // After the page has loaded, so precaching never competes with the first render for the network.
  if (win.document.readyState === 'complete') start();
  else win.addEventListener('load', start, { once: true });
}
