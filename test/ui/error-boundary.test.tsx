// @vitest-environment jsdom
/**
 * Contained errors (issue 8): a chart that throws shows a short message with "Reset this panel" while the charts
 * beside it keep working, and the reset brings it back once the cause is gone; the whole app failing shows a page,
 * never a blank one; an error outside React becomes a notice.
 */
import { act, render as baseRender, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimulationResult } from '../../src/engine';
import { I18nProvider } from '../../src/i18n/provider';
import { noticesStore } from '../../src/state/notices-store';
import { OverlapChart } from '../../src/ui/charts/overlap-chart';
import {
  AppBoundary,
  installErrorNotices,
  PanelBoundary,
  UNEXPECTED_ERROR_TITLE,
} from '../../src/ui/error-boundary';
import { runPreset } from '../fixtures/small';

const { result } = runPreset('april-2026-escalation');

/** The overlap chart, given a broken run while `failing.now` is true (a run with no measures list throws). */
const failing = { now: true };
function FlakyOverlapChart() {
  const run = failing.now ? ({ ...result, measures: undefined } as unknown as SimulationResult) : result;
  return <OverlapChart result={run} />;
}

function Throws(): null {
  throw new Error(`line one\n${'x'.repeat(1000)}`);
}

const appBroken = { now: true };
function App() {
  if (appBroken.now) throw new Error('the store is gone');
  return <p>App is back</p>;
}

function Page({ onReset }: { onReset?: () => void }) {
  return (
    <>
      <PanelBoundary name="Companies panel">
        <section aria-label="Companies panel">
          <OverlapChart result={result} />
        </section>
      </PanelBoundary>
      <PanelBoundary name="Overlap chart" {...(onReset ? { onReset } : {})}>
        <FlakyOverlapChart />
      </PanelBoundary>
    </>
  );
}

/** Render inside the page's language provider (English here), as main.tsx does. */
const render = (ui: ReactElement) => baseRender(ui, { wrapper: I18nProvider });

beforeEach(() => {
  failing.now = true;
  // React reports every caught error on the console; the boundary adds a warning. Both are expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  noticesStore.setState({ notices: [] });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PanelBoundary', () => {
  it('shows a short message and "Reset this panel" for the chart that throws; the others keep working', () => {
    render(<Page />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(
      /^Overlap chart could not be drawn \(.+\)\. The rest of Yardstick still works\./,
    );
    expect(within(alert).getByRole('button', { name: 'Reset this panel: Overlap chart' })).toBeTruthy();
    // The working chart is drawn and still responds.
    const working = screen.getByRole('region', { name: 'Companies panel' });
    const deals = within(working).getByRole('button', { name: 'Deals' });
    expect(deals.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(deals);
    expect(deals.getAttribute('aria-pressed')).toBe('true');
    expect(within(working).getByRole('list', { name: 'Combinations' }).children.length).toBeGreaterThan(0);
  });

  it('draws the panel again on reset once the cause is gone, and runs the panel’s own reset', () => {
    const onReset = vi.fn();
    render(<Page onReset={onReset} />);
    // Still broken: a reset shows the message again (no loop, no blank).
    fireEvent.click(screen.getByRole('button', { name: 'Reset this panel: Overlap chart' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    failing.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reset this panel: Overlap chart' }));
    expect(onReset).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('heading', { name: 'Overlap between measures' })).toHaveLength(2);
  });

  it('keeps a message short and one line in a compact place', () => {
    render(
      <PanelBoundary name="Share menu" compact>
        <Throws />
      </PanelBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Share menu could not be drawn.Reset this panel');
  });
});

describe('AppBoundary', () => {
  it('shows a page that says what happened, never a blank one, and tries again', () => {
    appBroken.now = true;
    render(
      <AppBoundary>
        <App />
      </AppBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Yardstick stopped working (the store is gone).');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    appBroken.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('App is back')).toBeTruthy();
  });
});

describe('installErrorNotices', () => {
  const titles = () => noticesStore.getState().notices.map((n) => n.title);
  const items = () => noticesStore.getState().notices.flatMap((n) => n.items);

  it('turns an uncaught error and an unhandled rejection into a notice, once per message', () => {
    const uninstall = installErrorNotices(window);
    act(() => {
      window.dispatchEvent(
        new ErrorEvent('error', { error: new Error('click handler broke'), message: 'x' }),
      );
      window.dispatchEvent(
        new ErrorEvent('error', { error: new Error('click handler broke'), message: 'x' }),
      );
    });
    expect(titles()).toEqual([UNEXPECTED_ERROR_TITLE]);
    expect(items()[0]).toBe('Yardstick hit an unexpected error: click handler broke.');
    const rejection = Object.assign(new Event('unhandledrejection'), { reason: new Error('chunk failed') });
    act(() => {
      window.dispatchEvent(rejection);
    });
    expect(items()[0]).toBe('Yardstick hit an unexpected error: chunk failed.');
    expect(titles()).toHaveLength(1);
    uninstall();
    const quiet = (e: Event) => e.preventDefault();
    window.addEventListener('error', quiet);
    act(() => {
      window.dispatchEvent(
        new ErrorEvent('error', { error: new Error('after uninstall'), cancelable: true }),
      );
    });
    window.removeEventListener('error', quiet);
    expect(items()[0]).toBe('Yardstick hit an unexpected error: chunk failed.');
  });

  it('ignores the browser’s benign resize-loop message', () => {
    const uninstall = installErrorNotices(window);
    window.dispatchEvent(
      new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }),
    );
    expect(titles()).toEqual([]);
    uninstall();
  });
});
