/**
 * In presentation mode: a small bar to leave it (Escape works too, unless a panel or dialog is open, which
 * Escape closes first) and to open the glossary without the menus.
 */
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { appStore, useAppStore } from '../../state/use-app-store';

export function PresentBar() {
  const t = useTranslations('teach');
  const mode = useAppStore((s) => s.view.mode);
  const setView = useAppStore((s) => s.setView);
  useEffect(() => {
    if (mode !== 'present') return;
    const onKey = (e: KeyboardEvent) => {
      const { reference, drilldown, selectedCompany } = appStore.getState().view;
      if (e.key !== 'Escape' || reference || drilldown || selectedCompany) return;
      setView({ mode: 'explore' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, setView]);
  if (mode !== 'present') return null;
  return (
    <aside className="present-bar" aria-label={t('presentation')}>
      <span>{t('presenting')}</span>
      <button type="button" onClick={() => setView({ reference: { panel: 'glossary', term: null } })}>
        {t('glossary')}
      </button>
      <button type="button" className="primary" onClick={() => setView({ mode: 'explore' })}>
        {t('exit')}
      </button>
    </aside>
  );
}
