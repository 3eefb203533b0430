/**
 * Driving the app from a lesson: open a step (its scenario goes into the store like any loaded scenario, so undo
 * brings back what was there) and leave the lesson. Reveals run on the page's thread (src/worker/main-thread-engine.ts).
 */
import { localeStore } from '../../i18n/locale-store';
import { lessonFor, lessonIn } from '../../lessons/registry';
import { stepScenario } from '../../lessons/runner';
import { pushNotice } from '../../state/notices-store';
import { appStore } from '../../state/use-app-store';

/** Open a lesson at a step (0-based): load the step's scenario and show the player. Returns false if unknown. */
export function openLessonStep(lessonId: string, stepIndex: number): boolean {
  const lesson = lessonIn(lessonId, localeStore.getState().locale);
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
  // Lessons are written for everything the data holds, modeled records included: a step's scenario has no
  // view settings, so it runs with "sourced only" off.
  state.setView({ lesson: { id: lesson.id, step }, drilldown: null });
  return true;
}

/**
 * Open a lesson step from the address at start: its translation (for a page in another language) is loaded
 * first, so the step's scenario comes with its words in the page's language.
 */
export async function openLessonStepFromAddress(lessonId: string, stepIndex: number): Promise<boolean> {
  try {
    await lessonFor(lessonId, localeStore.getState().locale);
  } catch {
    // The translation could not load: the English lesson opens.
  }
  return openLessonStep(lessonId, stepIndex);
}

/** Leave the lesson: the scenario stays as it is. */
export function exitLesson(): void {
  appStore.getState().setView({ lesson: null });
}
