/**
 * Notices about scenarios: what a link, a file or the autosave could not read, and what was done instead. Kept
 * outside the app store (they are not part of the scenario and never undone). Every text is rendered as text.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { NoticeText, NoticeWords } from '../i18n/notice-words';
import type { Notice } from '../scenario/notice';

/** A follow-up the user can take from a notice (e.g. "Open the valid parts"). */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

/** One notice: a headline, the details in plain words, and optional follow-ups. */
export interface ScenarioNotice {
  readonly id: number;
  /** 'error': nothing was opened; 'warning': opened with repairs; 'info': for the record. */
  readonly tone: 'error' | 'warning' | 'info';
  readonly title: string;
  readonly items: readonly string[];
  readonly actions?: readonly NoticeAction[];
  /** How to write the title and items in another language (shown in the page's language, whenever made). */
  readonly words?: (words: NoticeWords) => NoticeText;
}

interface NoticesState {
  readonly notices: readonly ScenarioNotice[];
}

export const noticesStore = createStore<NoticesState>(() => ({ notices: [] }));

let nextId = 1;

/** At most this many notices stay on screen; the oldest go first. */
const MAX_SHOWN = 4;

/** Show a notice, replacing any with the same title (a second paste of a bad link does not stack up). */
export function pushNotice(notice: Omit<ScenarioNotice, 'id'>): number {
  const id = nextId++;
  noticesStore.setState((s) => ({
    notices: [...s.notices.filter((n) => n.title !== notice.title), { ...notice, id }].slice(-MAX_SHOWN),
  }));
  return id;
}

/** Dismiss one notice. */
export function dismissNotice(id: number): void {
  noticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** Format a reader's notices as lines: the message (the path is for developers; messages name the field). */
export function noticeLines(notices: readonly Pick<Notice, 'message'>[]): string[] {
  return notices.map((n) => n.message);
}

/** Select from the notices store. */
export function useNotices(): readonly ScenarioNotice[] {
  return useStore(noticesStore, (s) => s.notices);
}
