/**
 * Build the app into a temporary folder and serve it with Vite's preview server on a free port of 127.0.0.1, for
 * the browser benchmarks (`npm run bench:browser`, `npm run bench:load`); or use a build served elsewhere (`url`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';

export const ROOT = join(import.meta.dirname, '..');

export interface Served {
  readonly url: string;
  /** The built files (null for a build served elsewhere). */
  readonly outDir: string | null;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Vite mode: `production`, or `bench` (adds the `?bench-dataset=` hook). */
  readonly mode: 'production' | 'bench';
  /** A build served elsewhere: measure it as it is. */
  readonly url?: string | undefined;
  /** Build into this folder and keep it. */
  readonly keepBuild?: string | undefined;
  /** Serve this earlier build as it is (no build). */
  readonly built?: string | undefined;
  readonly log: (line: string) => void;
}

async function buildInto(outDir: string, options: ServeOptions): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    options.log(`building (production, mode ${options.mode})…`);
    await build({ root: ROOT, mode: options.mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function serveBuild(options: ServeOptions): Promise<Served> {
  if (options.url) return { url: options.url, outDir: null, close: async () => {} };
  const outDir = options.built ?? options.keepBuild ?? mkdtempSync(join(tmpdir(), 'yardstick-bench-'));
  if (!options.built) await buildInto(outDir, options);
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      if (!options.keepBuild && !options.built) rmSync(outDir, { recursive: true, force: true });
    },
  };
}
