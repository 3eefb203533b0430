import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The built-in dataset is its own lazily loaded chunk (≈ 2.1 MB, 0.22 MB gzipped), hence the higher warning limit.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2500 },
  worker: { format: 'es' },
});
