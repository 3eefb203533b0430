/**
 * Start-up and the scenario's life in the page: choose what to open (a link in the address bar wins over the
 * autosave, which wins over the default preset), then keep the address bar and the autosave up to date and open
 * links pasted into the address bar later. Whatever the link or the storage holds, the app opens; what could not
 * be read is said in plain words.
 */

import { en } from '../i18n/messages/en';
import { localized } from '../i18n/notice-words';
import { jsonEqual } from '../scenario/json';
import { clip } from '../scenario/notice';
import { presetById } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import type { DecodedStore } from '../scenario/storage';
import { localStorageOf, readAutosave, startAutosave } from './autosave';
import { noticeLines, pushNotice, type ScenarioNotice } from './notices-store';
import { savedStore } from './saved-store';
import type { AppStore } from './store';
import { type AddressLink, readAddressLink, startUrlSync } from './url-sync';

/** A notice before it is shown. */
export type NoticeDraft = Omit<ScenarioNotice, 'id'>;

/** What to open at start-up. */
export interface StartChoice {
  /** The scenario to open, or null to keep the default one. */
  readonly scenario: Scenario | null;
  /** The autosaved work a link replaced: it is put one undo step back, so nothing is lost. */
  readonly replaced: Scenario | null;
  readonly notices: readonly NoticeDraft[];
}

/** Headline of the notice listing what a link could not read (in English; notices speak the page's language). */
export const LINK_REPAIRED_TITLE = en.notices.linkRepaired;
/** Headline of the notice for a link that could not be read at all (in English). */
export const LINK_FAILED_TITLE = en.notices.linkFailed;

/** Notices for a link that opened with repairs, or null when it opened exactly. */
export function linkNotice(notices: readonly { message: string }[]): NoticeDraft | null {
  if (!notices.length) return null;
  return {
    tone: 'warning',
    ...localized(({ notice }) => ({
      title: notice('linkRepaired'),
      items: [...noticeLines(notices), notice('restAsShared')],
    })),
  };
}

/** Tells the user where the work a link replaced went. */
function replacedNotice(replaced: Scenario): NoticeDraft {
  return {
    tone: 'info',
    ...localized(({ notice }) => ({
      title: notice('replacedTitle'),
      items: [notice('replaced', { title: clip(replaced.title) })],
    })),
  };
}

/** Choose what to open from the address bar's link and the autosave (pure). */
export function chooseStart(link: AddressLink, stored: DecodedStore, current: Scenario): StartChoice {
  const notices: NoticeDraft[] = [];
  if (stored.notices.length)
    notices.push({
      tone: 'warning',
      ...localized(({ notice }) => ({
        title: notice('autosaveUnreadable'),
        items: noticeLines(stored.notices),
      })),
    });
  const differs = (a: Scenario | null, b: Scenario) => a !== null && !jsonEqual(a, b);
  if (link.kind === 'none') return { scenario: stored.working, replaced: null, notices };
  if (link.ok) {
    const repaired = linkNotice(link.notices);
    if (repaired) notices.unshift(repaired);
    const replaced = differs(stored.working, link.scenario) ? stored.working : null;
    if (replaced) notices.push(replacedNotice(replaced));
    return { scenario: link.scenario, replaced, notices };
  }
  const preset = link.error.presetId ? presetById(link.error.presetId) : undefined;
  const scenario = preset ? { ...preset, basePreset: preset.id } : stored.working;
  const { message } = link.error;
  notices.unshift({
    tone: 'error',
    ...localized(({ notice }) => ({
      title: notice('linkFailed'),
      items: [
        message,
        preset
          ? notice('showingLinkPreset', { title: preset.title })
          : stored.working
            ? notice('showingLast')
            : notice('showingStart', { title: current.title }),
      ],
    })),
  });
  const replaced = preset && differs(stored.working, preset) ? stored.working : null;
  if (replaced) notices.push(replacedNotice(replaced));
  return { scenario, replaced, notices };
}

/** Open a link pasted into the address bar of the open tab: load it (undoable) or say why not. */
export function openAddressLink(store: AppStore, hash: string): void {
  const link = readAddressLink(hash);
  if (link.kind === 'none') return;
  if (!link.ok) {
    const { message } = link.error;
    pushNotice({
      tone: 'error',
      ...localized(({ notice }) => ({ title: notice('linkFailed'), items: [message, notice('stillOpen')] })),
    });
    return;
  }
  if (!jsonEqual(link.scenario, store.getState().scenario)) store.getState().loadScenario(link.scenario);
  const repaired = linkNotice(link.notices);
  if (repaired) pushNotice(repaired);
}

/** Say whether the page is shown inside another page (an embedded chart). */
function isFramed(win: Window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

/**
 * Open the start-up scenario in `store`, then keep the address bar and the autosave in step with it. Call once,
 * before the first render (so the first run is of the right scenario). Returns a function that stops it all.
 *
 * A page framed in another (an embedded chart) neither reads nor writes the autosave: it shows what its link
 * says, and must not overwrite the work of the same user's Yardstick tab, which shares the storage.
 */
export function startSession(store: AppStore, win: Window = window): () => void {
  const storage = isFramed(win) ? null : localStorageOf(win);
  const stored = readAutosave(storage);
  savedStore.setState({ saved: stored.saved });
  const choice = chooseStart(readAddressLink(win.location.hash), stored, store.getState().scenario);
  if (choice.scenario) store.setState({ scenario: choice.scenario });
  if (choice.replaced) store.setState({ history: { ...store.getState().history, past: [choice.replaced] } });
  for (const notice of choice.notices) pushNotice(notice);

  const url = startUrlSync({
    location: win.location,
    replaceUrl: (href) => win.history.replaceState(win.history.state, '', href),
    read: () => store.getState().scenario,
    subscribe: (listener) => store.subscribe(listener),
  });
  const autosave = startAutosave({
    storage,
    read: () => ({ working: store.getState().scenario, saved: savedStore.getState().saved }),
    subscribe: (listener) => {
      const a = store.subscribe((s, prev) => s.scenario !== prev.scenario && listener());
      const b = savedStore.subscribe(listener);
      return () => {
        a();
        b();
      };
    },
    onFailure: () =>
      pushNotice({
        tone: 'warning',
        ...localized(({ notice }) => ({ title: notice('saveFailedTitle'), items: [notice('saveFailed')] })),
      }),
  });
  const onHashChange = () => {
    openAddressLink(store, win.location.hash);
    url.flush();
  };
  const onHide = () => autosave.flush();
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('pagehide', onHide);
  return () => {
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('pagehide', onHide);
    url.stop();
    autosave.stop();
  };
}
