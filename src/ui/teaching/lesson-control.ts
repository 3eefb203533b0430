/**
 * Driving the app from a lesson: open a step (its scenario goes into the store like any loaded scenario, so
 * undo brings back what was there), leave the lesson, and apply the teaching route the page was opened with.
 * Reveals run on the dataset in use through one lesson runner per dataset, on the page's thread
 * (src/worker/main-thread-engine.ts), with the index cache the drill-down uses.
 */
import { useEffect } from 'react';
import { lessonById } from '../../lessons/registry';
import { stepScenario } from '../../lessons/runner';
import { pushNotice } from '../../state/notices-store';
import { appStore, useAppStore } from '../../state/use-app-store';
import type { TeachingRoute } from '../../teaching/route';
import { INITIAL_ROUTE, onPastedRoute, setRouteQuery } from './route-state';

/** Open a lesson at a step (0-based): load the step's scenario and show the player. Returns false if unknown. */
export function openLessonStep(lessonId: string, stepIndex: number): boolean {
  const lesson = lessonById(lessonId);
  if (!lesson) {
    pushNotice({
      tone: 'error',
      title: 'This lesson could not be opened',
      items: [`There is no lesson called '${lessonId}'. Choose one from the Teach menu.`],
    });
    return false;
  }
  const step = Math.min(Math.max(0, stepIndex), lesson.steps.length - 1);
  const scenario = stepScenario(lesson, step);
  if (!scenario.ok) {
    // A shipped lesson always builds (the lesson tests check it); this guards a future bug, not user input.
    pushNotice({
      tone: 'error',
      title: 'This lesson step could not be opened',
      items: scenario.issues.map((i) => `${i.path}: ${i.message}`),
    });
    return false;
  }
  const state = appStore.getState();
  state.loadScenario(scenario.value);
  // Lessons are written for everything the data holds, modeled records included.
  state.setView({ lesson: { id: lesson.id, step }, sourcedOnly: false, drilldown: null });
  return true;
}

/** Leave the lesson: the scenario stays as it is. */
export function exitLesson(): void {
  appStore.getState().setView({ lesson: null });
}

function applyRoute(route: TeachingRoute): void {
  if (route.problems.length)
    pushNotice({
      tone: 'warning',
      title: 'Part of this address could not be read',
      items: [...route.problems],
    });
  const mode = route.brief ? 'brief' : route.present ? 'present' : 'explore';
  appStore.getState().setView({ mode });
  if (route.lesson) openLessonStep(route.lesson.id, route.lesson.step - 1);
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
