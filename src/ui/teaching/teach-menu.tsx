/**
 * The Teach menu in the top bar: start a lesson, open the glossary or the key dates, present (large type, no
 * editing controls), or open the one-page brief of the current scenario for printing.
 */
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useAppStore } from '../../state/use-app-store';
import { openLessonStep } from './lesson-steps';
import { useLessons } from './use-lessons';

export function TeachMenu() {
  const t = useTranslations('teach');
  const menus = useTranslations('menus');
  const setView = useAppStore((s) => s.setView);
  const mode = useAppStore((s) => s.view.mode);
  const active = useAppStore((s) => s.view.lesson);
  const menu = useRef<HTMLDetailsElement>(null);
  // The lessons are read (parsed and checked) the first time the menu opens, not when the page starts.
  const [opened, setOpened] = useState(false);
  const lessonList = useLessons(opened);
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details
      className="menu teach-menu"
      ref={menu}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{menus('teach')}</summary>
      <div className="menu-body">
        <p className="menu-label">{t('lessons')}</p>
        <ul className="lesson-list">
          {lessonList.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className="lesson-start"
                aria-current={active?.id === l.id ? 'true' : undefined}
                onClick={() => {
                  openLessonStep(l.id, 0);
                  close();
                }}
              >
                <strong>{l.title}</strong>
                <span className="field-note">
                  {t('lessonSize', { steps: l.steps.length, minutes: l.minutes })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <p className="menu-label">{t('reference')}</p>
        <div className="menu-row">
          <button
            type="button"
            onClick={() => {
              setView({ reference: { panel: 'glossary', term: null } });
              close();
            }}
          >
            {t('glossary')}
          </button>
          <button
            type="button"
            onClick={() => {
              setView({ reference: { panel: 'timeline' } });
              close();
            }}
          >
            {t('keyDates')}
          </button>
        </div>
        <p className="menu-label">{t('show')}</p>
        <div className="menu-row">
          <button
            type="button"
            aria-pressed={mode === 'present'}
            onClick={() => {
              setView({ mode: mode === 'present' ? 'explore' : 'present' });
              close();
            }}
          >
            {t('present')}
          </button>
          <button
            type="button"
            onClick={() => {
              setView({ mode: 'brief', reference: null, drilldown: null });
              close();
            }}
          >
            {t('brief')}
          </button>
        </div>
        <p className="field-note">{t('note')}</p>
      </div>
    </details>
  );
}
