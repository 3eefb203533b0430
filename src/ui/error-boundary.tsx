/**
 * Contained errors. A crash in one chart, panel or dialog shows a short message with "Reset this panel" and the
 * rest of the app keeps working (`PanelBoundary`); a crash of the whole app shows a page that says so, never a
 * blank one (`AppBoundary`); an error outside React (an event handler, a promise nobody awaited) becomes a notice
 * instead of failing silently (`installErrorNotices`).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { en } from '../i18n/messages/en';
import { localized } from '../i18n/notice-words';
import { pushNotice } from '../state/notices-store';

/** Headline of the notice for an error outside any panel. */
export const UNEXPECTED_ERROR_TITLE = en.notices.unexpectedTitle;

/** Shorten a message for the screen (an error's message may quote untrusted input). */
function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const one = text.replace(/\s+/g, ' ').trim() || 'an unexpected error';
  return one.length > 200 ? `${one.slice(0, 199)}…` : one;
}

/**
 * Local-storage key naming one panel (or 'App', the whole app) that fails to draw until its "Reset this panel" (or
 * "Try again") is pressed, for the end-to-end tests of these boundaries. Only the user's own browser can set it;
 * a link cannot.
 */
export const CRASH_TEST_KEY = 'yardstick.crash-test';
let crashTarget: string | null | undefined;
const crashReset = new Set<string>();

function crashTestArmed(name: string): boolean {
  if (crashTarget === undefined) {
    try {
      crashTarget = globalThis.localStorage?.getItem(CRASH_TEST_KEY) ?? null;
    } catch {
      crashTarget = null;
    }
  }
  return crashTarget === name && !crashReset.has(name);
}

function CrashTest({ name }: { name: string }): null {
  throw new Error(`Test crash of ${name}`);
}

interface PanelProps {
  /** The panel's name as the user knows it ("Companies chart"). */
  readonly name: string;
  readonly children: ReactNode;
  /** Also undo what made the panel show (e.g. close the drawer), so a reset does not crash it again. */
  readonly onReset?: () => void;
  /** A one-line message (for small places such as the top bar's menus). */
  readonly compact?: boolean;
  /** Where the message sits, for panels that float over the page (e.g. 'floating' for drawers). */
  readonly placement?: 'floating';
}

interface PanelState {
  readonly error: Error | null;
}

/** Contain a crash to one panel: a short message and "Reset this panel"; the rest of the app keeps working. */
export class PanelBoundary extends Component<PanelProps, PanelState> {
  override state: PanelState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelState {
    return { error: error instanceof Error ? error : new Error(shortMessage(error)) };
  }

  override componentDidCatch(error: Error): void {
    console.warn(`Panel "${this.props.name}" failed:`, error.message);
  }

  private readonly reset = () => {
    crashReset.add(this.props.name);
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    const { name, compact, placement } = this.props;
    if (error) {
      return (
        <div
          className={`${compact ? 'panel-error compact' : 'notice error panel-error'}${placement ? ` ${placement}` : ''}`}
          role="alert"
          data-testid="panel-error"
          data-panel={name}
        >
          <PanelFailed name={name} message={compact ? null : shortMessage(error)} onReset={this.reset} />
        </div>
      );
    }
    return (
      <>
        {crashTestArmed(name) && <CrashTest name={name} />}
        {this.props.children}
      </>
    );
  }
}

/** What a failed panel says, and its reset button. */
function PanelFailed({
  name,
  message,
  onReset,
}: {
  name: string;
  message: string | null;
  onReset: () => void;
}) {
  const t = useTranslations('errors');
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <p>
        {message === null
          ? t.rich('panelFailed', { name, strong })
          : t.rich('panelFailedWhy', { name, message, strong })}
      </p>
      <button type="button" onClick={onReset} aria-label={t('resetNamed', { name })}>
        {t('reset')}
      </button>
    </>
  );
}

/** What the page says when the whole app failed to draw, and its two ways back. */
function AppFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useTranslations('errors');
  return (
    <>
      <p>{t.rich('appFailed', { message, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p>{t('appKept')}</p>
      <p className="app-failed-actions">
        <button type="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </p>
    </>
  );
}

/** The crash-test name of the whole app. */
const APP = 'App';

interface AppState {
  readonly error: Error | null;
}

/** The last resort: if the whole app fails to draw, say so and offer a way back, never a blank page. */
export class AppBoundary extends Component<{ readonly children: ReactNode }, AppState> {
  override state: AppState = { error: null };

  static getDerivedStateFromError(error: unknown): AppState {
    return { error: error instanceof Error ? error : new Error(shortMessage(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Yardstick failed to draw:', error.message, info.componentStack ?? '');
  }

  private readonly retry = () => {
    crashReset.add(APP);
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error)
      return (
        <>
          {crashTestArmed(APP) && <CrashTest name={APP} />}
          {this.props.children}
        </>
      );
    return (
      <main className="app-failed" role="alert" data-testid="app-failed">
        <h1>Yardstick</h1>
        <AppFailed message={shortMessage(error)} onRetry={this.retry} />
      </main>
    );
  }
}

/** Messages browsers raise as errors that are not failures (a resize loop settles on the next frame). */
const BENIGN = /ResizeObserver loop/;

/**
 * Show an error that escaped every boundary — in an event handler, a timer or a promise nobody awaited — as a
 * notice, instead of failing silently. The same message within two seconds is shown once. Returns an uninstall.
 */
export function installErrorNotices(win: Window = window): () => void {
  let last = { message: '', at: Number.NEGATIVE_INFINITY };
  const show = (error: unknown, fallback: string) => {
    const message = error === undefined || error === null ? fallback : shortMessage(error);
    if (!message || BENIGN.test(message)) return;
    const now = Date.now();
    if (message === last.message && now - last.at < 2000) return;
    last = { message, at: now };
    pushNotice({
      tone: 'error',
      ...localized(({ notice }) => ({
        title: notice('unexpectedTitle'),
        items: [notice('unexpected', { message }), notice('unexpectedKept')],
      })),
    });
  };
  const onError = (e: ErrorEvent) => show(e.error, shortMessage(e.message));
  const onRejection = (e: PromiseRejectionEvent) => show(e.reason, 'a task failed');
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return () => {
    win.removeEventListener('error', onError);
    win.removeEventListener('unhandledrejection', onRejection);
  };
}
