/**
 * The main-thread runner (runner.ts): the same engine as the worker's, on the page's thread, for where there is no
 * worker (unit tests, old browsers) or it could not start or died. The engine and the data are loaded on the
 * first run (main-thread-engine.ts, its own chunk), so a page whose worker works never parses them here.
 */
import type { Runner } from './runner';

let engine: Promise<typeof import('./main-thread-engine')> | null = null;

/** The page's engine module (loaded once). */
export function pageEngine(): Promise<typeof import('./main-thread-engine')> {
  engine ??= import('./main-thread-engine');
  return engine;
}

/** A runner on this thread. Runs in a lane answer in order (each waits for the one before). */
export function mainThreadRunner(): Runner {
  let last: Promise<unknown> = Promise.resolve();
  return {
    where: 'main',
    run(_lane, job) {
      const answer = last.then(async () => (await pageEngine()).runHere(job));
      last = answer.catch(() => {});
      return answer;
    },
    release() {},
    dispose() {},
  };
}
