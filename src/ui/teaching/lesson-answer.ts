/**
 * Whether a lesson step's question is waiting for its answer. Until the reader reveals it, the numbers that
 * would give the answer away — the headline cards and each measure's count — are hidden (app.css,
 * `.answer-hidden`); the charts stay, since the steps ask the reader to look at them. The player sets it.
 */
import { create } from 'zustand';
import { useAppStore } from '../../state/use-app-store';

interface LessonAnswer {
  /** The step whose answer is still hidden ("lesson-id:step"), or null. */
  readonly waiting: string | null;
  /** The reader chose to see the numbers before answering. */
  readonly shown: string | null;
}

export const lessonAnswerStore = create<LessonAnswer>(() => ({ waiting: null, shown: null }));

/** The player: this step's question is (or is no longer) waiting for an answer. */
export function setAnswerWaiting(step: string, waiting: boolean): void {
  lessonAnswerStore.setState((s) => ({
    waiting: waiting ? step : s.waiting === step ? null : s.waiting,
  }));
}

/** Show the numbers of the step now, before answering. */
export function showNumbersAnyway(step: string): void {
  lessonAnswerStore.setState({ shown: step });
}

/** Whether the page hides the headline numbers now: a lesson is open and its step's answer is waiting. */
export function useLessonAnswerHidden(): boolean {
  const lessonOpen = useAppStore((s) => s.view.lesson !== null);
  const waiting = lessonAnswerStore((s) => s.waiting);
  const shown = lessonAnswerStore((s) => s.shown);
  return lessonOpen && waiting !== null && waiting !== shown;
}
