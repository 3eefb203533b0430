/**
 * The reference panel at the side of the page: the glossary or the timeline. It does not block the app (a
 * teacher can keep it open beside the charts); Escape or the close button closes it, and focus returns to where
 * it was.
 */
import { useEffect, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { useAppStore } from '../../state/use-app-store';
import { GlossaryBody } from './glossary-panel';
import { TimelineBody } from './timeline-panel';

/**
 * Give focus back to what opened the panel; if that is now hidden (a button in a menu that closed as the panel
 * opened), to the menu's own button, so keyboard focus never falls back to the top of the page.
 */
function focusOpener(opener: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
  opener.focus();
  // Inside a closed <details> the button cannot take focus (it is hidden, though it may still have a box).
  if (document.activeElement !== opener)
    opener.closest('details')?.querySelector<HTMLElement>(':scope > summary')?.focus();
}

export function ReferencePanel() {
  const t = useTranslations('reference');
  const reference = useAppStore((s) => s.view.reference);
  const setView = useAppStore((s) => s.setView);
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  // The last element that had focus: a menu closing as it opens the panel moves focus to the page itself first.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Element) lastFocused.current = e.target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  const panel = reference?.panel ?? null;
  useEffect(() => {
    if (!panel) return;
    const active = document.activeElement;
    opener.current ??= active && active !== document.body ? active : lastFocused.current;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setView({ reference: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panel, setView]);
  useEffect(() => {
    if (panel) return;
    focusOpener(opener.current);
    opener.current = null;
  }, [panel]);
  if (!reference) return null;
  const glossary = reference.panel === 'glossary';
  const title = glossary ? t('glossary') : t('keyDates');
  return (
    <aside
      ref={ref}
      className="reference-panel"
      aria-label={title}
      tabIndex={-1}
      data-testid={`${reference.panel}-panel`}
    >
      <div className="drawer-head">
        <h2>{title}</h2>
        <div className="reference-tabs">
          <button
            type="button"
            aria-pressed={reference.panel === 'glossary'}
            onClick={() => setView({ reference: { panel: 'glossary', term: null } })}
          >
            {t('glossary')}
          </button>
          <button
            type="button"
            aria-pressed={reference.panel === 'timeline'}
            onClick={() => setView({ reference: { panel: 'timeline' } })}
          >
            {t('keyDates')}
          </button>
        </div>
        <button
          type="button"
          onClick={() => setView({ reference: null })}
          aria-label={glossary ? t('closeGlossary') : t('closeKeyDates')}
        >
          {t('close')}
        </button>
      </div>
      {/* Focusable so the keyboard can scroll it (the key dates have no link or button inside). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
      <section className="drawer-body" tabIndex={0} aria-label={t('contents', { title })}>
        {glossary ? <GlossaryBody term={reference.term} /> : <TimelineBody />}
      </section>
    </aside>
  );
}
