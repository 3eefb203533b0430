/**
 * The teaching route: apply the one the page was opened with (a lesson step opens through lesson-steps.ts),
 * follow routes pasted later, and keep the address on the current mode and step.
 */
import { useEffect } from 'react';
import { pushNotice } from '../../state/notices-store';
import { appStore, useAppStore } from '../../state/use-app-store';
import type { TeachingRoute } from '../../teaching/route';
import { INITIAL_ROUTE, onPastedRoute, setRouteQuery } from './route-state';

function applyRoute(route: TeachingRoute): void {
  if (route.problems.length)
    pushNotice({
      tone: 'warning',
      title: 'Part of this address could not be read',
      items: [...route.problems],
    });
  const mode = route.brief ? 'brief' : route.present ? 'present' : 'explore';
  appStore.getState().setView({ mode });
  const lesson = route.lesson;
  // The lessons are their own chunk: the first view never parses them unless the address opens one.
  if (lesson)
    import('./lesson-steps').then(
      (m) => m.openLessonStepFromAddress(lesson.id, lesson.step - 1),
      (error: unknown) => reportError(error),
    );
}

let applied = false;

/**
 * Apply the route the page was opened with (once), follow teaching routes pasted later, and keep the address
 * bar's query on the current mode and lesson step, so a reload (or a copied address) comes back to them.
 */
export function useTeachingRoute(): void {
  const mode = useAppStore((s) => s.view.mode);
  const lesson = useAppStore((s) => s.view.lesson);
  useEffect(() => {
    if (!applied) {
      applied = true;
      applyRoute(INITIAL_ROUTE);
    }
    return onPastedRoute(applyRoute);
  }, []);
  useEffect(() => {
    setRouteQuery({
      present: mode === 'present' ? true : null,
      brief: mode === 'brief' ? true : null,
      lesson: lesson ? lesson.id : null,
      step: lesson ? String(lesson.step + 1) : null,
    });
  }, [mode, lesson]);
}
