/**
 * The Teach menu in the top bar: start a lesson, open the glossary or the key dates, present (large type, no
 * editing controls), or open the one-page brief of the current scenario for printing.
 */
import { useRef, useState } from 'react';
import { useAppStore } from '../../state/use-app-store';
import { openLessonStep } from './lesson-steps';
import { useLessons } from './use-lessons';

export function TeachMenu() {
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
      <summary>Teach</summary>
      <div className="menu-body">
        <p className="menu-label">Lessons: predict, then reveal</p>
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
                  {l.steps.length} steps · about {l.minutes} minutes
                </span>
              </button>
            </li>
          ))}
        </ul>
        <p className="menu-label">Reference</p>
        <div className="menu-row">
          <button
            type="button"
            onClick={() => {
              setView({ reference: { panel: 'glossary', term: null } });
              close();
            }}
          >
            Glossary
          </button>
          <button
            type="button"
            onClick={() => {
              setView({ reference: { panel: 'timeline' } });
              close();
            }}
          >
            Key dates
          </button>
        </div>
        <p className="menu-label">Show</p>
        <div className="menu-row">
          <button
            type="button"
            aria-pressed={mode === 'present'}
            onClick={() => {
              setView({ mode: mode === 'present' ? 'explore' : 'present' });
              close();
            }}
          >
            Presentation mode
          </button>
          <button
            type="button"
            onClick={() => {
              setView({ mode: 'brief', reference: null, drilldown: null });
              close();
            }}
          >
            One-page brief
          </button>
        </div>
        <p className="field-note">
          Presentation mode enlarges the type and hides the editing controls. The brief is a printable page
          with the measures, headline numbers, two charts and a QR code of the link.
        </p>
      </div>
    </details>
  );
}
