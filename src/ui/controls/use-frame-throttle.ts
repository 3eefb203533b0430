/**
 * Coalesce rapid input (a dragged slider) to at most one call per animation frame, with the latest value. The
 * first value after a quiet frame goes through at once (a single move waits for no frame); values that come in
 * the same frame wait for the next one, and only the latest of them is passed on.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useFrameThrottle<T>(fn: (value: T) => void): (value: T) => void {
  const latest = useRef<{ value: T } | null>(null);
  const frame = useRef<number | null>(null);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return useCallback((value: T) => {
    if (frame.current !== null) {
      latest.current = { value };
      return;
    }
    const tick = () => {
      frame.current = null;
      const pending = latest.current;
      latest.current = null;
      if (!pending) return;
      fnRef.current(pending.value);
      frame.current = requestAnimationFrame(tick);
    };
    fnRef.current(value);
    frame.current = requestAnimationFrame(tick);
  }, []);
}
