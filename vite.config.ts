import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/build/csp.js';

export default defineConfig({
  plugins: [
    react(),
    // The built page's Content Security Policy, as a <meta> first in <head> (build only; docs/SECURITY.md).
    contentSecurityPolicy(),
    // Offline once loaded: a Workbox service worker precaching every file of the build, the dataset chunk and the
    // workers included. `src/ui/service-worker.ts` registers it (no inline or extra register script); a new
    // version waits until the user reloads from the notice or closes every Yardstick tab (docs/SECURITY.md).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        // The dataset chunk is ≈ 2.1 MB, over Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Any address of the app (?embed=, ?brief, ?lesson=…) opens offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The built-in dataset is its own lazily loaded chunk (≈ 2.1 MB, 0.22 MB gzipped), hence the higher warning limit.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2500 },
  worker: { format: 'es' },
});
