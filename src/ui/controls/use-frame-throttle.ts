/**
 * Coalesce rapid input (a dragged slider) to at most one call per animation frame, with the latest value.
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
    latest.current = { value };
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      if (latest.current) fnRef.current(latest.current.value);
      latest.current = null;
    });
  }, []);
}
