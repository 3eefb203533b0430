/**
 * About and credits: what Yardstick is, where the data comes from, and what it does not do.
 */
import { useTranslations } from 'use-intl';

export function About() {
  const t = useTranslations('about');
  const menus = useTranslations('menus');
  return (
    <details className="menu about">
      <summary>{menus('about')}</summary>
      <div className="menu-body">
        <p>{t.rich('what', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p>{t.rich('provenance', { tag: (chunks) => <span className="modeled-tag">{chunks}</span> })}</p>
        <p>
          {t.rich('credit', { link: (chunks) => <a href="https://epoch.ai/data/ai-models">{chunks}</a> })}
        </p>
        <p>{t('offline')}</p>
      </div>
    </details>
  );
}
