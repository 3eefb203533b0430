/**
 * Parts of the interface the first view does not need, loaded after it (each its own chunk): the menus' bodies,
 * the export menu, the charts below the fold, the drill-down, lessons, the glossary, the brief. A menu shows
 * its closed button at once, so the top bar does not move when its chunk arrives.
 */
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

/** A component loaded on first render from a module's named export. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part, at module level (see app.tsx).
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}

/** A top-bar or chart menu: its closed `<details>` shows until the real one is loaded. */
export function lazyMenu<P extends object>(
  load: () => Promise<ComponentType<P>>,
  className: string,
  label: ReactNode,
  summaryLabel?: (props: P) => string,
): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per menu, at module level (see app.tsx).
  return function LazyMenu(props: P) {
    return (
      <Suspense
        fallback={
          <details className={`menu ${className}`}>
            <summary aria-label={summaryLabel?.(props)}>{label}</summary>
          </details>
        }
      >
        <Part {...props} />
      </Suspense>
    );
  };
}
