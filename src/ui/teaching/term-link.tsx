/**
 * A link to a glossary term: opens the glossary panel at that term. A button (it changes the page, not the
 * address), styled as a link.
 */
import type { ReactNode } from 'react';
import { useAppStore } from '../../state/use-app-store';

export function TermLink({ id, children }: { id: string; children: ReactNode }) {
  const setView = useAppStore((s) => s.setView);
  return (
    <button
      type="button"
      className="link term-link"
      data-term={id}
      onClick={() => setView({ reference: { panel: 'glossary', term: id } })}
    >
      {children}
    </button>
  );
}
