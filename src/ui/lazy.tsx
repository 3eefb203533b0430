/**
 * Parts of the interface the first view does not need, loaded after it (each its own chunk): the menus, the
 * export menu, the charts below the fold, the drill-down, lessons, the glossary, the brief.
 *
 * A menu shows its closed button at once (the top bar never moves) and loads its body when the pointer comes
 * near it, it takes the focus, or the browser is idle after the first view; if it was opened before its body
 * arrived, the real menu opens in its place with the focus on its button.
 */
import {
  type ComponentType,
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

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

/**
 * A part below the fold (a chart): its stand-in keeps its place until the part comes within a screen of the
 * viewport; then it is loaded and drawn in a background render. It is never drawn while it is far off screen, so
 * opening the page (on a phone, say) never pays for charts the reader has not scrolled to: the models chart alone
 * is ≈ 3,500 elements. Where IntersectionObserver is missing it is drawn at once.
 */
export function lazyBelowFold<P extends object>(
  load: () => Promise<ComponentType<P>>,
  standIn: ReactNode,
): ComponentType<P> {
  const Part = lazy(async () => ({ default: await load() }));
  let shown = false;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part, at module level (see app.tsx).
  return function LazyBelowFold(props: P) {
    const [wanted, setWanted] = useState(() => shown || typeof IntersectionObserver !== 'function');
    const slot = useRef<HTMLDivElement>(null);
    useEffect(() => {
      const el = slot.current;
      if (wanted || !el) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          shown = true;
          startTransition(() => setWanted(true));
        },
        { rootMargin: '100% 0px' },
      );
      observer.observe(el);
      // A printout of the page has every chart.
      const print = () => {
        shown = true;
        setWanted(true);
      };
      window.addEventListener('beforeprint', print);
      return () => {
        observer.disconnect();
        window.removeEventListener('beforeprint', print);
      };
    }, [wanted]);
    if (!wanted)
      return (
        <div ref={slot} className="below-fold">
          {standIn}
        </div>
      );
    return (
      <Suspense fallback={standIn}>
        <Part {...props} />
      </Suspense>
    );
  };
}

/** Run `f` once the browser is idle (or after `timeout` ms at the latest); returns a cancel function. */
function whenIdle(f: () => void, timeout = 4000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(f, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(f, 1000);
  return () => clearTimeout(id);
}

/**
 * A top-bar or chart menu: its closed `<details>` stands in until the real one is loaded (on pointer, focus, a
 * click or when idle). A click on the stand-in does not open it: the real menu opens in its place once loaded,
 * and takes the focus if the stand-in had it.
 */
export function lazyMenu<P extends object>(
  load: () => Promise<ComponentType<P>>,
  className: string,
  label: ReactNode,
  summaryLabel?: (props: P) => string,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetch = () => {
    loading ??= load().then((c) => {
      loaded = c;
      return c;
    });
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: called once per menu, at module level (see app.tsx).
  return function LazyMenu(props: P) {
    const [Menu, setMenu] = useState<ComponentType<P> | null>(() => loaded);
    const slot = useRef<HTMLSpanElement>(null);
    const carry = useRef({ open: false, focus: false });
    const want = useCallback(() => {
      fetch().then(
        (c) => setMenu(() => c),
        (error: unknown) => reportError(error),
      );
    }, []);
    useEffect(() => (Menu ? undefined : whenIdle(want)), [Menu, want]);
    // Once the real menu is on the page: open it and focus it if the stand-in was opened or focused.
    useLayoutEffect(() => {
      if (!Menu) return;
      const menu = slot.current?.querySelector('details');
      if (!menu) return;
      if (carry.current.open) menu.open = true;
      if (carry.current.focus || carry.current.open) menu.querySelector('summary')?.focus();
      carry.current = { open: false, focus: false };
    }, [Menu]);
    return (
      <span className="menu-slot" ref={slot}>
        {Menu ? (
          <Menu {...props} />
        ) : (
          <details className={`menu ${className}`} onPointerEnter={want}>
            {/* biome-ignore lint/a11y/noStaticElementInteractions: a <summary> is the details' own button. */}
            <summary
              aria-label={summaryLabel?.(props)}
              onFocus={() => {
                carry.current.focus = true;
                want();
              }}
              onBlur={() => {
                carry.current.focus = false;
              }}
              onClick={(e) => {
                e.preventDefault();
                carry.current.open = true;
                want();
              }}
            >
              {label}
            </summary>
          </details>
        )}
      </span>
    );
  };
}
